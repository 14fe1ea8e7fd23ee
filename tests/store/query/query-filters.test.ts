import { describe, expect, it } from 'vitest';
import { mergeFilters, parseQueryDate } from '../../../src/store/query/query-filters';

describe('parseQueryDate', () => {
  it.each([
    ['2022', 'from', '2022-01-01'],
    ['2022', 'to', '2022-12-31'],
    ['2022-2', 'to', '2022-02-28'],
    ['2022年8月16日', 'from', '2022-08-16'],
    ['2022.8.16', 'to', '2022-08-16'],
    ['2022-13', 'from', undefined],
    ['2022-02-30', 'from', undefined],
    ['昨天', 'from', undefined],
  ] as const)('%s (%s) → %s', (text, edge, date) => {
    expect(parseQueryDate(text, edge)).toBe(date);
  });
});

describe('mergeFilters', () => {
  it('unites lists and lets a date typed in the query win', () => {
    expect(mergeFilters({ county: ['夏县'], from: '2020-01-01', to: '2024-12-31' }, { county: ['稷山县', '夏县'], from: '2022-01-01' })).toEqual({
      county: ['夏县', '稷山县'],
      from: '2022-01-01',
      to: '2024-12-31',
    });
  });

  it('unites levels typed with the request\'s', () => {
    expect(mergeFilters({ level: ['city'] }, { level: ['county'] })).toEqual({ level: ['city', 'county'] });
  });

  it('keeps the request filters when nothing is typed', () => {
    expect(mergeFilters({ year: [2022] }, {})).toEqual({ year: [2022] });
  });
});
