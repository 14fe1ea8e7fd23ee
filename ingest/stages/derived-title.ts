/**
 * @module ingest/stages/derived-title
 * A title for a document whose page prints none (an excerpt that opens at the 主送机关 or the
 * first sentence), written the way such documents are titled, from what the text itself says it
 * is — never the first sentence, which a results list would show as the title:
 * - a notice that issues or forwards an instrument (现将《某预案》印发给你们, 经研究，制定《某预案》，
 *   现印发给你们, 《某规定》业经…通过，现印发给你们): 关于印发《某预案》的通知;
 * - a decision that amends what it names (某会议决定对《某条例》作如下修改): 关于修改《某条例》的决定;
 * - an interpretation (现就《某决定》的有关情况说明如下; or 一、制定背景 … 起草《某决定》（以下简称
 *   《决定》）): 关于《某决定》的解读.
 * Undefined when the text says neither; read-document.ts then falls back to the first line, and
 * both say in the record's messages that the page printed no title. Words in data/document-grammar.json
 * (`derivedTitles`). Pure.
 */
import { findDates } from '../../src/domain/dates';
import { isIssuerName, loadDocumentGrammar, namesPlace } from '../../src/domain/grammar';
import { loadDataJson } from '../../src/domain/load-data';
import { outerTitles } from '../../src/text/book-titles';
import { compact } from '../../src/text/normalize';

interface DerivedTitleWords {
  /** A promulgation's verbs: the meeting adopted (通过) the law named first, then it is published or in force (公布, 施行). */
  adoptVerbs: string[];
  promulgateVerbs: string[];
  /** Verbs of a notice that hands an instrument on (印发, 转发, 批转). */
  issueVerbs: string[];
  /** What follows such a verb when it addresses the recipients (给你们), or precedes it (现予). */
  issueAddress: string[];
  issueNow: string[];
  /** What an interpretation announces (说明如下, 解读如下). */
  explainEnds: string[];
  /** 现对《X》进行政策解读: an explanation announced now (explainNow) by its verb (explainVerbs); 要…进行解读 instructs. */
  explainNow: string[];
  explainVerbs: string[];
  /** A reply's verb before 如下 and the kind it makes the reply (批复 → 批复, 函复 → 复函). */
  replyKinds: Record<string, string>;
  /** What a request a reply received is (申请, 请示): 就<matter>的申请收悉 names it by its matter. */
  requestWords: string[];
  /** Who made the suggestion a reply answers did so (您提出的…, 所提…), and what it is (建议, 提案). */
  proposalVerbs: string[];
  proposalKinds: string[];
  /** Words a purpose's or a basis's clause opens with (为, 根据): it says no matter decided. */
  clauseOpeners: string[];
  /** Words a decision's clause opens with (经研究, 决定): no part of the matter. */
  decisionWords: string[];
  /** Headings an interpretation opens with (制定背景, 起草过程 …), after their 一、. */
  interpretationHeadings: string[];
  /** What a page calling for comments on a draft says (征求意见): the draft it names is the page's document. */
  draftCalls: string[];
  /** A decision's verbs of repeal before the list of what it repeals (予以废止 → 废止, 宣布失效), and the title's verb for each. */
  repealVerbs: Record<string, string>;
  /** 文种 an announcement names before 如下 (通告, 公告 …). */
  announceKinds: string[];
  /** 文种 an announcement makes now of what it names, with no 如下 (现将某名单予以公示, 现将…予以通报). */
  announcedNowKinds: string[];
  /** Where an announcement is made (在全市范围内, 向社会): no part of its matter. */
  announceScopes: string[];
  /** Verbs that publish what is announced (公布, 发布): the 文种 is then the one the text calls itself. */
  publishVerbs: string[];
  /** Words between the matter and the verb that are no part of the matter (集中, 予以). */
  announceAdverbs: string[];
  /** What opens a clause that says what is decided or planned (决定…, 拟…): a sentence before an announcement may name its matter so. */
  decidedMarks: string[];
  /** What minutes say before their record (纪要如下), and the verbs that convene the meeting they name (召开). */
  minutesEnds: string[];
  convenedVerbs: string[];
  /** What closes a decision's sentence that amends the instruments it names (决定对《X》作如下修改). */
  amendEnds: string[];
}

