/**
 * @module ingest/stages/self-named-kind
 * The 文种 of a document whose page prints no title, from what its own text calls it:
 * - an instrument's body names itself (本预案适用于…, 特制定本办法, 本整改方案): that kind — unless the text
 *   hands an instrument on (印发给你们, 现转发, 予以印发): then it is the notice issuing it, and the 本预案
 *   of its request (请根据本预案的要求…) is the plan's, not the notice's;
 * - a publicity notice says it publishes now (现予公示, 现予以公示, 特此公示, 现将…予以公示, 公示如下): 公示;
 * - a circular says it circulates now (现将…予以通报, 现将…通报如下, 特此通报): 通报.
 * - a notice says it notifies now (现将有关事项通知如下, 特将…通知如下, 现就…通知如下, 特此通知): 通知;
 * - an opinion says it gives its opinions now (提出如下实施意见, 提出以下意见): 意见;
 * - an announcement says it announces now (现就有关事项通告如下, 现通告如下, 特通告如下, 特此通告 → 通告; 现公告如下,
 *   特此公告, 现发布…公告 → 公告), a decision that it decides now (现决定如下): that kind.
 * Words inside 《》 or “” are another document's (《某办法》“本办法所称…”) and are left out; so are the
 * instructions that something be published (各地要予以公示: no 现 / 特此). Words in
 * data/document-grammar.json (`selfNamedKinds`). Pure.
 */
import { loadDataJson } from '../../src/domain/load-data';
import { compact } from '../../src/text/normalize';

interface SelfNamedWords {
  /** 文种 an instrument's body calls itself by (本预案, 本办法). */
  instruments: string[];
  /** Words between 本 and the kind (本整改方案, 本实施细则): a closed list, 本县 naming a place. */
  instrumentModifiers: string[];
  /** Characters that make a word with the 本 after them (基本制度, 根本规定): no self-reference. */
  wordsEndingIn本: string[];
  /** Verbs of a notice that hands an instrument on: the text is then that notice. */
  issueVerbs: string[];
  /** 文种 an announcement names as made now, each with the phrases that make it. */
  announced: Record<string, string[]>;
}

interface Rules {
  instrument: RegExp;
  issue: RegExp;
  announced: [string, RegExp][];
}

let compiled: Rules | undefined;

function rules(): Rules {
  if (compiled) return compiled;
  const w = loadDataJson<{ selfNamedKinds: SelfNamedWords }>('document-grammar.json').selfNamedKinds;
  const kinds = [...w.instruments].sort((a, b) => b.length - a.length).join('|');
  compiled = {
    instrument: new RegExp(`(?<![${w.wordsEndingIn本.join('')}])本(?:${w.instrumentModifiers.join('|')})?(${kinds})`, 'g'),
    // 现将《某预案》印发给你们 / 现予印发 / 予以转发 / 现转发: a notice issuing what it names.
    issue: new RegExp(`(?:现予|予以|现将|现|特)(?:${w.issueVerbs.join('|')})|(?:${w.issueVerbs.join('|')})给`),
    announced: Object.entries(w.announced).map(([kind, phrases]) => [kind, new RegExp(phrases.join('|'))]),
  };
  return compiled;
}

/** How many paragraphs from the start the self-reference is looked for in. */
const LOOK_PARAGRAPHS = 40;

/** The text with what 《》 and “” quote (another document's words) taken out. */
function unquoted(text: string): string {
  return text.replace(/《[^《》]*》/g, '').replace(/[“"][^“”"]*[”"]/g, '');
}

/**
 * @example selfNamedKind(['为做好全乡防汛工作……', '本预案适用于全乡范围内突发性防汛的应急处置。']) // '预案'
 * @example selfNamedKind(['……拟确定为湖州市、宁波市。', '现予公示，公示期为5月12日-5月18日。']) // '公示'
 * @example selfNamedKind(['经研究，制定《某镇总体应急预案》，现印发给你们，请根据本预案的要求执行。']) // undefined
 */
export function selfNamedKind(paragraphs: string[]): string | undefined {
  const r = rules();
  const text = unquoted(paragraphs.slice(0, LOOK_PARAGRAPHS).map(compact).join('\n'));
  if (r.issue.test(text)) return undefined;
  const announced = announcedIn(text);
  if (announced) return announced;
  // The kind the body calls itself by most often (本预案 … 本预案 … 本办法所称 in a 预案 quoting none).
  const counts = new Map<string, number>();
  for (const m of text.matchAll(r.instrument)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The kind a text announces itself as now (现通告如下, 特此公告, 特此通报), else undefined. */
function announcedIn(text: string): string | undefined {
  return rules().announced.find(([, phrase]) => phrase.test(text))?.[0];
}

/**
 * Only the kind a text announces itself as (现通告如下, 特此公告) — not an instrument's 本办法 — for a
 * page whose title is a stand-in (a news headline, a first line): what the text says it is now
 * outweighs a word its stand-in ends with (…采取交通管理措施, 某网景观规划). Undefined for a notice
 * that hands an instrument on (印发给你们), whose kind its title gives.
 *
 * @example announcedKind(['……决定于10月1日至10月8日，对部分道路采取交通管理措施。现通告如下：']) // '通告'
 */
export function announcedKind(paragraphs: string[]): string | undefined {
  const text = unquoted(paragraphs.slice(0, LOOK_PARAGRAPHS).map(compact).join('\n'));
  return rules().issue.test(text) ? undefined : announcedIn(text);
}
