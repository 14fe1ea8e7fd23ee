import { describe, expect, it } from 'vitest';
import { filterCount, isDate, readState, stateHref, toggled, withoutFilters } from '../../../web/src/pages/search-state';

const read = (query: string) => readState(new URLSearchParams(query));

describe('readState', () => {
  it('reads repeated and comma-separated values of a facet, the level facet included', () => {
    const state = read('q=应急&county=稷山县&county=夏县&level=county,city&status=已废止');
    expect(state.filters.county).toEqual(['稷山县', '夏县']);
    expect(state.filters.level).toEqual(['county', 'city']);
    expect(state.filters.status).toEqual(['已废止']);
  });

  it.each([['page=0', 1], ['page=-3', 1], ['page=abc', 1], ['page=2.5', 1], ['page=7', 7]])('%s → page %i', (query, page) => {
    expect(read(query).page).toBe(page);
  });
});

describe('toggled', () => {
  it('adds a second value of a facet (OR) and removes it again, back on page 1', () => {
    const one = read('q=应急&county=稷山县&page=3');
    const two = toggled(one, 'county', '夏县');
    expect(two.filters.county).toEqual(['稷山县', '夏县']);
    expect(two.page).toBe(1);
    expect(toggled(two, 'county', '稷山县').filters.county).toEqual(['夏县']);
  });

  it('round-trips through the URL', () => {
    const state = toggled(read('q=应急&from=2023-01-01'), 'level', 'county');
    expect(read(stateHref(state).slice(2))).toEqual(state);
  });
});

describe('withoutFilters and filterCount', () => {
  it('counts each ticked value and the date range once, and clears them all', () => {
    const state = read('q=应急&county=稷山县&county=夏县&type=预案&from=2022-01-01&to=2022-12-31');
    expect(filterCount(state)).toBe(4);
    expect(filterCount(withoutFilters(state))).toBe(0);
    expect(withoutFilters(state).q).toBe('应急');
  });
});

describe('isDate', () => {
  it.each(['2022-07-01', '2024-02-29'])('%s is a date', (value) => expect(isDate(value)).toBe(true));
  it.each(['2023-02-30', '2022-7-1', '2022/07/01', '二〇二二年', ''])('%s is not', (value) => expect(isDate(value)).toBe(false));
});
