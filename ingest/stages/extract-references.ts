/**
 * @module ingest/stages/extract-references
 * References from a document to others: the cited title (《…》) and number when given, the
 * relation — cites, based on (根据/依据), implements (贯彻落实), repeals (同时废止), revises (修订)
 * — and the sentence that says so. Laws without numbers are references too. The instrument a
 * notice issues (现将《…》印发给你们) and the document's own number are not.
 */
import { extensionUntil } from '../../src/domain/extension';
import { findDocNumbers, loadPrefixTable, type FoundDocNumber, type PrefixTable } from '../../src/domain/doc-number';
import { isIssuerName } from '../../src/domain/grammar';
import { loadDataJson } from '../../src/domain/load-data';
import { loadPageNoise } from '../../src/domain/page-noise';
import type { GazetteDocument, Level, Reference, RelationKind } from '../../src/model';
import { outerTitles, titleKey, unopenedTitle } from '../../src/text/book-titles';
import { compact } from '../../src/text/normalize';
import { explainedTitle } from './interpretation';
import { clauseOf, isRevisingAct, maskTitles, relationOf, type RelationWords } from './reference-relation';

export interface ExtractReferencesOptions {
  words?: RelationWords;
  prefixes?: PrefixTable;
  /** Labels whose value is a document's own number (文号, 发文字号 …), from data/page-noise.json. */
  numberLabels?: string[];
}

const NOT_WORDS = /[^\u3400-\u9fff]/g;
/** Sentence punctuation: a heading or a metadata row has none. */
const SENTENCE_END = /[。；;！!？?]/;
const MAX_HEADING_CHARS = 80;

/**
 * Numbers a paragraph prints as a heading, not as a citation: alone on their line (珲办发〔2017〕19号),
 * after a metadata label (文 号 | 涟政办发〔2021〕12号 |), or glued before a title
 * (梁政发【2023】7号关于印发…的通知). A document whose own number the header did not read must
 * not cite itself; a number in a sentence (…37号文件同时废止。) is still a citation.
 */
export function headingNumbers(text: string, labels: string[], prefixes: PrefixTable): Set<string> {
  const out = new Set<string>();
  for (const n of findDocNumbers(text, prefixes)) {
    const before = text.slice(0, n.index).replace(NOT_WORDS, '');
    const after = text.slice(n.index + n.length);
    if (before.length > 0 && !labels.some((l) => before.endsWith(l))) continue;
    if (SENTENCE_END.test(after) || after.replace(/\s+/g, '').length > MAX_HEADING_CHARS) continue;
    out.add(n.canonical);
  }
  return out;
}

