/** A partner's slice (hide-facets + filter): its terms always apply and cannot be cleared. */
import { expect } from 'chai';
import * as view from '../../src/state/view-state.js';
import { feed, plain } from './fixtures.js';

describe('view state: the slice', () => {
  const slice = view.sliceOf('scope', 'scope:local topic:work');
  const start = view.restoreFromUrl(view.initialViewState(slice), null, feed);

  it('reads hide-facets and filter', () => {
    expect([...slice.hiddenFacets]).to.deep.equal(['scope']);
    expect(plain(slice.filter)).to.deep.equal({ scope: ['local'], topic: ['work'] });
  });

  it('starts with the filter attribute: fixed terms and the reader’s starting choice', () => {
    expect(plain(start.filters.selected)).to.deep.equal({ scope: ['local'], topic: ['work'] });
    expect(plain(view.ownChoices(start))).to.deep.equal({ topic: ['work'] });
  });

  it('survives clearAll and toggling a hidden facet', () => {
    expect(plain(view.clearAll(start, feed).filters.selected)).to.deep.equal({ scope: ['local'] });
    expect(plain(view.toggleTerm(start, 'scope', 'local', false, feed).filters.selected)).to.deep.equal({
      scope: ['local'],
      topic: ['work'],
    });
    expect(plain(view.toggleTerm(start, 'scope', 'regional', true, feed).filters.selected)).to.deep.equal({
      scope: ['local'],
      topic: ['work'],
    });
  });

  it('does not count as filtering by the reader', () => {
    expect(view.isFiltered(view.clearAll(start, feed))).to.equal(false);
    expect(plain(view.sliceFilters(start, feed).selected)).to.deep.equal({ scope: ['local'] });
  });

  it('a new slice applies its terms at once; no slice leaves the filters alone', () => {
    const s = view.setSlice(view.clearAll(start, feed), view.sliceOf('topic', 'topic:health'), feed);
    expect(plain(s.filters.selected)).to.deep.equal({ scope: ['local'], topic: ['health'] });
    expect(plain(view.sliceFilters(view.initialViewState(), feed).selected)).to.deep.equal({});
  });
});
