/**
 * @module domain/law-grammar
 * The grammar of laws, regulations and rules (data/law-grammar.json) and the questions asked of
 * it: what a title ending says (法, 条例, 办法 …), which body a history line names and at which
 * level (全国人民代表大会常务委员会 → 法律, 国务院 → 行政法规, 北京市人民代表大会常务委员会 →
 * 地方性法规 …), what a decree's prefix says (国务院令 → 行政法规), what the title alone says.
 */
import { compact } from '../text/normalize';
import { loadDataJson } from './load-data';

interface LevelRule {
  re: string;
  level: string;
}

interface LawGrammarData {
  titleEndings: { strong: string[]; rule: string[]; lawBodyOnly: string[] };
  typeWords: { words: string[]; partOfCode: string };
  levels: string[];
  localLevels: string[];
  bodies: { rules: LevelRule[]; department: LevelRule; fullNames: Record<string, string>; dropFromName: string[] };
  notLawMaking: { places: string[] };
  titleLevels: { rules: LevelRule[]; nationalByEnding: Record<string, string>; nationalDefault: string };
  numbers: { rules: LevelRule[]; chineseSerial: string };
  history: {
    headLines: { patterns: string[] };
    fieldLines: Record<LawField | 'other', string[]> & { about?: string };
    verbs: Record<'adopted' | 'approved' | 'revised' | 'promulgated' | 'effective', string[]>;
    effectiveOnly: string;
    fromPromulgation: string;
    /** An entry that promulgates and puts in force on one date (1996年10月14日公布施行, 国务院令第127号发布施行). */
    promulgatedInForce?: string;
    fromDate: string;
  };
  structure: {
    levels: Array<{ re: string; unit: string }>;
    contents: string;
    preamble: string;
    articlesWithin: number;
    titleWithin: number;
    notBeforeTitle: string;
    titleAppendix: string;
    attachmentListLine: string;
  };
  documentSignals: { title: string; recipients: string; issueSentence: string; otherDocumentTitle: string; replyTitle: string };
}

/** How strongly a title ending says "law": see data/law-grammar.json titleEndings. */
export type EndingTier = 'strong' | 'rule' | 'lawBodyOnly';

export type HistoryVerb = keyof LawGrammarData['history']['verbs'];

/** The fields a labelled line under a law's title can state (公布日期：…, 效力级别：…). */
export type LawField = 'publishedOn' | 'effectiveFrom' | 'issuingBody' | 'docNumber' | 'level' | 'validity';

/** The grammar with its expressions compiled once. */
export interface LawGrammar {
  endings: Array<{ word: string; tier: EndingTier }>;
  typeWords: string[];
  partOfCode: RegExp;
  levels: string[];
  /** Levels of a province's or city's acts: a local title prefers a local body among its history lines. */
  localLevels: string[];
  bodies: Array<{ re: RegExp; level: string }>;
  /** A national department's name alone (国家海洋局): who issued rules, not what makes a text a law. */
  department: { re: RegExp; level: string };
  dropFromName: RegExp[];
  /** Short forms written out in a body's name: 人大常委会 → 人民代表大会常务委员会. */
  fullNames: Array<[string, string]>;
  notLawMaking: RegExp[];
  titleLevels: Array<{ re: RegExp; level: string }>;
  nationalByEnding: Record<string, string>;
  nationalDefault: string;
  numbers: Array<{ re: RegExp; level: string }>;
  chineseSerial: RegExp;
  verbs: Array<{ verb: HistoryVerb; word: string }>;
  effectiveOnly: RegExp;
  /** A decree's sentence, a signer: lines of the head that carry no history of their own. */
  headLines: RegExp[];
  /** 公布日期：2021年6月10日 → ['publishedOn', '2021年6月10日']; 'other' for labels kept as text only. */
  fieldLine: RegExp;
  fieldOf: Map<string, LawField | 'other'>;
  fromPromulgation: RegExp;
  /** A history entry's words that promulgate and put in force at once (公布施行): its date is the 施行 date too. */
  promulgatedInForce?: RegExp;
  fromDate: RegExp;
  structure: Array<{ re: RegExp; unit: string }>;
  contents: RegExp;
  preamble: RegExp;
  articlesWithin: number;
  /** How far down a page's furniture may push the title. */
  titleWithin: number;
  /** A masthead or 目录 above the title: the text is a gazette, not one law. */
  notBeforeTitle: RegExp;
  /** What a database prints after a title to say the text follows (… 附:修正本): no part of the title. */
  titleAppendix: RegExp;
  /** An entry of a 公文's attachment list (附件：1.某办法): never a law's title. */
  attachmentListLine: RegExp;
  documentTitle: RegExp;
  /** A reply to a deputy's or member's suggestion (对…第3号建议的答复): a 公文 whatever 人大 its title names. */
  replyTitle: RegExp;
  recipients: RegExp;
  /** A sentence that hands a text on: 现将《…》印发给你们. */
  issueSentence: RegExp;
  /** Another 公文's title (关于…的通知): rules a 公文 carries end before it. */
  otherDocumentTitle: RegExp;
}

