import { describe, expect, it } from 'vitest';
import { filterExpression, filterValue, queryStrings, splitQuery, statusFilter, termQuery } from '../../../src/store/meilisearch/meili-query';

describe('filterValue', () => {
  it.each([
    ['稷山县', '"稷山县"'],
    ['县"人社局', '"县\\"人社局"'],
    ['a\\" OR id EXISTS', '"a\\\\\\" OR id EXISTS"'],
  ])('%s → %s', (value, literal) => {
    expect(filterValue(value)).toBe(literal);
  });
});

describe('filterExpression', () => {
  it.each([
    [{}, undefined],
    [{ county: ['夏县'] }, 'countyKeys = "夏县"'],
    [{ county: ['稷山', '兰州新区'] }, '(countyKeys = "稷山" OR countyKeys = "兰州新区")'],
    [{ year: [2022, 2023] }, '(year = 2022 OR year = 2023)'],
    [{ type: ['应急预案', '预案'] }, '(type = "预案" OR noticeType = "预案")'],
    [{ unit: ['县能源局'], from: '2022-01-01', to: '2022-12-31' }, 'units = "县能源局" AND filedLastNumber >= 20220101 AND filedFirstNumber <= 20221231'],
  ])('%j → %s', (filters, expression) => {
    expect(filterExpression(filters, '2024-01-01')).toBe(expression);
  });

  it.each([
    [{ issuer: ['县政府办'] }, 'issuerKeys = "|县|人民政府办公室"'],
    [{ issuer: ['人社局'] }, 'issuerKeys = "||人力资源和社会保障局"'],
    [{ issuer: ['县"局'] }, 'issuerKeys = "|县|\\"局"'],
    [{ issuer: ['夏县', '稷山县政府'] }, '(issuerKeys = "夏|县|" OR issuerKeys = "稷山|县|人民政府")'],
  ])('finds an issuer by its organ keys: %j → %s', (filters, expression) => {
    expect(filterExpression(filters, '2024-01-01')).toBe(expression);
  });

  it.each([
    [{ year: [Number.NaN] }, 'id NOT EXISTS'],
    [{ status: ['生效中' as never] }, 'id NOT EXISTS'],
    [{ year: [2022, Number.NaN] }, 'year = 2022'],
  ])('matches nothing for values that cannot be one, rather than sending them: %j', (filters, expression) => {
    expect(filterExpression(filters, '2024-01-01')).toBe(expression);
  });

  it('expands units by the names they stand for', () => {
    expect(filterExpression({ unit: ['县人社局'] }, '2024-01-01', [], (u) => [u, '县人力资源和社会保障局'])).toBe(
      '(units = "县人社局" OR units = "县人力资源和社会保障局")',
    );
  });

  it('adds the extra conditions first', () => {
    expect(filterExpression({ county: ['夏县'] }, '2024-01-01', ['id NOT IN ["d1"]'])).toBe('id NOT IN ["d1"] AND countyKeys = "夏县"');
  });
});

describe('statusFilter', () => {
  it.each([
    ['已废止', 'repealedOnNumber <= 20260101'],
    ['尚未生效', '(repealedOnNumber > 20260101 AND effectiveFromNumber > 20260101)'],
    ['已失效', '(repealedOnNumber > 20260101 AND effectiveFromNumber <= 20260101 AND expiresOnNumber < 20260101)'],
    ['现行有效', '(repealedOnNumber > 20260101 AND effectiveFromNumber <= 20260101 AND expiresOnNumber >= 20260101)'],
  ] as const)('%s', (status, expression) => {
    expect(statusFilter(status, '2026-01-01')).toBe(expression);
  });
});

describe('termQuery and queryStrings', () => {
  it.each([
    ['审批局', ['"审批 批局"']],
    ['2022年', ['"2022"', '年']],
    ['NEAR(a', ['"near"', '"a"']],
  ])('%s → %j', (text, words) => {
    expect(termQuery({ text, phrase: false })).toEqual(words);
  });

  it('runs one query per combination of OR alternatives, single characters last', () => {
    expect(
      queryStrings([
        [{ text: '煤', phrase: false }],
        [
          { text: '煤改电', phrase: false },
          { text: '煤改气', phrase: false },
        ],
      ]),
    ).toEqual(['"煤改 改电" 煤', '"煤改 改气" 煤']);
  });

  it('caps the combinations', () => {
    const group = [1, 2, 3].map((n) => ({ text: `词${n}语`, phrase: false }));
    expect(queryStrings([group, group, group], 8)).toHaveLength(8);
  });
});

describe('splitQuery', () => {
  it.each([
    ['', ['']],
    ['"停电 电事" "预案"', ['"停电 电事" "预案"']],
    ['"a" "b" "c" d', ['"a" "b"', '"c" d']],
    ['"a" "b" c', ['"a" "b"', 'c']],
    ['"a" c d', ['"a" c', 'd']],
    ['c d', ['c', 'd']],
  ])('%s → %j (two terms a piece, one bare word each, last)', (q, pieces) => {
    expect(splitQuery(q, 2)).toEqual(pieces);
  });

  it('keeps ten terms together, as Meilisearch reads them', () => {
    const q = Array.from({ length: 12 }, (_, i) => `"词${i} 组${i}"`).join(' ');
    expect(splitQuery(q).map((piece) => piece.match(/"[^"]*"/g)?.length)).toEqual([10, 2]);
  });
});
