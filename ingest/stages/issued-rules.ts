/**
 * @module ingest/stages/issued-rules
 * A 公文 that issues or forwards rules is that 公文, not the rules. 某市人民政府关于印发《某某管理办法》
 * 的通知 with its number, its 主送 line, its short body (现将《…》印发给你们) and its 落款 stands before
 * 第一章 总则 / 第一条 …: the record takes its number, title, issuer and 成文日期 from the 公文, and the
 * rules stay its text — searchable like the rest, with their chapters and articles in the outline
 * under their own title. A 政府令 that promulgates rules (某省人民政府令 第N号 《…》已经…通过，现予公布)
 * is no such head: a decree is how rules are made, so read-law keeps it a rule.
 *
 * Three questions are answered here: does a text print a 公文's head (read-law asks it of the
 * lines above a law-shaped title, of those before its first article, and of the fields a reader
 * found beside the text); is a whole text one 公文 carrying rules (the pipeline asks before it
 * looks for a gazette, so that a 转发 printing the forwarded 政府令 is not cut in two); and where
 * do the rules a 公文 carries begin (the single-document path asks it to outline them).
 */
import { parseChineseDate } from '../../src/domain/dates';
import { isIssuerName } from '../../src/domain/grammar';
import { lawTitleEnding, loadLawGrammar, type LawGrammar } from '../../src/domain/law-grammar';
import type { DocumentFields, GazetteDocument, OutlineNode, Paragraph } from '../../src/model';
import { compact } from '../../src/text/normalize';
import { buildOutline } from './build-outline';
import { decreeBlockLength, documentNumbers, isHeadLine, isNumberLine } from './law-head';
import { buildLawOutline } from './law-outline';

