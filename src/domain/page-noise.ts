/**
 * @module domain/page-noise
 * The word lists and patterns of data/page-noise.json — what saved web pages and mirror sites
 * add around a 公文 — compiled once into the expressions clean-lines uses.
 */
import { escapeRegExp } from '../text/regexp';
import { loadDataJson } from './load-data';

interface PageNoiseData {
  /** CMS labels naming where the page's text came from (来源): the page's byline repeats that value with a date. */
  sourceLabels: string[];
  navigationStarts: string[];
  breadcrumbSeparators: string;
  homeWords: string[];
  cmsLabels: string[];
  clockLabels: string[];
  /** The label a bare date-and-time stamp before CMS fields is kept under (发布时间). */
  publicationLabels: { named: string[]; withClock: string[] };
  metadataLabels: string[];
  numberLabels: string[];
  widgetWords: string[];
  strongWidgetWords: string[];
  furnitureLines: string[];
  furnitureContains: string[];
  /** What a literature database prints before an abstract's text (<正>): no part of the line. */
  openingMarks: string[];
  citationLabels: string[];
  leadingLabels: string[];
  spamLineWords: string[];
  spamWords: string[];
  spamMarkers: string[];
  pinyinResidue: string;
  plainPinyinResidue: string;
  toneMarks: string;
  halfWidthPunctuation: Record<string, string>;
  duplicate: { minLines: number; minChars: number; minCharsOneLine: number };
}

export interface PageNoise {
  /** A breadcrumb's start: 当前位置：, 您现在的位置是 … */
  navigation: RegExp;
  /** Global, for splitting a breadcrumb into its parts. */
  breadcrumbSeparator: RegExp;
  /** The characters that join a breadcrumb's parts. */
  breadcrumbSeparatorChars: string;
  homeWords: string[];
  /**
   * A CMS field label where a field may start (line start, space, punctuation or digit before
   * it; a colon after it), capturing the label: 来源:, 浏览次数:, 发布时间: …
   */
  cmsLabel: RegExp;
  clockLabels: Set<string>;
  /** A publication field inside a CMS line: its label (group 1) and its date with any clock time (group 2). */
  publicationField: RegExp;
  /** Publication labels that stamp only with a clock time (时间, 日期). */
  stampNeedsClock: Set<string>;
  /** A source field inside a CMS line (来源:某委员会): its value (group 1). */
  sourceField: RegExp;
  /** A 政府信息公开 field label anywhere in a line (spaces inside taken out first). */
  metadataLabel: RegExp;
  /** A line that is a field's label alone (出处, 来源：, 发文字号), its value on the next line: never a title's part. */
  labelAlone: RegExp;
  numberLabels: string[];
  widgetWords: Set<string>;
  strongWidgetWords: Set<string>;
  /** Every pattern of furnitureLines as one expression (each alternative anchored at the start). */
  furnitureLine: RegExp;
  furnitureContains: string[];
  /** What a literature database prints before an abstract's text (<正>): no part of the line. */
  openingMarks: string[];
  /** The label alone on its line over a journal database's record of where the text was printed (出处). */
  citationLabel: RegExp;
  /** A journal's label opening a line before a long text run on after it (摘 要: | …), to be taken off. */
  leadingLabel: RegExp;
  spamLineWords: string[];
  /** Whether a line holds any spam-line word (then the words are counted). */
  anySpamLineWord: RegExp;
  /** Global: every spam word of a line. */
  spamWords: RegExp;
  /** Whether a line holds a word every spam word contains (bet, 娱乐 …); only then is it searched. */
  anySpamMarker: RegExp;
  /** Global: tone-marked pinyin in brackets after a Chinese character. */
  pinyinResidue: RegExp;
  /** Global: a toneless pinyin syllable in brackets after a Chinese character (關(guan) 於(yu)), and a space after it. */
  plainPinyinResidue: RegExp;
  /** The tone-marked vowels: a line without one holds no tone-marked residue. */
  toneMarks: string;
  halfWidthPunctuation: Map<string, string>;
  /** Global: any of the half-width punctuation forms. */
  halfWidth: RegExp;
  duplicate: PageNoiseData['duplicate'];
}

let rules: PageNoise | undefined;

const escapeClass = (s: string) => s.replace(/[\]\\^-]/g, '\\$&');
/** Longest first, so 浏览次数 wins over 浏览. */
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** The compiled rules of data/page-noise.json, read once. */
export function loadPageNoise(): PageNoise {
  if (rules) return rules;
  const d = loadDataJson<PageNoiseData>('page-noise.json');
  rules = {
    navigation: new RegExp(`^(?:${alternation(d.navigationStarts)})\\s*(?:是|为)?\\s*[:：]?`),
    breadcrumbSeparator: new RegExp(`\\s*-?[${escapeClass(d.breadcrumbSeparators)}]\\s*`, 'g'),
    breadcrumbSeparatorChars: d.breadcrumbSeparators,
    homeWords: d.homeWords,
    // After a stamp's last unit too (2014-04-24 10时36分浏览次数:).
    cmsLabel: new RegExp(`(?<=^|[\\s\\p{P}\\d|年月日时分秒])(${alternation(d.cmsLabels)})\\s*[:：]`, 'gu'),
    clockLabels: new Set(d.clockLabels),
    publicationField: new RegExp(`(?<=^|[\\s\\p{P}])(${alternation([...d.publicationLabels.named, ...d.publicationLabels.withClock])})\\s*[:：]\\s*(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?)?)`, 'u'),
    stampNeedsClock: new Set(d.publicationLabels.withClock),
    sourceField: new RegExp(`(?:^|[\\s\\p{P}\\d年月日时分秒])(?:${alternation(d.sourceLabels)})\\s*[:：]\\s*([\\u4e00-\\u9fff]{2,30})`, 'u'),
    metadataLabel: new RegExp(`(?:${alternation(d.metadataLabels)})`),
    labelAlone: new RegExp(`^(?:${alternation([...d.cmsLabels, ...d.metadataLabels])})[:：]?$`),
    numberLabels: d.numberLabels,
    widgetWords: new Set(d.widgetWords),
    strongWidgetWords: new Set(d.strongWidgetWords),
    furnitureLine: new RegExp(d.furnitureLines.map((p) => `(?:${p})`).join('|'), 'i'),
    furnitureContains: d.furnitureContains,
    openingMarks: d.openingMarks,
    citationLabel: new RegExp(`^(?:${alternation(d.citationLabels)})[:：]?$`),
    // Letter-spaced or not (摘 要), in brackets or not, a bar after its colon; a text of 40 characters or more after it.
    leadingLabel: new RegExp(`^\\s*[【\\[]?(?:${d.leadingLabels.map((l) => [...l].join('\\s*')).join('|')})[】\\]]?\\s*[:：]\\s*[|｜]?\\s*(?=\\S.{39})`),
    spamLineWords: d.spamLineWords,
    anySpamLineWord: new RegExp(alternation(d.spamLineWords)),
    spamWords: new RegExp(d.spamWords.join('|'), 'gi'),
    anySpamMarker: new RegExp(alternation(d.spamMarkers)),
    pinyinResidue: new RegExp(d.pinyinResidue, 'g'),
    plainPinyinResidue: new RegExp(d.plainPinyinResidue, 'g'),
    toneMarks: d.toneMarks,
    halfWidthPunctuation: new Map(Object.entries(d.halfWidthPunctuation)),
    halfWidth: new RegExp(`[${Object.keys(d.halfWidthPunctuation).join('')}]`, 'g'),
    duplicate: d.duplicate,
  };
  return rules;
}
