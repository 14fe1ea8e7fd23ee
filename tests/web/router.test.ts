import { describe, expect, it } from 'vitest';
import { currentView, href } from '../../web/src/router';

describe('href', () => {
  it('keeps the search page at the root', () => {
    expect(href('search')).toBe('/');
  });

  it('repeats keys for several values of one facet, in order', () => {
    const url = href('search', { q: '停电', county: ['稷山县', '夏县'] });
    expect(new URLSearchParams(url.slice(2)).getAll('county')).toEqual(['稷山县', '夏县']);
  });

  it('drops empty values so shared URLs stay short', () => {
    expect(href('who', { q: '发票', county: '' })).toBe('/?view=who&q=%E5%8F%91%E7%A5%A8');
  });

  it('round-trips a document number with full-width brackets', () => {
    const url = href('refs', { no: '稷政办发〔2022〕35号' });
    expect(new URLSearchParams(url.slice(2)).get('no')).toBe('稷政办发〔2022〕35号');
  });
});

describe('currentView', () => {
  it.each([
    ['view=doc&id=1', 'doc'],
    ['view=who', 'who'],
    ['q=停电', 'search'],
    ['view=unknown', 'search'],
  ])('%s → %s', (search, expected) => {
    expect(currentView(new URLSearchParams(search))).toBe(expected);
  });
});