/** Sentences of a paragraph, each with its terminal punctuation. */
export function splitSentences(text: string): string[] {
  return text.match(/[^。；;！!？?]+[。；;！!？?]?/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

/** Words that open what is said of a title, before the organ that issued it (按照, 现将, 要认真贯彻). */
const BEFORE_ORGAN = /^.*(?:根据|依据|按照|依照|遵照|参照|贯彻落实|贯彻|落实|执行|学习|同意|现将|现把|将|把|对|经|由|要|请|为|是|的)/;

/** Everything up to the last day of a date (…2003年4月24日, …十二月一日) before an organ's name. */
const DATE_BEFORE_ORGAN = /^.*(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/;

/**
 * The organ printed right before a 《 (按照国务院《关于…》 → 国务院), or ''. A reply's 你委/你局
 * is the one organ it is addressed to, when it is addressed to one.
 */
function organBefore(sentence: string, start: number, addressee: string | undefined): string {
  const pieces = sentence.slice(Math.max(0, start - 24), start).split(/[，,。；;：:、（）()《》“”"\s]/);
  const clause = pieces.at(-1) ?? '';
  // The last of organs listed (市委、市政府《关于…》) is not the title's one organ: the list is
  // taken whole or not at all, and whole it is no organ's name.
  const listed = sentence[start - clause.length - 1] === '、' && isIssuerName(pieces.at(-2)?.replace(BEFORE_ORGAN, '') ?? '');
  if (listed) return '';
  // A 和 or 及 joining it to a title before (《甲》和省政府办公厅《关于…》) is none of its name.
  // A date before the organ (根据2003年4月24日某市人大常委会《关于…》) is when it acted, none of its name.
  const organ = clause.replace(BEFORE_ORGAN, '').replace(DATE_BEFORE_ORGAN, '').replace(/^[和与及并或]/, '');
  if (/^[你我其该本贵]/.test(organ)) return /^你/.test(organ) && addressee ? addressee : '';
  return organ.length >= 2 && isIssuerName(organ) ? organ : '';
}

/** 《某市…通用目录》（以下简称《通用目录》）: a document, then the short name the text gives it. */
const SHORT_NAME = /《([^《》]{2,100})》[^《》（(。；]{0,20}?[（(]以下(?:简称|称)[“"《]?([^”"》）)]{2,20})[”"》]?[）)]/g;

/** The short names a text gives documents, each to the full title it stands for. */
function shortNamesOf(paragraphs: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const text of paragraphs) {
    if (!text.includes('以下')) continue;
    for (const m of text.matchAll(SHORT_NAME)) names.set(compact(m[2]), m[1]);
  }
  return names;
}

/** A heading's numbering (二、, （三）, 附件1：, 第二部分) before its words. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}(?:[.．]\d{1,2})+\s*|[（(][一二三四五六七八九十]+[）)]|附件\s*\d*\s*[:：]?|第[一二三四五六七八九十]+(?:章|节|部分)\s*)/;
/** The longest heading: a longer line is prose or a row. */
const MAX_HEADING = 60;

/**
 * A paragraph that is a heading, with the relation it gives the items listed under it: based on
 * under 二、制定依据 (法律依据, 制定的依据), repealed under a list of what is repealed (附件1：某市人民政府
 * 决定废止的文件目录; 二、宣布失效的规范性文件（3件）). Undefined for a paragraph that is no heading — a sentence, a row, an item
 * (1、《某办法》) — and no relation for another heading, which ends the list above it.
 */
function listHeading(text: string, words: RelationWords): { relation?: RelationKind } | undefined {
  const t = compact(text);
  const numbered = HEADING_NUMBER.exec(t);
  const rest = numbered ? t.slice(numbered[0].length) : t;
  if (!numbered || rest.length === 0 || t.length > MAX_HEADING || rest.startsWith('《') || /[。；;，,！？]/.test(rest.replace(/[（(][^）)]*[）)]/g, ''))) return undefined;
  const body = rest.replace(/[（(][^）)]*[）)]$/, '');
  if (words.listHeadings.basedOn.some((w) => body.endsWith(w))) return { relation: 'basedOn' };
  const { repeals, lists, documents } = words.listHeadings;
  // 附件1：决定废止的文件目录, or the documents themselves after the verdict (二、废止的规范性文件（2件）);
  // a cleanup's 一、继续有效的规范性文件 keeps what it lists in force (and only that).
  const verdicts: Array<[RelationKind, string[]]> = [['repeals', repeals], ['extends', words.listHeadings.extends ?? []]];
  for (const [relation, verbs] of verdicts) {
    const namesDocuments = verbs.some((w) => documents.some((d) => new RegExp(`${w}[^，,；;]{0,8}的${d}$`).test(body)));
    if (verbs.some((w) => body.includes(w)) && (lists.some((w) => body.includes(w)) || namesDocuments)) return { relation };
  }
  return {};
}

/** What an interpretation or a drafting note reports of the document it explains, and does not do itself. */
const REPORTED_ACTS: RelationKind[] = ['repeals', 'revises', 'extends'];

/** The day an extension gives the title ending at `stop` (有效期延长至2030年7月10日止 → until). */
function untilOf(relation: RelationKind, sentence: string, stop: number): { until?: string } {
  const until = relation === 'extends' ? extensionUntil(sentence, stop) : undefined;
  return until ? { until } : {};
}

/** An item's number opening a paragraph: 一、, 1., （一）, (1). */
const ITEM_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,3}[、.．]|[（(](?:[一二三四五六七八九十]+|\d{1,3})[）)])/;

/**
 * The relation a sentence closing its paragraph gives the items numbered after it: 省政府决定废止
 * 以下规章： → repeals; 依据下列文件： → based on. Undefined for any other paragraph.
 */
function listLeadIn(text: string, words: RelationWords): RelationKind | undefined {
  const t = compact(text);
  if (!/[:：]$/.test(t)) return undefined;
  const last = t.split(/[。；;！？]/).at(-1) ?? '';
  const at = words.listHeadings.leadIns.map((w) => last.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) return undefined;
  if (words.listHeadings.repeals.some((w) => last.includes(w))) return 'repeals';
  if (words.listHeadings.basedOn.some((w) => last.slice(0, at).includes(w))) return 'basedOn';
  return undefined;
}

/**
 * The title an item prints without 《》 before the number in brackets that closes it
 * (一、某省信访规定（省政府令第114号）。 → 某省信访规定), or undefined.
 */
function bareItemTitle(sentence: string, number: FoundDocNumber): string | undefined {
  const item = sentence.replace(ITEM_NUMBER, '');
  const cut = sentence.length - item.length;
  const before = sentence.slice(cut, number.index).trim();
  const bracket = /[（(]$/.exec(before);
  if (!bracket || !/^[）)]?\s*[。；;，,]?\s*$/.test(sentence.slice(number.index + number.length))) return undefined;
  const title = compact(before.slice(0, -1));
  return title.length >= 4 && !/[，。；,;：:《》]/.test(title) ? title : undefined;
}

/** A bracket opening right after a title with a date of issue before a number: （2016年12月1日, （二○○九年四月二十一日. */
const BRACKET_DATE = /^\s*[（(]\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)\s*$/;
/** What may close such a bracket after the number: a verb of issue (发布, 公布, 印发). */
const BRACKET_CLOSE = /^\s*(?:发布|公布|印发|颁布|施行)?\s*[）)]/;