interface Rules {
  /** 《X》已由…通过，现予公布，自…起施行: the sentence promulgating X, X captured. */
  promulgated: RegExp;
  issue: RegExp;
  repeal: RegExp;
  repealVerbs: Record<string, string>;
  /** 决定对《X》作如下修改: the instruments an amending decision names, captured with their 《》. */
  amend: RegExp;
  explain: RegExp;
  heading: RegExp;
  reply: RegExp;
  /** The request a reply names by its matter: 就<matter>的申请收悉. */
  requestMatter: RegExp;
  /** 您提出的“关于…的建议” / 提出的《…》 / 提出的关于…的提案收悉: the suggestion a reply answers. */
  proposalQuoted: RegExp;
  proposalBare: RegExp;
  proposalName: RegExp;
  clauseOpener: RegExp;
  decision: RegExp;
  /** 现就/现将 <matter> [有关事项] [集中] <kind or verb> 如下. */
  announce: RegExp;
  /** 现将 <matter> 予以/进行 <公示 or 通报>: made now, without 如下. */
  announceNow: RegExp;
  /** 现发布 <a title ending in a kind>. */
  publishWhole: RegExp;
  /** 本通告, 本公告: the 文种 a text calls itself. */
  selfKind: RegExp;
  draftCall: RegExp;
  draftMarks: string[];
  decided: RegExp;
  /** 召开<meeting>会议，现纪要如下: the meeting minutes record. */
  minutes: RegExp;
  kinds: Set<string>;
  replyKinds: Record<string, string>;
}

/** How far into the text the sentence that says what the document is may stand. */
const LOOK_ROWS = 8;

let compiled: Rules | undefined;