/** Lines between a rules' title and their first unit that may be their history or decree. */
const RULES_HEAD_LINES = 8;
/** A title longer than this is a sentence, not the name of rules. */
const MAX_RULES_TITLE = 60;
/** Lines a rules' title may be broken over. */
const MAX_TITLE_LINES = 3;
/** An annex's label before the title on its line: 附件1：… */
const ANNEX_TITLE = /^附件\d{0,2}[:：](.+)$/;
/** A full date (year, month, day) in digits or Chinese numerals: no rules' title holds one. */
const FULL_DATE = /(\d{2,4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日/;
/** Lines a decree above rules takes at most (name, number, sentence, signer, date …). */
const DECREE_LINES = 12;
/** The first unit of a set of rules: a second set issued together starts its numbering again. */
const FIRST_UNIT = /^(第[一1](章|条|编)|目录$)/;

/**
 * True when lines print a 公文's head: a title that issues another text (also with its number
 * glued after it), recipients, a sentence handing a text on (现将《…》印发给你们), a 落款 (organ,
 * then date), or a 公文 number (not a decree's or a 法释 number: those belong to laws).
 *
 * @example printsDocumentHead(['青政发〔2021〕3号', '市直有关单位：']) // true
 * @example printsDocumentHead(['江岭省人民政府令', '第215号', '《江岭省燃气管理办法》已经…通过，现予公布。']) // false
 */
export function printsDocumentHead(lines: string[], g: LawGrammar = loadLawGrammar()): boolean {
  const signal = handsOnText(lines, g) || lines.some((line) => g.recipients.test(compact(line)));
  // A 落款 (an organ's name, then a date) ends a 公文 printed above the title.
  const signOff = lines.some((line, i) => i + 1 < lines.length && isIssuerName(line) && parseChineseDate(compact(lines[i + 1])) !== undefined);
  return signal || signOff || documentNumbers(lines, g).length > 0;
}

/**
 * True when lines hand a text on: a title that issues it (关于印发《…》的通知) or a sentence that
 * does (现将《…》印发给你们). Recipients alone are no sign between a title and its articles: a court's
 * interpretation may be addressed to 各高级人民法院.
 */
export function handsOnText(lines: string[], g: LawGrammar = loadLawGrammar()): boolean {
  return lines.some((line) => {
    const t = compact(line);
    return g.documentTitle.test(t) || g.issueSentence.test(t);
  });
}

/** True when the lines right around a law-shaped title print it as a 公文: a 公文 number, recipients before the articles. */
export function printedAsDocument(top: string[], beforeArticles: string[], g: LawGrammar = loadLawGrammar()): boolean {
  return documentNumbers(top, g).length > 0 || beforeArticles.some((l) => g.recipients.test(compact(l)));
}

/**
 * True when the fields a reader found beside the text (a 政府信息公开 table) name a 公文: a title
 * that issues another text (关于印发…的通知), or a 公文 number.
 */
export function fieldsNameDocument(fields: DocumentFields | undefined, g: LawGrammar = loadLawGrammar()): boolean {
  const title = fields?.title ? compact(fields.title) : '';
  return (title !== '' && g.documentTitle.test(title)) || documentNumbers(fields?.docNumber ? [fields.docNumber] : [], g).length > 0;
}

/** Where issued rules begin: the paragraph of their title, or of their first unit when no title is printed above them. */
export interface IssuedRules {
  at: number;
  /** The rules' name: their own title line, else the text the 公文 names. */
  title?: string;
  /** True when paragraph `at` is the rules' title line. */
  titled: boolean;
}

/**
 * A line that can be (part of) the rules' title: short, no sentence punctuation, and not a date,
 * history or number line, an organ's name (the 落款), 附件, 目录 or the 公文's own head.
 */
function isTitleFragment(text: string, g: LawGrammar): boolean {
  const t = compact(text).replace(/^#+/, '');
  if (t.length < 2 || t.length > MAX_RULES_TITLE || /[，。；：,;:！？]/.test(t.replace(/《[^》]*》/g, ''))) return false;
  if (/^附\s*件/.test(t) || g.contents.test(t) || g.preamble.test(t) || g.notBeforeTitle.test(t) || g.structure.some((u) => u.re.test(t))) return false;
  // 青川市人民政府 2021年3月5日: a 落款 on one line, its date after the organ.
  if (FULL_DATE.test(t)) return false;
  return !isHeadLine(t, g) && !isIssuerName(t) && !g.documentTitle.test(t) && !g.issueSentence.test(t);
}

function opensUnit(text: string, g: LawGrammar): boolean {
  const t = compact(text);
  return g.structure.some((s) => s.re.test(t)) || g.contents.test(t);
}

/**
 * The text a line says is issued: in a title the first 《…》 (关于印发《X》的通知); in a sentence the
 * last one before the verb (根据《Y》，我部制定了《X》，现印发给你们 issues X).
 */
function namedText(text: string, g: LawGrammar): string | undefined {
  const t = compact(text);
  const sentence = g.issueSentence.exec(t);
  const verbAt = sentence ? sentence.index + Math.max(0, sentence[0].search(/印发|转发|批转|下发/)) : t.length;
  const names = [...t.slice(0, sentence ? verbAt : t.length).matchAll(/《([^》]{4,80})》/g)].map((m) => m[1]);
  // 关于印发金华市…工作规则的通知: without 《》 a title names what follows its verb.
  return sentence ? names.at(-1) : (names[0] ?? t.match(/(?:印发|转发|批转|发布|公布)(.{4,80})的(?:通知|决定)$/)?.[1]);
}

/** Brackets and Markdown marks aside, so that a heading and a 《》 name compare. */
function nameKey(text: string): string {
  return compact(text).replace(/^#+/, '').replace(/[《》〈〉<>“”"]/g, '');
}

/** A history or decree line between rules' title and their first unit; a bracket without a year is part of the title (（试行）). */
function isHistory(text: string, g: LawGrammar): boolean {
  const t = compact(text);
  return isHeadLine(t, g) || (/^[（(].*[）)]$/.test(t) && /\d|年/.test(t));
}

/**
 * The rules' title above their first unit at `unit`: history lines (dates, brackets) passed over,
 * then up to three title lines joined (金华市人民政府办理人大代表 / 建议和政协提案工作规则). A title
 * must end like rules (办法, 规定, 规则 …) or be the text the 公文 names.
 */
function titleAbove(paragraphs: string[], unit: number, named: string | undefined, g: LawGrammar): { at: number; title: string } | undefined {
  let i = unit - 1;
  while (i >= 0 && unit - i <= RULES_HEAD_LINES && isHistory(paragraphs[i], g)) i--;
  const last = i;
  while (i >= 0 && last - i < MAX_TITLE_LINES && isTitleFragment(paragraphs[i], g)) i--;
  const parts = paragraphs.slice(i + 1, last + 1).map((p) => compact(p).replace(/^#+/, ''));
  // 附件1：青川市城市供水管理办法 — the annex's label on the title's line.
  const annex = i >= 0 ? compact(paragraphs[i]).match(ANNEX_TITLE) : null;
  if (annex && last - i < MAX_TITLE_LINES && isTitleFragment(annex[1], g)) parts.unshift(annex[1]);
  else i++;
  if (parts.length === 0) return undefined;
  const title = parts.join('').replace(/^《(.*)》$/, '$1');
  const ending = lawTitleEnding(title, g);
  const rulesLike = ending !== undefined && ending.tier !== 'lawBodyOnly';
  return rulesLike || (named !== undefined && nameKey(title) === nameKey(named)) ? { at: i, title } : undefined;
}

/**
 * Where the rules a 公文 carries begin in its paragraphs: the paragraph of their title above their
 * first 第一章, 第一条 or 目录; or, with no title above them (a law database heads its copy with the
 * rules' name), that first unit. Only after a 公文's head: its title issues a text, or a paragraph
 * before names or hands one on.
 *
 * @example findIssuedRules(['现将《某市供水管理办法》印发给你们，请认真贯彻执行。', '某市人民政府', '2021年3月5日', '某市供水管理办法', '第一条 为了…'], '某市人民政府关于印发《某市供水管理办法》的通知')
 * // { at: 3, title: '某市供水管理办法', titled: true }
 */
export function findIssuedRules(paragraphs: string[], documentTitle: string, g: LawGrammar = loadLawGrammar()): IssuedRules | undefined {
  let issued = g.documentTitle.test(compact(documentTitle));
  let named = issued ? namedText(documentTitle, g) : undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const t = compact(paragraphs[i]);
    if (!issued) {
      issued = g.issueSentence.test(t) || g.documentTitle.test(t);
      if (issued) named = namedText(t, g);
      continue;
    }
    named ??= g.issueSentence.test(t) ? namedText(t, g) : undefined;
    if (!opensUnit(t, g)) continue;
    const titled = titleAbove(paragraphs, i, named, g);
    return titled ? { ...titled, titled: true } : { at: i, ...(named ? { title: named } : {}), titled: false };
  }
  return undefined;
}

/**
 * The outline of a 公文 that carries rules: its own headings (一、 …), then each set of rules under
 * its title, with their 章 and 条 one level below it (at their own levels when no title is
 * printed). A second set issued with the first starts again at 第一章 or 第一条 under its title.
 */
export function issuedRulesOutline(paragraphs: Array<Pick<Paragraph, 'text'>>, rules: IssuedRules, g: LawGrammar = loadLawGrammar()): OutlineNode[] {
  const texts = paragraphs.map((p) => compact(p.text));
  const sets: Array<{ at: number; title?: string; from: number }> = [{ at: rules.at, ...(rules.titled ? { title: rules.title } : {}), from: rules.titled ? rules.at + 1 : rules.at }];
  for (let j = sets[0].from + 1; j < texts.length; j++) {
    const next = FIRST_UNIT.test(texts[j]) ? titleAbove(texts, j, undefined, g) : undefined;
    if (next && next.at > sets[sets.length - 1].from) sets.push({ ...next, from: next.at + 1 });
  }
  const own = buildOutline(paragraphs.slice(0, rules.at));
  return [
    ...own,
    ...sets.flatMap((set, k) => {
      const below = set.title ? 1 : 0;
      const units = buildLawOutline(paragraphs.slice(set.from, sets[k + 1]?.at ?? paragraphs.length), g);
      const head = set.title ? [{ level: 1, label: '', title: set.title, paragraph: set.at }] : [];
      return [...head, ...units.map((n) => ({ ...n, level: n.level + below, paragraph: n.paragraph + set.from }))];
    }),
  ];
}

/**
 * True when a whole text is one 公文 carrying rules: it opens (within its first lines, no masthead
 * or 目录 above) with a title issuing a text, the rules follow, and no other 公文's head — its
 * title (关于…的通知), a line holding only its number, or a decree (某市人民政府令 / 第5号) — stands
 * after their first unit. So a
 * 转发 that prints the forwarded 政府令 above the rules is one document, while a gazette whose
 * first document issues rules goes on to the heads of the next ones.
 *
 * @example isOneIssuingDocument(['某市人民政府办公室关于转发某省燃气管理办法的通知', '某市政办发〔2022〕11号', '现将…转发给你们。', '某省人民政府令', '第215号', '…', '某省燃气管理办法', '第一条 …']) // true
 */
export function isOneIssuingDocument(lines: string[], g: LawGrammar = loadLawGrammar()): boolean {
  const texts = lines.map((l) => compact(l)).filter((t) => t.length > 0);
  const top = texts.slice(0, g.titleWithin);
  const titleAt = top.findIndex((t) => g.notBeforeTitle.test(t) || g.documentTitle.test(t));
  if (titleAt < 0 || !g.documentTitle.test(texts[titleAt])) return false;
  const rest = texts.slice(titleAt + 1);
  const rules = findIssuedRules(rest, texts[titleAt], g);
  if (!rules) return false;
  const units = rest.slice(rules.at + 1);
  const anotherHead = (t: string, k: number) =>
    g.otherDocumentTitle.test(t) || g.documentTitle.test(t) || (isNumberLine(t, g) && documentNumbers([t], g).length > 0) || decreeBlockLength(units.slice(k, k + DECREE_LINES), g) > 0;
  return !units.some(anotherHead);
}

/** A line that is a 公文's title issuing a text (关于印发《…》的通知), without a Markdown heading's marks. */
function issuingTitle(line: string, g: LawGrammar): string | undefined {
  const text = line.replace(/^\s{0,3}#{1,6}\s+/, '').trim();
  const t = compact(text);
  return t.length <= 120 && !/。/.test(t) && g.documentTitle.test(t) ? text : undefined;
}

/**
 * A single 公文 that carries rules, as the document reader gave it: the rules get their outline
 * and are named as the text it issues; a title that is the rules' name (a law database heads
 * its copy so) gives way to the 公文's own title printed above them in the source lines. Other
 * documents pass as they are.
 */
export function withIssuedRules(doc: GazetteDocument, lines: string[] = [], g: LawGrammar = loadLawGrammar()): GazetteDocument {
  const texts = doc.paragraphs.map((p) => p.text);
  const rules = findIssuedRules(texts, doc.title, g);
  if (!rules) return doc;
  const own = rules.title !== undefined && nameKey(doc.title) === nameKey(rules.title);
  const above = lines.slice(0, doc.paragraphs[rules.at]?.lineStart ?? 0);
  const printed = own ? above.map((l) => issuingTitle(l, g)).find(Boolean) : undefined;
  const instrumentTitle = doc.instrumentTitle ?? rules.title;
  return {
    ...doc,
    ...(printed ? { title: printed } : {}),
    ...(instrumentTitle ? { instrumentTitle } : {}),
    // The rules' own title heads their 章 and 条; the 公文's plain outline would miss it.
    outline: issuedRulesOutline(doc.paragraphs, rules, g),
  };
}