/**
 * True when `number` stands in a bracket opening right after the title ending at `end`, after the
 * date it was issued on and before the verb of issue (《某办法》（2016年12月1日某市人民政府令第2号发布））:
 * a rule's number, printed with its date — the title's own, as much as 《…》（某令第2号）.
 */
function datedInBracket(sentence: string, end: number, number: FoundDocNumber): boolean {
  return BRACKET_DATE.test(sentence.slice(end, number.index)) && BRACKET_CLOSE.test(sentence.slice(number.index + number.length));
}

/** The longest title cited: longer runs between marks are a page's stray 《 swallowing a sentence. */
const MAX_TITLE = 100;

/**
 * The edge of an interpretation to what it explains. Its title says what that is even where its
 * text never cites it by name (《某办法》解读 / 一、出台背景 / 《办法》明确…): the edge then stands on
 * the title. A number its text says that document was issued under (同日以舞农领〔2023〕28号印发实施)
 * is that document's: the edge takes it, and no citation of its own is left.
 */
function explainedEdge(references: Reference[], explained: string, ownTitle: string, words: RelationWords, prefixes: PrefixTable): void {
  let edge = references.find((r) => r.relation === 'interprets');
  if (!edge) {
    const level = titleLevel(explained, prefixes);
    edge = { relation: 'interprets', title: explained, ...(level ? { level } : {}), sentence: ownTitle, paragraph: -1 };
    references.push(edge);
  }
  if (edge.docNumber) return;
  const verbs = words.narrativeVerbs ?? [];
  const issuedAs = references.findIndex((r) => {
    if (r.relation !== 'cites' || !r.docNumber || r.title || !r.docNumberRaw) return false;
    const after = r.sentence.slice(r.sentence.indexOf(r.docNumberRaw) + r.docNumberRaw.length).replace(/^文件/, '');
    return verbs.some((v) => after.startsWith(v));
  });
  if (issuedAs < 0) return;
  const [number] = references.splice(issuedAs, 1);
  Object.assign(edge, { docNumber: number.docNumber, docNumberRaw: number.docNumberRaw, ...(number.level ? { level: number.level } : {}) });
}