function rules(): Rules {
  if (compiled) return compiled;
  const w = loadDataJson<{ derivedTitles: DerivedTitleWords }>('document-grammar.json').derivedTitles;
  const verbs = w.issueVerbs.join('|');
  const repealVerbs = Object.keys(w.repealVerbs).sort((a, b) => b.length - a.length).join('|');
  compiled = {
    promulgated: new RegExp(`^《([^《》]{2,80})》(?:已于|已经|已由|经|业经|于)[^《》。；]*?(?:${w.adoptVerbs.join('|')})[^《》。；]*?(?:${w.promulgateVerbs.join('|')})`),
    // 印发给你们 / 现予印发 / 予以转发: the verb that hands the instrument named before it on.
    issue: new RegExp(`(?:(?:${w.issueNow.join('|')})(${verbs})|(${verbs})(?:${w.issueAddress.join('|')}))`),
    explain: new RegExp(`(?:(?:${w.explainEnds.join('|')})|(?:^|[，,])(?:${w.explainNow.join('|')})[^，,。；;]*(?:${w.explainVerbs.join('|')}))[:：]?$`),
    // 决定对以下2件市政府规章予以废止： / 决定废止下列规章： — a decision announcing the list it repeals.
    repeal: new RegExp(`决定(?:对)?(?:(以下|下列)((?:\\d+|[一二三四五六七八九十百]+)件)?([^，,。；;：:]{2,20}?)(${repealVerbs})|(${repealVerbs})(?:以下|下列)((?:\\d+|[一二三四五六七八九十百]+)件)?([^，,。；;：:]{2,20}?))[:：]?$`),
    repealVerbs: w.repealVerbs,
    amend: new RegExp(`决定对((?:《[^《》]+》[、和及与]?)+)(?:的?部分(?:条款|内容))?(?:${w.amendEnds.join('|')})`),
    heading: new RegExp(`^[一二三四五六七八九十]+[、.．]\\s*(?:${w.interpretationHeadings.join('|')})`),
    reply: new RegExp(`(${Object.keys(w.replyKinds).join('|')})如下`),
    requestMatter: new RegExp(`就(.{4,80}?)的?(?:${w.requestWords.join('|')})(?:已)?收悉`),
    proposalQuoted: new RegExp(`(?:${w.proposalVerbs.join('|')})(?:了|的)?(?:第\\d+号)?[“"《]([^“”"《》]{4,80})[”"》]`),
    proposalBare: new RegExp(`(?:${w.proposalVerbs.join('|')})的(关于[^，,。；;：:“”"《》]{2,80}?的(?:${w.proposalKinds.join('|')}))(?=已?收悉|[，,])`),
    proposalName: new RegExp(`^关于|(?:${w.proposalKinds.join('|')})$`),
    clauseOpener: new RegExp(`^(?:${w.clauseOpeners.join('|')})`),
    decision: new RegExp(`^(?:${w.decisionWords.join('|')})`),
    replyKinds: w.replyKinds,
    announce: new RegExp(
      `现(?:就|将|对)(.{2,60}?)(?:的?有关(?:事项|事宜|问题|情况))?(?:${w.announceAdverbs.join('|')})?(${[...w.announceKinds, ...w.publishVerbs].join('|')})如下(?:[:：]|$)`,
    ),
    announceNow: new RegExp(`现将(.{2,80}?)(?:${w.announceScopes.join('|')})?(?:予以|进行)(${w.announcedNowKinds.join('|')})(?:[，,:：]|$)`),
    publishWhole: new RegExp(`现(?:予)?发布(.{2,40}(?:${w.announceKinds.join('|')}))$`),
    selfKind: new RegExp(`本(${w.announceKinds.join('|')})`),
    kinds: new Set(w.announceKinds),
    draftCall: new RegExp(w.draftCalls.join('|')),
    draftMarks: loadDataJson<{ draftMarks: string[] }>('validity-phrases.json').draftMarks,
    decided: new RegExp(`^(?:${w.decidedMarks.join('|')})`),
    minutes: new RegExp(`(?:${w.convenedVerbs.join('|')})了?([^，,。；;：:《》]{2,40}?会议)[，,。：:]?现?(?:${w.minutesEnds.join('|')})`),
  };
  return compiled;
}

/**
 * @example derivedTitle(['各乡镇人民政府：', '《某县森林火灾应急预案》已经县政府同意，现予印发，请认真贯彻执行。'], [0, 1])
 *   // '关于印发《某县森林火灾应急预案》的通知'
 */
