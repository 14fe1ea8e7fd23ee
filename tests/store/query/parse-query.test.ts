import { describe, expect, it } from 'vitest';
import { firstSentence, parseQuery, rewriteWords, splitWord } from '../../../src/store/query/parse-query';

const texts = (q: string) => parseQuery(q).groups.map((g) => g.map((t) => t.text));

describe('parseQuery', () => {
  it.each([
    ['停电 应急预案', [['停电'], ['应急预案']]],
    ['  停电\u3000应急预案  ', [['停电'], ['应急预案']]],
    ['"大面积停电"', [['大面积停电']]],
    ['“大面积停电”', [['大面积停电']]],
    ['「煤改气」 补贴', [['煤改气'], ['补贴']]],
    ['停电 OR 断电 预案', [['停电', '断电'], ['预案']]],
    ['停电 | 断电', [['停电', '断电']]],
    ['自建房需要办什么手续？', [['自建房']]],
    ['养老保险怎么交', [['养老保险']]],
    // 负总责 is 负责 said more strongly: a question's role word, never the matter (总责).
    ['物业管理县里谁负总责', [['物业管理'], ['县里']]],
    ['被征地农民养老保险补贴找哪个部门?', [['被征地农民'], ['养老保险'], ['补贴']]],
    ['服务业提质增效', [['服务业'], ['提质增效']]],
    ['审批局', [['审批局']]],
    ['处理', [['处理']]],
    ['办理', [['办理']]],
    ['"unbalanced', [['unbalanced']]],
  ])('%s → groups %j', (q, groups) => {
    expect(texts(q)).toEqual(groups);
  });

  it.each([
    ['煤改气 -煤改电', ['煤改电']],
    ['停电 -"夏县 大面积"', ['夏县 大面积']],
  ])('%s excludes %j', (q, excluded) => {
    expect(parseQuery(q).exclude.map((t) => t.text)).toEqual(excluded);
  });

  it.each([
    ['county:稷山县 停电', { county: ['稷山县'] }],
    ['县：夏县 停电', { county: ['夏县'] }],
    ['year:2022', { year: [2022] }],
    ['年份:2022,2023', { year: [2022, 2023] }],
    ['issuer:县人民政府办公室', { issuer: ['县人民政府办公室'] }],
    ['unit:县人社局', { unit: ['县人社局'] }],
    ['type:预案', { type: ['预案'] }],
    ['status:现行有效', { status: ['现行有效'] }],
    ['状态:已废止', { status: ['已废止'] }],
    ['status:expired', { status: ['已失效'] }],
    ['from:2022-06 to:2022', { from: '2022-06-01', to: '2022-12-31' }],
    ['level:county', { level: ['county'] }],
    ['级别:县级', { level: ['county'] }],
    ['level:乡镇级', { level: ['township'] }],
    ['级别:镇级,市级', { level: ['township', 'city'] }],
    ['level:街道', { level: ['township'] }],
    ['效力级别:省级,国家级', { level: ['provincial', 'national'] }],
    ['level:法律', { level: ['法律'] }],
    ['发文机关:县政府办', { issuer: ['县政府办'] }],
  ])('%s → filters %j', (q, filters) => {
    expect(parseQuery(q).filters).toEqual(filters);
  });

  it.each([
    ['title:停电', 'title:'],
    ['停电 foo:bar', 'foo:'],
    ['levle:county', 'levle:'],
  ])('refuses %s, an unknown filter key, naming it and the keys there are', (q, key) => {
    expect(() => parseQuery(q)).toThrow(new RegExp(`“${key}”不是可用的筛选条件。可用的有：county:.*level:`));
  });

  it('reads a web address as words, not as a key', () => {
    expect(() => parseQuery('https://www.gov.cn/zhengce')).not.toThrow();
  });

  it.each([
    // Not filters: searched as words, so nothing the user typed is silently lost.
    ['year:去年', [['year'], ['去年']]],
    // A Chinese word before a colon is pasted text (附件：…), a quoted key a phrase, an address words.
    ['附件:名单', [['附件'], ['名单']]],
    ['"title:停电"', [['title:停电']]],
    ['status:好', [['status'], ['好']]],
  ])('%s is searched as words', (q, groups) => {
    expect(texts(q)).toEqual(groups);
    expect(parseQuery(q).filters).toEqual({});
  });

  it.each([
    ['稷政办发〔2022〕31号', '稷政办发〔2022〕31号'],
    ['稷政办发(2022)31号', '稷政办发〔2022〕31号'],
    ['稷政办发[2022]37号', '稷政办发〔2022〕37号'],
    ['稷政办发〔2022〕31 号', '稷政办发〔2022〕31号'],
    ['夏政发（2023）12号', '夏政发〔2023〕12号'],
    ['夏政办函〔2022〕27', '夏政办函〔2022〕27号'],
    ['晋政办发 〔2022〕 33 号', '晋政办发〔2022〕33号'],
  ])('%s is the document number %s', (q, canonical) => {
    expect(parseQuery(q).docNumber).toBe(canonical);
  });

  it.each([
    // [query, number, words searched beside it]
    ['某政发〔2023〕7号文件', '某政发〔2023〕7号', []],
    ['某政发〔2023〕7号文', '某政发〔2023〕7号', []],
    ['某政发〔2023〕7号文件精神', '某政发〔2023〕7号', []],
    ['按照某政发〔2023〕7号', '某政发〔2023〕7号', []],
    ['根据甲市政办发[2019]3号文件规定', '甲市政办发〔2019〕3号', []],
    ['某政发〔2023〕7号 文件', '某政发〔2023〕7号', []],
    ['乙区政办发201756号文件规定', '乙区政办发〔2017〕56号', []],
    ['国发〔2014〕45号文件', '国发〔2014〕45号', []],
    ['某政发〔2023〕7号 助企', '某政发〔2023〕7号', [['助企']]],
    ['贯彻某政发〔2023〕7号精神 养老', '某政发〔2023〕7号', [['养老']]],
    ['關於某政發〔2023〕7號文件', '某政发〔2023〕7号', []],
  ])('%s holds the number %s, the rest searched as words', (q, number, groups) => {
    const parsed = parseQuery(q);
    expect(parsed.docNumber).toBe(number);
    expect(texts(q)).toEqual(groups);
    expect(parsed.terms[0]).toBe(number);
  });

  it.each([
    // must NOT be read as a number, nor lose 文件 / 按照 (they are words here)
    ['文件管理办法', [['文件'], ['管理'], ['办法']]],
    ['按照规定 文件', [['按照'], ['规定'], ['文件']]],
    ['2023年7月 文件精神', [['2023年7月'], ['文件'], ['精神']]],
    ['7号楼 停电', [['7号楼'], ['停电']]],
    ['印发 20210301', [['印发'], ['20210301']]],
  ])('%s holds no number: searched as words', (q, groups) => {
    const parsed = parseQuery(q);
    expect(parsed.docNumber).toBeUndefined();
    expect(parsed.groups.length).toBe(groups.length);
  });

  it('folds a traditional query to simplified before splitting it', () => {
    expect(parseQuery('共享平臺 使用管理').terms).toEqual(parseQuery('共享平台 使用管理').terms);
    expect(parseQuery('政務信息資源共享').groups).toEqual(parseQuery('政务信息资源共享').groups);
  });

  it('reports the question words it dropped', () => {
    expect(parseQuery('养老保险怎么交').dropped).toEqual(['怎么交']);
  });

  it.each<[string, string, boolean]>([
    // The aspect particle after a question's verb goes with the question words.
    ['孩子辍学了怎么办', '辍学了', false],
    ['房屋倒塌了', '倒塌了', false],
    ['孩子辍学了怎么办', '辍学', true],
    // Must not: a word of two keeps its 了 (为了, 除了); 了 inside a word stays (了解).
    ['为了', '为了', true],
    ['了解政策', '了解', true],
  ])('%s: the words searched hold %s: %s', (q, word, held) => {
    const words = parseQuery(q).groups.flat().map((t) => t.text);
    expect(words.some((w) => w.includes(word) && (held || w === word))).toBe(held);
  });

  it.each([
    ['a'.repeat(10_000)],
    ['\u0000\u0007停电\u001b'],
    ['\ud800停电\udfff'],
    ['😀😀 停电'],
    ['NEAR(停电 预案, 2) * ^ title: AND OR NOT'],
    ["' OR 1=1 --; DROP TABLE documents;"],
    ['(((("'],
  ])('reads hostile input %# without throwing', (q) => {
    const parsed = parseQuery(q);
    expect(parsed.groups.length).toBeLessThanOrEqual(24);
    for (const term of parsed.groups.flat()) {
      expect(term.text).not.toMatch(/[\u0000-\u001f]/);
      // A lone surrogate cannot be encoded (and would reach SQLite as garbage).
      expect(() => encodeURIComponent(term.text)).not.toThrow();
    }
  });
});

