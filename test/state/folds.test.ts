/** The folds of narrow containers: the facet groups behind "Filter (n)", and the feed description. */
import { expect } from 'chai';
import * as view from '../../src/state/view-state.js';
import { feed } from './fixtures.js';

describe('view state: folds for narrow containers', () => {
  const start = view.restoreFromUrl(view.initialViewState(), null, feed);

  it('starts with the filters and the description folded', () => {
    expect(start.filtersOpen).to.equal(false);
    expect(start.descriptionOpen).to.equal(false);
  });

  it('toggleFilters unfolds and folds again, and leaves the filters alone', () => {
    const chosen = view.toggleTerm(start, 'scope', 'local', true, feed);
    const open = view.toggleFilters(chosen);
    expect(open.filtersOpen).to.equal(true);
    expect(open.filters).to.equal(chosen.filters);
    expect(view.toggleFilters(open).filtersOpen).to.equal(false);
  });

  it('choosing, removing and clearing filters keep the panel as the reader left it', () => {
    const open = view.toggleFilters(start);
    const chosen = view.toggleTerm(open, 'topic', 'work', true, feed);
    expect(chosen.filtersOpen).to.equal(true);
    expect(view.removeTerm(chosen, 'topic', 'work', feed).filtersOpen).to.equal(true);
    expect(view.clearAll(chosen, feed).filtersOpen).to.equal(true);
    expect(view.applyFeed(chosen, feed).filtersOpen).to.equal(true);
  });

  it('toggleDescription unfolds and folds the description', () => {
    expect(view.toggleDescription(start).descriptionOpen).to.equal(true);
    expect(view.toggleDescription(view.toggleDescription(start)).descriptionOpen).to.equal(false);
    expect(view.toggleDescription(start).filtersOpen).to.equal(false);
  });

  it('chosenTermCount counts the reader’s terms, not the search text or the slice’s fixed terms', () => {
    expect(view.chosenTermCount(start)).to.equal(0);
    let state = view.toggleTerm(start, 'scope', 'local', true, feed);
    state = view.toggleTerm(state, 'scope', 'regional', true, feed);
    state = view.toggleTerm(state, 'topic', 'work', true, feed);
    state = view.setQuery(state, 'netz', feed);
    expect(view.chosenTermCount(state)).to.equal(3);

    const sliced = view.restoreFromUrl(view.initialViewState(view.sliceOf('scope', 'scope:local')), null, feed);
    expect(view.chosenTermCount(sliced)).to.equal(0);
    expect(view.chosenTermCount(view.toggleTerm(sliced, 'topic', 'health', true, feed))).to.equal(1);
  });
});
