import { describe, expect, it } from 'vitest';
import {
  commandArgument,
  groongaFilter,
  groongaQuery,
  queryPhrase,
  scriptString,
  selectCommand,
  selectCount,
  toGroongaRecord,
} from '../../bench/groonga/commands';
import type { IndexableDocument } from '../../src/store/search-backend';

const term = (text: string, phrase = false) => ({ text, phrase });

describe('escaping', () => {
  it.each([
    ['停电', "'停电'"],
    ["it's", "'it\\'s'"],
    ['a\\b', "'a\\\\b'"],
    ['两行\n文字', "'两行 文字'"],
    ['"安全" OR -x', `'"安全" OR -x'`],
  ])('commandArgument(%j) = %s', (value, expected) => {
    expect(commandArgument(value)).toBe(expected);
  });

  it.each([
    ['停电', '"停电"'],
    ['a"b', '"a\\"b"'],
    ['a\\b', '"a\\\\b"'],
    ['OR', '"OR"'],
    ['-(title:x)', '"-(title:x)"'],
  ])('queryPhrase(%j) = %s', (value, expected) => {
    expect(queryPhrase(value)).toBe(expected);
  });

  it('escapes a script string the same way, so a filter value cannot close its quotes', () => {
    expect(scriptString('甲县" || true || "')).toBe('"甲县\\" || true || \\""');
  });
});

describe('groongaQuery', () => {
  it.each([
    [{ groups: [[term('安全')], [term('生产')]], exclude: [] }, '"安全" "生产"'],
    [{ groups: [[term('停电'), term('断电')]], exclude: [] }, '("停电" OR "断电")'],
    [{ groups: [[term('应急预案', true)]], exclude: [term('演练')] }, '"应急预案" -"演练"'],
    [{ groups: [[term('x')]], exclude: [], docNumber: '稷政办发〔2022〕35号' }, '"稷政办发〔2022〕35号"'],
  ])('%j → %s', (parsed, expected) => {
    expect(groongaQuery(parsed)).toBe(expected);
  });

  it('gives no query for a browse (no terms), even with exclusions: they need something to exclude from', () => {
    expect(groongaQuery({ groups: [], exclude: [] })).toBe('');
    expect(groongaQuery({ groups: [[]], exclude: [term('x')] })).toBe('');
  });
});

describe('groongaFilter', () => {
  it('ORs the values of a filter and ANDs the filters; numbers stay numbers', () => {
    expect(groongaFilter({ county: ['甲县', '乙县'], year: [2020] })).toBe('(county == "甲县" || county == "乙县") && (year == 2020)');
  });

  it.each([
    [{ level: ['法律'] }, '(level == "法律")'],
    [{ status: ['现行有效' as const] }, '(status == "现行有效")'],
    [{ unit: ['县应急管理局'] }, '(units @ "县应急管理局")'],
  ])('%j → %s', (filters, expected) => {
    expect(groongaFilter(filters)).toBe(expected);
  });

  it('is empty without filters or with empty lists (must not match: a dangling &&)', () => {
    expect(groongaFilter({})).toBe('');
    expect(groongaFilter({ county: [], year: [] })).toBe('');
  });
});

describe('selectCommand', () => {
  const parsed = { groups: [[term('停电')]], exclude: [], filters: {} };

  it('bare: top 20 by score and the count, no drilldown, no snippet', () => {
    const line = selectCommand({ q: '停电' }, parsed, { limit: 20, facetsAndPassages: false });
    expect(line).toBe("select Docs --match_columns 'title*10||number*10||body' --query '\"停电\"' --output_columns '_key,_score' --limit 20 --sort_keys -_score");
  });

  it('with facets and passages: a drilldown per facet and a snippet of the body', () => {
    const line = selectCommand({ q: '停电' }, parsed, { limit: 20, facetsAndPassages: true, facetLimit: 5 });
    expect(line).toContain("--output_columns '_key,_score,title,snippet_html(body)'");
    for (const facet of ['county', 'level', 'status', 'year', 'type', 'issuer', 'units']) {
      expect(line).toContain(`--drilldowns[${facet}].keys ${facet} --drilldowns[${facet}].sort_keys -_nsubrecs --drilldowns[${facet}].limit 5`);
    }
  });

  it('merges the filters written in the query with the request`s, and drops --query for a browse', () => {
    const line = selectCommand({ q: 'county:甲县', filters: { year: [2021] } }, { groups: [], exclude: [], filters: { county: ['甲县'] } }, { limit: 20, facetsAndPassages: false });
    expect(line).not.toContain('--query');
    expect(line).toContain(`--filter '(county == "甲县") && (year == 2021)'`);
  });

  it('keeps a hostile query inside its argument', () => {
    const line = selectCommand({ q: "x' --limit 0" }, { groups: [[term("x' --limit 0")]], exclude: [], filters: {} }, { limit: 20, facetsAndPassages: false });
    expect(line).toContain(`--query '"x\\' --limit 0"'`);
    expect(line.endsWith(`--query '"x\\' --limit 0"' --output_columns '_key,_score' --limit 20 --sort_keys -_score`)).toBe(true);
  });
});

describe('selectCount', () => {
  it('reads the count of every match from a select body', () => {
    expect(selectCount([[[57], [['_key', 'ShortText']], ['a']]])).toBe(57);
    expect(selectCount([[[0], [['_key', 'ShortText']]], { county: [[0]] }])).toBe(0);
  });

  it.each([[null], [[]], [[['x']]], [{ count: 1 }]])('fails by name on %j', (body) => {
    expect(() => selectCount(body)).toThrow(/Groonga/);
  });
});

describe('toGroongaRecord', () => {
  const doc: IndexableDocument = {
    id: 'g1#3',
    gazetteId: 'g1',
    county: '稷山县',
    year: 2022,
    docNumber: '稷政办发〔2022〕35号',
    docNumberRaw: '稷政办发(2022)35号',
    title: '关于印发应急预案的通知',
    issuingBody: '稷山县人民政府办公室',
    type: '通知',
    units: ['县应急管理局'],
    headings: ['一、总则'],
    paragraphs: ['第一段', '第二段'],
    printed: ['主送：各乡镇'],
    citedNumbers: [],
  };

  it('keeps the number canonical and as printed, the body as headings, paragraphs and printed lines', () => {
    const record = toGroongaRecord(doc, '2026-01-01');
    expect(record).toMatchObject({ _key: 'g1#3', number: '稷政办发〔2022〕35号 稷政办发(2022)35号', body: '一、总则\n第一段\n第二段\n主送：各乡镇', county: '稷山县', year: 2022, issuer: '稷山县人民政府办公室', units: ['县应急管理局'] });
    expect(record.level).toBe('county');
    expect(record.status).toBe('现行有效');
  });

  it('writes one number once when it was printed canonically, and empty strings for unknown fields', () => {
    const record = toGroongaRecord({ ...doc, docNumberRaw: doc.docNumber, county: undefined, year: undefined, type: undefined }, '2026-01-01');
    expect(record.number).toBe('稷政办发〔2022〕35号');
    expect(record).toMatchObject({ county: '', year: 0, type: '' });
  });
});