export function derivedTitle(lines: string[], rows: number[]): string | undefined {
  const r = rules();
  const texts = rows.slice(0, LOOK_ROWS).map((i) => compact(lines[i]));
  const interpretation = texts.some((t) => r.heading.test(t));
  // A reply: the request named as received (你市《关于…的请示》…收悉), then 批复如下 (函复如下: a 复函).
  const announced = texts.map((t) => r.reply.exec(t)?.[1]).find((v) => v !== undefined);
  const replies = announced !== undefined;
  const replyKind = announced !== undefined ? r.replyKinds[announced] : undefined;
  // A text opening with the sentence that promulgates it (《某条例》已由…通过，现予公布) is that law —
  // unless the sentence hands it on (…通过，现印发给你们: a notice, read below).
  const first = texts[0]?.split(/[。；！？]/)[0] ?? '';
  const promulgated = r.promulgated.exec(first);
  if (promulgated && !r.issue.test(first)) return promulgated[1];
  for (const text of texts) {
    for (const sentence of text.split(/[。；！？]/)) {
      const issued = r.issue.exec(sentence);
      if (issued) {
        const titles = titlesBefore(sentence, issued.index);
        if (titles) return `关于${issued[1] ?? issued[2]}${wholeName(sentence, issued.index, titles)}的通知`;
      }
      // A decision amending what it names (某会议决定对《某条例》作如下修改：): 关于修改《某条例》的决定.
      const amended = r.amend.exec(sentence);
      if (amended) return `关于修改${amended[1].replace(/[、和及与]$/, '')}的决定`;
      // A decision announcing the list it repeals: 关于废止2件市政府规章的决定.
      const repealed = r.repeal.exec(sentence);
      if (repealed) {
        const verb = r.repealVerbs[repealed[4] ?? repealed[5]];
        return `关于${verb}${repealed[2] ?? repealed[6] ?? ''}${repealed[3] ?? repealed[7]}的决定`;
      }
      const received = replies ? sentence.indexOf('收悉') : -1;
      if (received > 0) {
        const request = lastTitleBefore(sentence, received);
        if (request) return `关于《${request}》的${replyKind}`;
        // Named by its matter (你单位就某项目压覆矿产资源的申请收悉).
        const matter = r.requestMatter.exec(sentence)?.[1];
        if (matter && !/[《》]/.test(matter)) return `关于${matter}的${replyKind}`;
      }
      // A deputy's suggestion or a member's proposal, named after whoever made it (您提出的“关于…的建议”收悉).
      const proposal = replyKind === '答复' ? proposalAnswered(sentence, r) : undefined;
      if (proposal) return `关于《${proposal}》的答复`;
      const short = sentence.search(/[（(]以下简称/);
      if (r.explain.test(sentence) || (interpretation && short > 0)) {
        // The document a sentence names for short (起草《某决定》（以下简称《决定》）) is its subject.
        const title = short > 0 ? lastTitleBefore(sentence, short) : outerTitles(sentence)[0]?.title;
        if (title) return `关于《${title}》的解读`;
      }
    }
  }
  return draftCalledFor(texts, r) ?? minutesOf(texts, r) ?? announcement(texts, () => rows.map((i) => lines[i]).join('').match(r.selfKind)?.[1], r);
}

/**
 * The suggestion or proposal a reply answers, as the sentence names it after whoever made it:
 * quoted (您提出的“关于…的建议”, 提出的《关于…的建议》，已交由我单位办理) — a quoted name only when it
 * opens with 关于 or ends in a kind of proposal (提出的“三个一”要求 names none) — or bare up to
 * 收悉 or a comma (您提出的关于…的建议收悉). Undefined when the sentence names none so.
 */
function proposalAnswered(sentence: string, r: Rules): string | undefined {
  const quoted = r.proposalQuoted.exec(sentence)?.[1];
  if (quoted && r.proposalName.test(quoted)) return quoted;
  return r.proposalBare.exec(sentence)?.[1];
}

/** Minutes that open by naming the meeting they record (主持召开区政府第1次常务会议，现纪要如下): 区政府第1次常务会议纪要. */
function minutesOf(texts: string[], r: Rules): string | undefined {
  for (const text of texts) {
    const meeting = r.minutes.exec(text)?.[1];
    if (meeting) return `${meeting}纪要`;
  }
  return undefined;
}

/**
 * The date of the meeting minutes record, when their opening sentence gives it before naming the
 * meeting (2017年1月10日上午，…主持召开区政府2017年度第1次常务会议，现纪要如下): minutes are dated
 * by their meeting, and a page that prints no date below them still says it there. Undefined when
 * no sentence names the meeting recorded, or none dates it before doing so.
 *
 * @example meetingDate(['2017年1月10日上午，区长主持召开区政府第1次常务会议，现纪要如下：']) // '2017-01-10'
 * @example meetingDate(['会议于2017年1月10日召开。']) // undefined
 */
export function meetingDate(paragraphs: string[]): string | undefined {
  const r = rules();
  for (const text of paragraphs.slice(0, LOOK_ROWS).map(compact)) {
    const meeting = r.minutes.exec(text);
    if (meeting) return findDates(text.slice(0, meeting.index))[0]?.iso;
  }
  return undefined;
}

/**
 * The draft a page calling for comments names (起草形成了《某举措（征求意见稿）》…现向社会公开征求意见),
 * or undefined: a title holding a draft's mark, in a text that calls for comments.
 */
function draftCalledFor(texts: string[], r: Rules): string | undefined {
  if (!texts.some((t) => r.draftCall.test(t))) return undefined;
  for (const text of texts) {
    if (!text.includes('》')) continue;
    const draft = outerTitles(text).find((t) => r.draftMarks.some((mark) => t.title.includes(mark)));
    if (draft) return draft.title;
  }
  return undefined;
}

/**
 * The title an announcement says it has: 现就禁止燃放烟花爆竹有关事项通告如下 → 关于禁止燃放烟花爆竹的
 * 通告; 现将清理结果公布如下 in a text calling itself 本公告 → 关于公布清理结果的公告; 现发布征收土地
 * 预公告 → 征收土地预公告. Undefined when no sentence of the first rows says so.
 */
function announcement(texts: string[], selfKind: () => string | undefined, r: Rules): string | undefined {
  for (const text of texts) {
    const sentences = text.split(/[。；！？]/);
    for (const [k, sentence] of sentences.entries()) {
      const whole = r.publishWhole.exec(sentence);
      if (whole) return whole[1];
      // 现将某名单予以公示 / 现将某责任人予以通报: made now of what it names, the 文种 its verb's.
      const now = r.announceNow.exec(sentence);
      if (now && !/[《》，,]/.test(now[1]) && !GENERIC_MATTER.test(now[1])) return `关于${now[1].replace(/^(?:有关|相关)/, '')}的${now[2]}`;
      const m = r.announce.exec(sentence);
      if (!m || /[《》，,]/.test(m[1])) continue;
      // 现就有关事项通知如下 names no matter: the clause before it may say what was decided.
      const matter = GENERIC_MATTER.test(m[1]) ? (decidedBefore(sentence, m.index, r) ?? decidedInSentenceBefore(sentences, k, m.index, r)) : m[1].replace(/^(?:有关|相关)/, '');
      if (!matter) continue;
      // 某县人社局面向社会公开招聘…，现将有关事项公告如下: the organ the decided clause opens with is the subject, and titles it.
      const organ = organOpening(matter);
      if (r.kinds.has(m[2])) return organ ? `${organ}关于${matter.slice(organ.length)}的${m[2]}` : `关于${matter}的${m[2]}`;
      const kind = selfKind();
      if (kind) return `关于${m[2]}${matter}的${kind}`;
    }
  }
  return undefined;
}

/** Shortest matter left after an organ's name for the organ to be its subject (面向社会公开招聘…). */
const MATTER_AFTER_ORGAN = 4;

/**
 * The organ's name a decided clause opens with (某县人力资源和社会保障局面向社会公开招聘…): the longest
 * head that is one organ's name holding a place; undefined for a clause opening with none.
 */
function organOpening(matter: string): string | undefined {
  for (let end = Math.min(matter.length - MATTER_AFTER_ORGAN, 30); end >= 4; end--) {
    const head = matter.slice(0, end);
    if (isIssuerName(head) && namesPlace(head)) return head;
  }
  return undefined;
}

/** A matter that names nothing (有关事项, 具体情况, 以下内容). */
const GENERIC_MATTER = /^(?:有关|相关|以下|具体|详细)?(?:事项|事宜|问题|情况|工作|内容)?$/;
/** The longest clause that stands for a decided matter in a derived title. */
const MATTER_CHARS = 50;

/**
 * The matter the clause before `at` says was decided (…，决定在全县范围内开展食品质量专项监测，现将
 * 有关事项通知如下): its decision words left out; undefined for a purpose or a basis (为…, 根据…), a
 * clause naming a title, or one too short or too long to be a matter.
 */
function decidedBefore(sentence: string, at: number, r: Rules): string | undefined {
  // Only a clause of the same sentence: a page that typed its full stops half-width (…禁放工作.现将…) ends one there too.
  const clause = sentence.slice(0, at).replace(/[，,：:]$/, '').split(/[，,：:]|(?<!\d)\.(?!\d)|[;!?]/).at(-1)?.replace(r.decision, '') ?? '';
  if (clause.length < 4 || clause.length > MATTER_CHARS || /[《》“”]/.test(clause) || r.clauseOpener.test(clause)) return undefined;
  return clause;
}

/**
 * An announcement standing as a sentence of its own (…，拟征收某村集体土地。现将有关情况公告如下): the
 * last clause of the sentence before it, when that clause says what is decided or planned (决定…,
 * 拟…) — a narrative clause (…取得了明显成效。) names no matter.
 */
function decidedInSentenceBefore(sentences: string[], k: number, at: number, r: Rules): string | undefined {
  if (k === 0 || sentences[k].slice(0, at).trim() !== '') return undefined;
  const before = sentences[k - 1];
  const clause = before.replace(/[，,：:]$/, '').split(/[，,：:]/).at(-1) ?? '';
  return r.decided.test(clause) ? decidedBefore(before, before.length, r) : undefined;
}

/**
 * The instrument's whole name when the 《》 is only part of it: 现将某市贯彻落实《某政策措施》实施方案印发给你们
 * names 某市贯彻落实《某政策措施》实施方案 — words of a 文种 (two characters or more) right before the verb,
 * and the words after 现将 before the 《》. Else the titles as named (现将《某办法》等文件印发: 等文件 is no name's end).
 */
function wholeName(sentence: string, at: number, titles: string): string {
  const named = outerTitles(sentence).filter((t) => t.end <= at);
  const tail = sentence.slice(named.at(-1)!.end, at);
  if (!/^[\u3400-\u9fff（）()—\-\d]{2,15}$/.test(tail) || !nameEnds().test(tail)) return titles;
  const start = named.find((t) => titles.startsWith(`《${t.title}》`) && sentence.slice(t.start).startsWith(`《${t.title}》`))?.start ?? named.at(-1)!.start;
  const head = /(?:现将|将|把)([^，,。；;、《》“”]{0,30})$/.exec(sentence.slice(0, start))?.[1] ?? '';
  return `${head}${titles}${tail}`;
}

let typeEnd: RegExp | undefined;
/** A 文种 of two characters or more ending the words (实施方案, 工作要点): the one-character 条/令/函 end too many words. */
function nameEnds(): RegExp {
  return (typeEnd ??= new RegExp(`(?:${loadDocumentGrammar().docTypes.filter((t) => t.length >= 2).join('|')})$`));
}

/** Joins between instruments issued together (《甲》《乙》, 《甲》和《乙》, 《甲》、《乙》). */
const TITLE_JOIN = /^[、和及与\s]*$/;

/**
 * The instruments named last before `at`, as printed (《甲》和《乙》): the last title, with those
 * joined to it — a notice may issue two at once.
 */
function titlesBefore(sentence: string, at: number): string | undefined {
  const before = outerTitles(sentence).filter((t) => t.end <= at);
  let first = before.length - 1;
  if (first < 0) return undefined;
  while (first > 0 && TITLE_JOIN.test(sentence.slice(before[first - 1].end, before[first].start))) first--;
  return before
    .slice(first)
    .map((t, k, all) => `${k > 0 ? sentence.slice(all[k - 1].end, t.start) : ''}《${t.title}》`)
    .join('');
}

function lastTitleBefore(sentence: string, at: number): string | undefined {
  return outerTitles(sentence).filter((t) => t.end <= at).at(-1)?.title;
}