let grammar: LawGrammar | undefined;

function compile(data: LawGrammarData): LawGrammar {
  const rules = (list: LevelRule[]) => list.map((r) => ({ re: new RegExp(r.re), level: r.level }));
  const endings = (['strong', 'rule', 'lawBodyOnly'] as const)
    .flatMap((tier) => data.titleEndings[tier].map((word) => ({ word, tier })))
    // Longest first, so 议事规则 (lawBodyOnly) is not read as 规则 and 法典 not as 法.
    .sort((a, b) => b.word.length - a.word.length);
  const verbs = (Object.keys(data.history.verbs) as HistoryVerb[])
    .flatMap((verb) => data.history.verbs[verb].map((word) => ({ verb, word })))
    .sort((a, b) => b.word.length - a.word.length);
  return {
    endings,
    typeWords: [...data.typeWords.words].sort((a, b) => b.length - a.length),
    partOfCode: new RegExp(data.typeWords.partOfCode),
    levels: data.levels,
    localLevels: data.localLevels,
    bodies: rules(data.bodies.rules),
    department: { re: new RegExp(data.bodies.department.re), level: data.bodies.department.level },
    fullNames: Object.entries(data.bodies.fullNames).filter(([short]) => short !== 'about'),
    dropFromName: data.bodies.dropFromName.map((re) => new RegExp(re, 'g')),
    notLawMaking: data.notLawMaking.places.map((re) => new RegExp(re)),
    titleLevels: rules(data.titleLevels.rules),
    nationalByEnding: data.titleLevels.nationalByEnding,
    nationalDefault: data.titleLevels.nationalDefault,
    numbers: rules(data.numbers.rules),
    chineseSerial: new RegExp(data.numbers.chineseSerial, 'g'),
    verbs,
    effectiveOnly: new RegExp(data.history.effectiveOnly),
    headLines: data.history.headLines.patterns.map((re) => new RegExp(re)),
    ...fieldLines(data.history.fieldLines),
    fromPromulgation: new RegExp(data.history.fromPromulgation),
    ...(data.history.promulgatedInForce ? { promulgatedInForce: new RegExp(data.history.promulgatedInForce) } : {}),
    fromDate: new RegExp(data.history.fromDate),
    structure: data.structure.levels.map((l) => ({ re: new RegExp(l.re), unit: l.unit })),
    contents: new RegExp(data.structure.contents),
    preamble: new RegExp(data.structure.preamble),
    articlesWithin: data.structure.articlesWithin,
    titleWithin: data.structure.titleWithin,
    notBeforeTitle: new RegExp(data.structure.notBeforeTitle),
    titleAppendix: new RegExp(data.structure.titleAppendix),
    attachmentListLine: new RegExp(data.structure.attachmentListLine),
    documentTitle: new RegExp(data.documentSignals.title),
    replyTitle: new RegExp(data.documentSignals.replyTitle),
    recipients: new RegExp(data.documentSignals.recipients),
    issueSentence: new RegExp(data.documentSignals.issueSentence),
    otherDocumentTitle: new RegExp(data.documentSignals.otherDocumentTitle),
  };
}

