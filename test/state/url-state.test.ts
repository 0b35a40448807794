import { expect } from '@open-wc/testing';
import { parseFilterAttribute, readUrlState, writeUrlState } from '../../src/state/url-state.js';

describe('URL state', () => {
  const state = { query: 'fürth ak', selected: { topic: ['integration', 'human-rights'], scope: ['local'] }, open: 'akim', lang: 'en' as const };

  it('round-trips through the URL', () => {
    const href = writeUrlState('https://city.example/page', 'nd', state);
    expect(readUrlState(new URL(href).search, 'nd')).to.deep.equal(state);
  });

  it('writes readable, prefixed parameters', () => {
    const href = writeUrlState('https://city.example/page', 'nd', state);
    expect(href).to.contain('nd-f-topic=integration.human-rights');
    expect(href).to.contain('nd-open=akim');
    expect(href).to.contain('nd-lang=en');
  });

  it('keeps the host’s own parameters and anchor, and other instances’ keys', () => {
    const href = writeUrlState('https://city.example/page?id=7&nd2-q=x&tab=b#section-3', 'nd', state);
    const url = new URL(href);
    expect(url.searchParams.get('id')).to.equal('7');
    expect(url.searchParams.get('tab')).to.equal('b');
    expect(url.searchParams.get('nd2-q')).to.equal('x');
    expect(url.hash).to.equal('#section-3');
  });

  it('removes its parameters when the state is empty', () => {
    const href = writeUrlState('https://city.example/page?nd-q=x&nd-f-topic=a&keep=1', 'nd', {
      query: '',
      selected: {},
      open: null,
      lang: null,
    });
    expect(new URL(href).search).to.equal('?keep=1');
  });

  it('returns null when the URL holds nothing for this key', () => {
    expect(readUrlState('?q=x&nd2-q=y', 'nd')).to.equal(null);
  });

  it('ignores malformed ids and unknown languages', () => {
    expect(readUrlState('?nd-open=<script>&nd-lang=fr&nd-f-topic=ok.BAD.fine&nd-f-__proto__=x', 'nd')).to.deep.equal({
      query: '',
      selected: { topic: ['ok', 'fine'] },
      open: null,
      lang: null,
    });
  });
});

describe('filter attribute', () => {
  it('reads groups separated by spaces or semicolons', () => {
    expect(parseFilterAttribute('topic:integration,human-rights scope:local;kind:alliance')).to.deep.equal({
      topic: ['integration', 'human-rights'],
      scope: ['local'],
      kind: ['alliance'],
    });
  });
  it('is empty for nothing', () => {
    expect(parseFilterAttribute(null)).to.deep.equal({});
    expect(parseFilterAttribute('  ')).to.deep.equal({});
  });
});