function titleLevel(title: string, prefixes: PrefixTable): Level | undefined {
  if (/^(中华人民共和国|国务院|国家|中共中央)/.test(title)) return 'national';
  const head = prefixes.heads.find((h) => h.region.length >= 2 && title.startsWith(h.region));
  return head?.level;
}

/**
 * A title cited once with its number and once without is one document: give the bare mention
 * the number too (《夏县大面积停电事件应急预案》 revised, then (夏政办函〔2022〕27号) repealed).
 */
function numberTitles(references: Reference[], order: RelationKind[]): Reference[] {
  const numbered = new Map(references.filter((r) => r.docNumber && r.title).map((r) => [r.title!, r]));
  const out: Reference[] = [];
  // One reference a target, where it is first named, with the relation first in `order` (依据 in
  // the preamble, 同时废止 at the end: repealed), and that relation's sentence.
  const at = new Map<string, number>();
  const rank = (r: Reference) => (r.relation === 'cites' ? order.length : order.indexOf(r.relation));
  for (const ref of references) {
    const withNumber = !ref.docNumber && ref.title && numbered.get(ref.title);
    const r = withNumber ? { ...ref, docNumber: withNumber.docNumber, docNumberRaw: withNumber.docNumberRaw, level: withNumber.level } : ref;
    const key = r.docNumber ?? r.title ?? '';
    const k = at.get(key);
    if (k === undefined) {
      at.set(key, out.length);
      out.push(r);
    } else if (rank(r) < rank(out[k])) out[k] = { ...r, title: r.title ?? out[k].title };
  }
  return out;
}

/**
 * @example createExtractReferences()(doc).references
 *   // [{ relation: 'repeals', docNumber: '夏政发〔2016〕66号', title: '夏县健全重大行政决策机制实施办法', sentence: '…同时废止。' }]
 */