describe('splitWord', () => {
  it.each([
    ['服务业提质增效', ['服务业', '提质增效']],
    ['新办企业首次申领发票', ['新办', '企业', '首次', '申领', '发票']],
    // Two or three characters are never split: the user gets exactly that string.
    ['审批局', ['审批局']],
    ['枣乡', ['枣乡']],
    ['保学', ['保学']],
    ['煤改气', ['煤改气']],
  ])('%s → %j', (word, pieces) => {
    expect(splitWord(word)).toEqual(pieces);
  });
});

describe('parseQuery: words typed side by side', () => {
  it('keeps a word the segmenter split as one phrase in `adjacent` (安全生产 → 安全, 生产)', () => {
    const parsed = parseQuery('安全生产');
    expect(parsed.groups.length).toBeGreaterThan(1);
    expect(parsed.adjacent).toEqual([[{ text: '安全生产', phrase: true }]]);
  });

  it.each([['大面积停电'], ['"安全生产"'], ['安全 OR 生产'], ['发票']])('has no adjacent tier for %s (nothing split, or an OR)', (q) => {
    expect(parseQuery(q).adjacent).toBeUndefined();
  });
});

describe('firstSentence', () => {
  it('leaves a query of up to the limit as it is', () => {
    expect(firstSentence('申领发票', 100, 500)).toEqual({ text: '申领发票' });
  });

  it('reads a long pasted text by its first sentence, with a Chinese notice', () => {
    const { text, notice } = firstSentence(`新办企业首次申领发票。${'后文'.repeat(100)}`, 100, 500);
    expect(text).toBe('新办企业首次申领发票');
    expect(notice).toMatch(/查询较长（211 字），只按第一句检索/);
  });

  it('cuts a first sentence longer than the bound', () => {
    expect([...firstSentence('发'.repeat(2000), 100, 500).text]).toHaveLength(500);
  });

  it('parses a megabyte query without refusing it', () => {
    const parsed = parseQuery(`申领发票。${'很长'.repeat(500_000)}`);
    expect(parsed.terms).toContain('发票');
    expect(parsed.notice).toBeDefined();
  });
});

describe('rewriteWords', () => {
  const dog = (word: string) => (word === '养狗' ? ['"养狗" OR "养犬"'] : undefined);
  it.each([
    ['养狗 登记吗', '"养狗" OR "养犬" 登记'],
    // Filters, quoted phrases and excluded words stay as typed; question words go.
    ['养狗 county:稷山县 "河道" -采石 怎么办', '"养狗" OR "养犬" county:稷山县 "河道" -采石'],
  ])('%s → %s', (q, rewritten) => {
    expect(rewriteWords(q, dog)).toBe(rewritten);
  });

  it.each([
    // Must not: no word rewritten, a query choosing its own alternatives, a quoted or excluded word.
    ['停电 应急预案'],
    ['养狗 OR 养犬'],
    ['"养狗" 登记'],
    ['-养狗 登记'],
  ])('leaves %s alone', (q) => {
    expect(rewriteWords(q, dog)).toBeUndefined();
  });

  it('can leave a word out', () => {
    expect(rewriteWords('养狗 登记', (word) => (word === '登记' ? [] : undefined))).toBe('养狗');
  });
});