function fieldLines(data: Record<LawField | 'other', string[]> & { about?: string }): Pick<LawGrammar, 'fieldLine' | 'fieldOf'> {
  const fieldOf = new Map<string, LawField | 'other'>();
  for (const [field, labels] of Object.entries(data) as Array<[LawField | 'other' | 'about', string[] | string]>) {
    if (field === 'about' || !Array.isArray(labels)) continue;
    for (const label of labels) fieldOf.set(label, field);
  }
  const labels = [...fieldOf.keys()].sort((a, b) => b.length - a.length).join('|');
  // A page may list its fields as bullets (- 制定机关：…, a wiki's infobox).
  return { fieldOf, fieldLine: new RegExp(`^(?:[-•·●▪*]\\s*)?[【\\[]?(${labels})[】\\]]?\\s*[：:]\\s*(.*)$`) };
}

/**
 * A labelled line under a law's title: its field and value.
 *
 * @example lawFieldLine('公布日期：2021年6月10日') // { field: 'publishedOn', value: '2021年6月10日' }
 */
export function lawFieldLine(line: string, g: LawGrammar = loadLawGrammar()): { field: LawField | 'other'; value: string } | undefined {
  const m = line.trim().match(g.fieldLine);
  const field = m ? g.fieldOf.get(m[1]) : undefined;
  return m && field ? { field, value: m[2].trim() } : undefined;
}

/** data/law-grammar.json, compiled once per process. */
export function loadLawGrammar(): LawGrammar {
  grammar ??= compile(loadDataJson<LawGrammarData>('law-grammar.json'));
  return grammar;
}

/** A title without trailing brackets: 刑法修正案（十一） → 刑法修正案, …办法（试行） → …办法. */
export function titleStem(title: string): string {
  let t = compact(title).replace(/^《|》$/g, '');
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t.replace(/[（(][^（()）]*[）)]$/, '');
  }
  return t;
}

/**
 * What a title's ending says: the ending word and how strongly it marks a law.
 *
 * @example lawTitleEnding('中华人民共和国安全生产法') // { word: '法', tier: 'strong' }
 * @example lawTitleEnding('关于做好2023年防汛工作的通知') // { word: '通知', tier: 'lawBodyOnly' }
 */
export function lawTitleEnding(title: string, g: LawGrammar = loadLawGrammar()): { word: string; tier: EndingTier } | undefined {
  const stem = titleStem(title);
  // 民法典 人格权编: the part of a code carries the code's ending in its first half.
  const code = stem.match(/^(.*法典)\S*?(编|总则|附则)$/);
  if (code) return { word: '法典', tier: 'strong' };
  return g.endings.find((e) => stem.endsWith(e.word));
}

/** 文种 of a law: 条例, 办法, 法 …; the part of a code (民法典 人格权编) is a 法典. */
export function lawType(title: string, g: LawGrammar = loadLawGrammar()): string | undefined {
  const stem = titleStem(title);
  if (/法典\S*?(编|总则|附则)$/.test(stem)) return '法典';
  return g.typeWords.find((w) => stem.endsWith(w));
}

/** The body's name as a reader expects it: 北京市第十届人民代表大会常务委员会 → 北京市人民代表大会常务委员会. */
function bodyName(text: string, g: LawGrammar): string {
  return g.dropFromName.reduce((name, re) => name.replace(re, ''), text);
}

/**
 * The first law-making body a text names, with the level its acts have.
 *
 * @example findLawBody('第十一届全国人民代表大会常务委员会第七次会议通过') // { name: '全国人民代表大会常务委员会', level: '法律', index: 5 }
 */