export function createExtractReferences(options: ExtractReferencesOptions = {}): (doc: GazetteDocument) => GazetteDocument {
  const words = options.words ?? loadDataJson<RelationWords>('relation-words.json');
  const prefixes = options.prefixes ?? loadPrefixTable();
  const numberLabels = options.numberLabels ?? loadPageNoise().numberLabels;
  const shortForm = new RegExp(`^(?:${words.shortFormModifiers.join('|')})*$`);
  const citable = (title: string) => {
    const t = compact(title).replace(/[（(][^（()）]*[）)]$/, '');
    const endings = words.citableEndings.filter((e) => t.endsWith(e));
    // A law goes by its short name (《公路法》, 《森林法》): three characters are a title when they end in 法.
    return (title.length >= 4 || (t.length === 3 && t.endsWith('法'))) && endings.length > 0 && !endings.some((e) => shortForm.test(t.slice(0, -e.length)));
  };

  return (doc) => {
    const own = new Set([doc.docNumber].filter(Boolean));
    // What the document issues: its instrument, the title its own title names, the texts it attaches.
    const attached = new Set(doc.attachments.map((a) => compact(a.title)));
    const issued = new Set([doc.instrumentTitle, doc.title.match(/《([^》]+)》/)?.[1]].filter(Boolean).map((t) => compact(t!)).concat([...attached]));
    const ownTitle = compact(doc.title);
    const ownKey = titleKey(doc.title);
    // A 政策解读 page explains the document its own title names (关于《某决定》的解读; interpretation.ts).
    const explained = explainedTitle(ownTitle, citable);
    // An interpretation or a drafting note reports what the document it explains repeals or
    // revises: it does neither itself.
    const reported = (relation: RelationKind): RelationKind => (explained !== undefined && REPORTED_ACTS.includes(relation) ? 'cites' : relation);
    const references: Reference[] = [];
    const seen = new Set<string>();
    const add = (ref: Reference) => {
      const key = `${ref.relation}|${ref.docNumber ?? ''}|${ref.docNumber ? '' : ref.title ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      references.push(ref);
    };

    const shortNames = shortNamesOf(doc.paragraphs.map((p) => p.text));
    const ownNumbers = (sentence: string) => (own.size === 0 ? [] : findDocNumbers(sentence, prefixes).filter((n) => own.has(n.canonical)));
    // The one organ a reply goes to (你委《关于…的请示》 is its request).
    const to = compact(doc.recipients ?? '');
    const addressee = to && !/[、，,；;]/.test(to) && isIssuerName(to) ? to : undefined;
    // The relation a heading gives the items listed under it (二、制定依据 / 1、《某办法》), until the next heading.
    let listed: RelationKind | undefined;
    // Items a lead-in sentence announced (决定废止以下规章：) run to the first paragraph that is no item.
    let itemsOnly = false;
    doc.paragraphs.forEach((paragraph, index) => {
      const heading = listHeading(paragraph.text, words);
      if (heading) [listed, itemsOnly] = [heading.relation, false];
      else if (itemsOnly && !ITEM_NUMBER.test(compact(paragraph.text))) [listed, itemsOnly] = [undefined, false];
      const leadIn = heading ? undefined : listLeadIn(paragraph.text, words);
      const headings = headingNumbers(paragraph.text, numberLabels, prefixes);
      // An item's own reference is the first it names (1 关于某事的通知 某发〔2000〕65号 说明…): what its
      // explanation cites after it is not listed.
      let itemOpen = !heading && listed !== undefined;
      for (const sentence of splitSentences(paragraph.text)) {
        const found: Array<{ at: number; ref: Reference }> = [];
        const numbers = findDocNumbers(sentence, prefixes).filter((n) => !own.has(n.canonical) && !headings.has(n.canonical));
        const used = new Set<FoundDocNumber>();
        // A title whose 《 a page lost counts too when it reads as one (2.某办公室关于…的通知》(某发〔2018〕10号)).
        // Every title closes with 》: most sentences hold none, and are not scanned for one.
        const unopened = sentence.includes('》') ? unopenedTitle(sentence) : undefined;
        const titles = !sentence.includes('》') ? [] : unopened && citable(unopened.title) ? [unopened, ...outerTitles(sentence)] : outerTitles(sentence);
        const masked = titles.length > 0 ? maskTitles(sentence) : sentence;
        // Where the last title the notice issues ends: the titles listed right after it are issued too
        // (现将《甲办法》、《乙办法》和《丙细则》印发给你们).
        let issuedEnd = -1;
        for (const { title: printed, start, end } of titles) {
          if (printed.length < 2 || printed.length > MAX_TITLE) continue;
          // A short name the text gave a document (《通用目录》 for 《某市…通用目录》) is that document;
          // an organ printed before a title that opens with 关于 is the title's (国务院《关于…的规定》).
          const short = shortNames.get(compact(printed));
          const title = short ?? (printed.startsWith('关于') ? `${organBefore(sentence, start, addressee)}${printed}` : printed);
          if (title !== printed && issued.has(compact(title))) continue;
          // A number in brackets right after the title belongs to it: 《…》（稷政办发〔2021〕37号）, a
          // rule's date and verb of issue around it too (《…》（2016年12月1日某市人民政府令第2号发布）).
          const number = numbers.find((n) => !used.has(n) && n.index >= end && (n.index - end <= 2 || datedInBracket(sentence, end, n)));
          // Its own number after it (an attached form's 根据《本细则》（本号）) makes it the document itself.
          if (!number && ownNumbers(sentence).some((n) => n.index >= end && n.index - end <= 2)) continue;
          if (number) used.add(number);
          // A title its own clause repeals (原2007年印发的《某预案》同时废止) is the predecessor of the one
          // issued, however alike their names: never the instrument.
          const repealedHere = words.repeals.after.some((w) => clauseOf(masked, start, end).after.includes(w));
          // A document forwarded (现将《某省…的通知》转发给你们) is another authority's, never the instrument.
          const forwarded = words.forwardVerbs.some((v) => masked.slice(end).includes(v));
          const listedAfterIssued = issuedEnd >= 0 && /^[、，,和及与以\s]*$/.test(sentence.slice(issuedEnd, start));
          const isIssued =
            !number &&
            !repealedHere &&
            !forwarded &&
            words.instrumentVerbs.some((v) => masked.includes(v)) &&
            (issued.has(compact(title)) || ownTitle.includes(compact(title).replace(/[（(][^（()）]*[）)]$/, '')) || listedAfterIssued);
          if (isIssued) issuedEnd = end;
          if (!number && (!citable(title) || isIssued)) continue;
          const stop = number ? number.index + number.length : end;
          // A revising act (根据…《关于修改〈某条例〉的决定》修正) revised the citing text: it is never revised
          // by it, nor repealed by a verb later in a rule's history (…《关于修改〈甲〉的决定》第一次修正，…的《甲》同时废止).
          const act = isRevisingAct(compact(title), words);
          const amended = act && words.revises.after.some((w) => clauseOf(masked, start, stop).after.includes(w));
          const skip: RelationKind[] = act ? (amended ? ['revises', 'repeals'] : ['revises']) : [];
          const relation = explained !== undefined && compact(title) === explained ? 'interprets' : reported(relationOf(masked, start, stop, words, skip));
          // The document's own title is no reference (a decree above it quotes it: 《…关于废止〈某规定〉的
          // 决定》已经…通过), nor a text it attaches (附件：某办法), but for the edition before it, repealed
          // (or, an attached text, revised) by the same name.
          if (!number && relation !== 'repeals' && titleKey(title) === ownKey) continue;
          if (!number && relation !== 'repeals' && relation !== 'revises' && attached.has(compact(title))) continue;
          found.push({
            at: start,
            ref: {
              relation,
              ...(number ? { docNumber: number.canonical, docNumberRaw: number.raw, level: number.level } : {}),
              title: compact(title),
              ...(!number && titleLevel(title, prefixes) ? { level: titleLevel(title, prefixes) } : {}),
              sentence,
              paragraph: index,
              ...untilOf(relation, sentence, stop),
            },
          });
        }
        for (const number of numbers) {
          if (used.has(number)) continue;
          const relation = reported(relationOf(masked, number.index, number.index + number.length, words));
          found.push({
            at: number.index,
            ref: {
              relation,
              docNumber: number.canonical,
              docNumberRaw: number.raw,
              level: number.level,
              sentence,
              paragraph: index,
              ...untilOf(relation, sentence, number.index + number.length),
            },
          });
        }
        found.sort((a, b) => a.at - b.at);
        if (itemOpen && found.length > 0) {
          const first = found[0].ref;
          if (first.relation === 'cites') first.relation = listed!;
          const number = !first.title ? numbers.find((n) => n.canonical === first.docNumber) : undefined;
          const bare = number ? bareItemTitle(sentence, number) : undefined;
          if (bare) first.title = bare;
          itemOpen = false;
        }
        for (const { ref } of found) add(ref);
      }
      if (leadIn) [listed, itemsOnly] = [leadIn, true];
    });
    if (explained !== undefined) explainedEdge(references, explained, doc.title, words, prefixes);
    return { ...doc, references: numberTitles(references, words.targetOrder ?? words.priority) };
  };
}
