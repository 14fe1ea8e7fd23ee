import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFtsTerm, ftsMatchExpression, ftsNearExpression, ftsNearPhrases, ftsPhrasePlan, ftsRequiredTokens, ftsTermExpression, quoteFts } from '../../src/store/escape-query';
import { parseQuery } from '../../src/store/query/parse-query';
import { migrateSearchSchema } from '../../src/store/sqlite/search-schema';

function ftsTable() {
  const db = new Database(':memory:');
  migrateSearchSchema(db);
  db.prepare('INSERT INTO search_fts (rowid, title, docnum, headings, body, words) VALUES (1, ?, ?, ?, ?, ?)').run('停电 电应', '', '', '处理 理', '处理');
  return db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?');
}

describe('quoteFts', () => {
  it.each([
    ['停电', '"停电"'],
    ['a"b', '"a""b"'],
    ['""', '""""""'],
  ])('%s → %s', (token, quoted) => {
    expect(quoteFts(token)).toBe(quoted);
  });
});

describe('escapeFtsTerm', () => {
  it.each([
    ['审批局', '"审批 批局"'],
    ['枣', '"枣"*'],
    ['2022年', '("2022" AND "年"*)'],
    ['NEAR(a b)', '("near" AND "a" AND "b")'],
    ['title:', '"title"'],
    ['*^', undefined],
    ['😀', undefined],
  ])('%s → %s', (term, expression) => {
    expect(escapeFtsTerm(term)).toBe(expression);
  });
});

describe('ftsTermExpression', () => {
  it.each([
    // A two-character word is its own bigram: one list is enough.
    [{ text: '停电', phrase: false }, '"停电"'],
    // A longer word is also looked up as a segmenter word, for ranking.
    [{ text: '应急预案', phrase: false }, '("应急 急预 预案" OR words : "应急预案")'],
    // A quoted phrase and anything not purely Chinese stay in the bigram columns.
    [{ text: '应急预案', phrase: true }, '"应急 急预 预案"'],
    // A one-character prefix would also find the words column's 年度 (…): it is kept out of it.
    [{ text: '2022年', phrase: false }, '({title docnum headings body} : ("2022" AND "年"*))'],
    [{ text: '县', phrase: false }, '({title docnum headings body} : "县"*)'],
  ])('%o → %s', (term, expression) => {
    expect(ftsTermExpression(term)).toBe(expression);
  });
});

describe('ftsMatchExpression', () => {
  const match = ftsTable();

  it('finds a word inside a longer one', () => {
    expect(match.all(ftsMatchExpression([[{ text: '停电', phrase: false }]])!)).toEqual([{ rowid: 1 }]);
  });

  it('finds a one-character prefix in the bigram columns only, not in the words column', () => {
    const db = new Database(':memory:');
    migrateSearchSchema(db);
    db.prepare('INSERT INTO search_fts (rowid, title, docnum, headings, body, words) VALUES (1, ?, ?, ?, ?, ?)').run('停电', '', '', '', '县政府');
    db.prepare('INSERT INTO search_fts (rowid, title, docnum, headings, body, words) VALUES (2, ?, ?, ?, ?, ?)').run('县政 政府 府', '', '', '', '');
    const rowids = (q: string) => {
      const parsed = parseQuery(q);
      return db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').pluck().all(ftsMatchExpression(parsed.groups, parsed.exclude)!);
    };
    expect(rowids('县')).toEqual([2]);
    expect(rowids('-停电 县')).toEqual([2]);
  });

  it('excludes', () => {
    expect(match.all(ftsMatchExpression([[{ text: '停电', phrase: false }]], [{ text: '处理', phrase: false }])!)).toEqual([]);
  });

  it('never makes MATCH throw, whatever the user typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'"\'()*^:-+{}[]NEAR ORANDNOT停电处理审批,，。 \\\u0000😀'.split(''), 'NEAR', 'OR', 'AND', 'NOT', 'title:', '"', '停电') }), (q) => {
        // An unknown filter key (title:停电) is refused before any MATCH, with a message: that is an answer too.
        let parsed: ReturnType<typeof parseQuery>;
        try {
          parsed = parseQuery(q);
        } catch (error) {
          expect(error).toMatchObject({ code: 'BAD_PARAMETER' });
          return;
        }
        for (const expression of [ftsMatchExpression(parsed.groups, parsed.exclude), ftsNearExpression(parsed.groups, 10)]) {
          if (expression) expect(() => match.all(expression)).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never makes MATCH throw on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
        const parsed = parseQuery(q);
        const expression = ftsMatchExpression(parsed.groups, parsed.exclude);
        if (expression) expect(() => match.all(expression)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ftsNearPhrases', () => {
  /** The phrases NEAR(…) lists, as written. */
  const nearList = (expression: string) => expression.replace(/^\{[^}]*\} : NEAR\((.*), \d+\)$/, '$1').match(/"(?:[^"]|"")*"\*?/g) ?? [];

  it.each([
    '停电 应急预案',
    '应急预案 停电 县政府',
    // Two-character words have no words-column phrase; a quoted phrase neither.
    '"安全生产" 责任 应急预案',
    // A term of several pieces (2022年) sits out, as in NEAR, but still takes numbers.
    '2022年 停电 应急预案',
    // A prefix, a choice: the first term of a group is the one.
    '县* 应急预案',
    '停电 OR 断电 应急预案',
    '应急预案 -夏县 停电',
  ])('numbers the phrases of NEAR in %s as the match expression does', (q) => {
    const parsed = parseQuery(q);
    const near = ftsNearExpression(parsed.groups, 24)!;
    const phrases = ftsNearPhrases(parsed.groups)!;
    const { texts } = ftsPhrasePlan(parsed.groups, parsed.exclude);
    const listed = nearList(near);
    expect(phrases.map((p) => texts[p.phrase]!.replace(/^\{[^}]*\} : /, ''))).toEqual(listed);
    expect(phrases.map((p) => p.tokens)).toEqual(listed.map((phrase) => (phrase.endsWith('*') ? 1 : phrase.slice(1, -1).split(' ').length)));
  });

  it.each(['停电', '2022年 停电', '停电 OR 断电', '"，" 停电'])('is undefined where NEAR is: %s', (q) => {
    const parsed = parseQuery(q);
    expect(ftsNearExpression(parsed.groups, 24)).toBeUndefined();
    expect(ftsNearPhrases(parsed.groups)).toBeUndefined();
  });
});

describe('ftsRequiredTokens', () => {
  const term = (text: string) => [{ text, phrase: false }];
  it.each<[string, Array<Array<{ text: string; phrase: boolean }>>, string[]]>([
    ['one word', [term('政府')], ['"政府"']],
    ['the longest term of several', [term('停电'), term('应急预案')], ['"应急"', '"预案"']],
    ['a number', [term('2022')], ['"2022"']],
    ['a group of alternatives', [[{ text: '停电', phrase: false }, { text: '断电', phrase: false }]], []],
    ['one character (a prefix)', [term('县')], []],
    ['nothing', [], []],
  ])('%s', (_name, groups, expected) => {
    expect(ftsRequiredTokens(groups)).toEqual(expected);
  });
});