export function findLawBody(text: string, g: LawGrammar = loadLawGrammar()): { name: string; level: string; index: number } | undefined {
  let best: { name: string; level: string; index: number } | undefined;
  for (const rule of g.bodies) {
    const m = rule.re.exec(text);
    if (m && (!best || m.index < best.index)) best = { name: bodyName(m[0], g), level: rule.level, index: m.index };
  }
  return best;
}

/**
 * A national department's name standing alone (国家海洋局, 中华人民共和国水利部 → 水利部), as a
 * law database prints it after a date under the title; undefined for anything more or a place's bureau.
 *
 * @example findDepartment('国家海洋局') // { name: '国家海洋局', level: '部门规章', index: 0 }
 */
export function findDepartment(text: string, g: LawGrammar = loadLawGrammar()): { name: string; level: string; index: number } | undefined {
  const t = compact(text);
  return g.department.re.test(t) ? { name: bodyName(t, g), level: g.department.level, index: 0 } : undefined;
}

/**
 * A body's name with its short forms written out, as an issuer is stored (the match itself stays
 * short: its length tells whether a line is only a name).
 *
 * @example fullBodyName('广东省人大常委会') // '广东省人民代表大会常务委员会'
 */
export function fullBodyName(name: string, g: LawGrammar = loadLawGrammar()): string {
  return g.fullNames.reduce((text, [short, full]) => text.replace(short, full), name);
}

/** The level a decree or number prefix prints: 国务院令 → 行政法规, 法释 → 司法解释. */
export function levelOfNumberPrefix(prefix: string, g: LawGrammar = loadLawGrammar()): string | undefined {
  return g.numbers.find((r) => r.re.test(prefix))?.level;
}

/** True for a title of a county or district (县, 旗, 区人民政府 …): bodies that make no law. */
export function isNotLawMakingPlace(title: string, g: LawGrammar = loadLawGrammar()): boolean {
  const t = compact(title);
  return g.notLawMaking.some((re) => re.test(t));
}

/**
 * The level the title alone tells, and how: 'title' from a rule (宪法, 最高人民法院关于…, a
 * province's name), 'ending' from the national default for its ending.
 *
 * @example levelOfTitle('上海市献血条例') // { level: '地方性法规', by: 'title' }
 * @example levelOfTitle('城市公共交通条例') // { level: '行政法规', by: 'ending' }
 */
export function levelOfTitle(title: string, g: LawGrammar = loadLawGrammar()): { level: string; by: 'title' | 'ending' } {
  // 中华人民共和国市场主体登记管理条例 is national: the country's name is no place prefix.
  const t = compact(title).replace(/^《|》$/g, '').replace(/^中华人民共和国(?!宪法)/, '');
  const rule = g.titleLevels.find((r) => r.re.test(t));
  if (rule) return { level: rule.level, by: 'title' };
  const ending = lawTitleEnding(t, g)?.word;
  return { level: (ending && g.nationalByEnding[ending]) ?? g.nationalDefault, by: 'ending' };
}

/** A known level name (法律, 行政法规 …) as a metadata field writes it, or undefined. */
export function knownLevel(text: string | undefined, g: LawGrammar = loadLawGrammar()): string | undefined {
  const t = text ? compact(text) : '';
  return g.levels.find((l) => t === l) ?? g.levels.find((l) => t.includes(l));
}

/** Labels of articles or chapters alone, two or more (第十一条 第二十一条 第三十一条): a page's index of them. */
const LABEL_LIST = /^(?:第[零〇○一二三四五六七八九十百千两\d]+[条條章节節]){2,}$/;

/**
 * True when a line holds only labels of articles or chapters, no text: a page's list of links to
 * them, never the first article.
 *
 * @example isLabelList('第十一条 第二十一条 第三十一条') // true
 * @example isLabelList('第一条 为了规范管理，制定本规定。') // false
 */
export function isLabelList(line: string): boolean {
  return LABEL_LIST.test(line.replace(/\s+/g, ''));
}
