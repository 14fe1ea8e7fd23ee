/**
 * @module ingest/stages/interpretation
 * What an interpretation (政策解读, 答记者问, 起草说明) explains and who made it. An interpretation
 * is a document of its own: its title ends in one of relation-words `interpretationEndings`, and
 * - it explains the document its title names in 《》 (关于《某办法》的解读, 某局负责人就《某方案》
 *   答记者问, 一图读懂2023年《政府工作报告》: document-grammar `interpretationOpeners`), or, printed without 《》, the title before that ending when that is a title
 *   (某县某办法政策解读 → 某县某办法; 关于…的解读 without 《》 names no title for certain);
 * - it is made by the office that interprets: the one its 解读机关 field names (解读单位,
 *   解读部门: units.json role labels of `interprets`), or whose 负责人 answers the press
 *   (某局负责人就《X》答记者问; document-grammar `interviewSpeakers`), else the office that put the
 *   page up (发布机构) — 谁起草、谁解读. Never the organ of the document it explains: a county's
 *   解读 of 《国务院关于…的意见》 is the county office's. Pure.
 */
import { isIssuerName, titleTypeWord } from '../../src/domain/grammar';
import { loadDataJson } from '../../src/domain/load-data';
import { outerTitles } from '../../src/text/book-titles';
import { compact } from '../../src/text/normalize';

interface Words {
  endings: string[];
  openers: string[];
  speakers: string[];
  labels: string[];
}

let cached: Words | undefined;

function words(): Words {
  if (cached) return cached;
  const endings = loadDataJson<{ interpretationEndings: string[] }>('relation-words.json').interpretationEndings;
  const { interviewSpeakers: speakers, interpretationOpeners: openers } = loadDataJson<{ interviewSpeakers: string[]; interpretationOpeners: string[] }>('document-grammar.json');
  const roles = loadDataJson<{ roles: { labels: Record<string, string> } }>('units.json').roles.labels;
  const labels = Object.entries(roles).filter(([, role]) => role === 'interprets').map(([label]) => label);
  cached = { endings: [...endings].sort((a, b) => b.length - a.length), openers, speakers: [...speakers].sort((a, b) => b.length - a.length), labels };
  return cached;
}

/**
 * Whether a title is an interpretation's: it ends in an interpretation's ending (…政策解读,
 * …答记者问), or the explained title follows that word (文字解读《某县人民政府关于…的通知》).
 */
export function isInterpretationTitle(title: string): boolean {
  const t = compact(title);
  const head = t.replace(/《[^《》]*(?:《[^《》]*》[^《》]*)*》$/, '');
  return words().endings.some((e) => t.endsWith(e) || (head !== t && head.endsWith(e)));
}

/**
 * The title of the document an interpretation explains, or undefined for a title that is no
 * interpretation's or names none. `citable` says whether a bare remainder is a title.
 *
 * @example explainedTitle('关于《某县养犬管理办法》的解读', () => true) // '某县养犬管理办法'
 * @example explainedTitle('某县养犬管理办法政策解读', (t) => t.endsWith('办法')) // '某县养犬管理办法'
 */
export function explainedTitle(title: string, citable: (title: string) => boolean): string | undefined {
  const t = compact(title);
  const ending = words().endings.find((e) => t.endsWith(e));
  // 一图读懂《某报告》: a reading in pictures of the document it names, when its title ends in no 文种.
  if (!ending) return words().openers.some((w) => t.includes(w)) && !titleTypeWord(t) && t.endsWith('》') ? outerTitles(t).at(-1)?.title : undefined;
  const named = outerTitles(t)[0]?.title;
  if (named) return named;
  // 关于…的解读 printed without 《》: where the title's own 关于 ends is not known.
  const rest = t.slice(0, -ending.length).replace(/[的之]$/, '');
  return rest.length >= 4 && !rest.startsWith('关于') && citable(rest) ? rest : undefined;
}

/** The numbering a heading of its own opens with (三、解读机关：…). */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．](?!\d))/;

/**
 * The offices that made an interpretation, most trusted first: its 解读机关 fields, the organ whose
 * 负责人 answers the press in its title, the page's publisher. Names as printed (a bare 县政府办公室
 * is completed by the caller).
 *
 * @example interpreterNames('关于《某办法》的解读', ['解读机关：某县医疗保障局', '解读人：李明']) // ['某县医疗保障局']
 */
export function interpreterNames(title: string, lines: string[], publisher?: string): string[] {
  const { labels, speakers } = words();
  const names: string[] = [];
  const field = new RegExp(`^(?:${labels.join('|')})[：:]\\s*(.+)$`);
  for (const line of lines) {
    const value = field.exec(compact(line).replace(NUMBERING, ''))?.[1];
    const first = value?.split(/[、，,；;\s]+/)[0];
    if (first && isIssuerName(first)) names.push(first);
  }
  const t = compact(title);
  const speaker = speakers.map((s) => t.indexOf(s)).find((at) => at > 1);
  if (speaker !== undefined) {
    // The organ before 负责人, without a section of it the grammar knows no name for (某委地区司).
    const before = t.slice(0, speaker);
    for (let end = before.length; end >= 2; end--) {
      if (isIssuerName(before.slice(0, end))) {
        names.push(before.slice(0, end));
        break;
      }
    }
  }
  if (publisher && isIssuerName(compact(publisher))) names.push(compact(publisher));
  return names;
}
