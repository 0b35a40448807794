/** The reader's filter changes as pure transitions of the view state. */
import { expect } from 'chai';
import * as view from '../../src/state/view-state.js';
import { feed, plain } from './fixtures.js';

describe('view state: filter transitions', () => {
  const start = view.initialViewState();

  it('setQuery keeps the text as typed and the choices', () => {
    const chosen = view.toggleTerm(start, 'scope', 'local', true, feed);
    const next = view.setQuery(chosen, '  Fürth ', feed);
    expect(next.filters.query).to.equal('  Fürth ');
    expect(plain(next.filters.selected)).to.deep.equal({ scope: ['local'] });
  });

  it('toggleTerm adds and drops terms; a facet without terms disappears', () => {
    let s = view.toggleTerm(start, 'topic', 'work', true, feed);
    s = view.toggleTerm(s, 'topic', 'health', true, feed);
    expect(plain(s.filters.selected)).to.deep.equal({ topic: ['work', 'health'] });
    s = view.toggleTerm(s, 'topic', 'work', false, feed);
    s = view.removeTerm(s, 'topic', 'health', feed);
    expect(Object.keys(s.filters.selected)).to.deep.equal([]);
  });

  it('toggleTerm twice on does not add the term twice', () => {
    const once = view.toggleTerm(start, 'scope', 'local', true, null);
    const twice = view.toggleTerm(once, 'scope', 'local', true, null);
    expect(plain(twice.filters.selected)).to.deep.equal({ scope: ['local'] });
  });

  it('clearAll drops the query and every choice', () => {
    const s = view.setQuery(view.toggleTerm(start, 'scope', 'local', true, feed), 'x', feed);
    const cleared = view.clearAll(s, feed);
    expect(cleared.filters.query).to.equal('');
    expect(Object.keys(cleared.filters.selected)).to.deep.equal([]);
    expect(view.isFiltered(s)).to.equal(true);
    expect(view.isFiltered(cleared)).to.equal(false);
  });

  it('a filter change goes back to the first page and ends printing', () => {
    const paged = view.printAll(view.showMore(view.showMore(start)));
    expect(paged.limit).to.equal(3 * view.PAGE_SIZE);
    expect(paged.printing).to.equal(true);
    const next = view.setQuery(paged, 'a', feed);
    expect(next.limit).to.equal(view.PAGE_SIZE);
    expect(next.printing).to.equal(false);
  });

  it('never changes the state it was given', () => {
    const frozen = Object.freeze(view.toggleTerm(start, 'scope', 'local', true, feed));
    view.toggleTerm(frozen, 'scope', 'regional', true, feed);
    view.clearAll(frozen, feed);
    expect(plain(frozen.filters.selected)).to.deep.equal({ scope: ['local'] });
  });

  it('keeps facets and terms named like Object.prototype members as data', () => {
    let s = view.toggleTerm(start, 'constructor', '__proto__', true, null);
    s = view.toggleTerm(s, '__proto__', 'tostring', true, null);
    expect(Object.keys(s.filters.selected).sort()).to.deep.equal(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(s.filters.selected)).to.equal(null);
  });
});
