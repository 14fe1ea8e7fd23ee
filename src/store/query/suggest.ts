/**
 * @module store/query/suggest
 * Search-as-you-type: what a box offers after two characters — document numbers (稷政办发2022
 * offers 稷政办发〔2022〕31号, 32号 …), titles, offices (人社 → 县人社局) and matters
 * (被征地农民养老保险补贴). Titles and numbers come from the search backend (one small search per
 * keystroke pause); offices and matters from lists the caller keeps per store revision.
 */
import type { Suggestion } from '../../model';
import type { SearchBackend } from '../search-backend';

export type { Suggestion, SuggestionKind } from '../../model';

/** A number as typed while typing: prefix, year and the start of a serial, brackets optional. */
export interface PartialNumber {
  prefix: string;
  year: string;
  serial: string;
}

/**
 * Reads a number being typed: 稷政办发2022, 稷政办发〔2022〕3, 稷政办发(2022)31号.
 *
 * @example partialNumber('稷政办发2022') // { prefix: '稷政办发', year: '2022', serial: '' }
 */
export function partialNumber(text: string): PartialNumber | undefined {
  const match = /^\s*(\p{Script=Han}{2,12}?)\s*[〔（(\[【［﹝]?\s*((?:19|20)\d{2})\s*(?:[〕）)\]】］﹞]\s*)?(\d{0,4})\s*[号號]?\s*$/u.exec(text.normalize('NFKC'));
  if (!match) return undefined;
  return { prefix: match[1], year: match[2], serial: match[3] };
}

/** The serial of a canonical number (稷政办发〔2022〕31号 → 31), for ordering. */
function serialOf(docNumber: string): number {
  return Number(/〕(\d+)号$/.exec(docNumber)?.[1] ?? Number.MAX_SAFE_INTEGER);
}

export interface SuggestSources {
  search: Pick<SearchBackend, 'search'>;
  /** Offices with their aliases (kept by the caller per store revision). */
  units: () => Array<{ id: string; name: string; aliases: string[]; county?: string }>;
  /** Distinct matters of duties, most often named first. */
  matters: () => string[];
}

const PER_KIND = { number: 8, title: 5, unit: 5, matter: 5 } as const;

/**
 * Suggestions for what is typed so far; nothing for fewer than two characters.
 *
 * @example await suggest('人社', sources) // [{ kind: 'unit', text: '县人力资源和社会保障局', note: '稷山县 · 又称 县人社局' }, …]
 */
export async function suggest(typed: string, sources: SuggestSources): Promise<Suggestion[]> {
  const text = typed.trim();
  if ([...text].length < 2) return [];
  const out: Suggestion[] = [];
  const number = partialNumber(text);
  if (number) {
    const { hits } = await sources.search.search({ q: `${number.prefix} ${number.year}`, limit: 100 });
    const head = `${number.prefix}〔${number.year}〕${number.serial}`;
    const seen = new Set<string>();
    for (const hit of hits.filter((one) => one.docNumber?.startsWith(head)).sort((a, b) => serialOf(a.docNumber!) - serialOf(b.docNumber!))) {
      if (seen.has(hit.docNumber!) || seen.size >= PER_KIND.number) continue;
      seen.add(hit.docNumber!);
      out.push({ kind: 'number', text: hit.docNumber!, id: hit.id, note: hit.title });
    }
  } else {
    const { hits } = await sources.search.search({ q: text, limit: PER_KIND.title });
    for (const hit of hits) out.push({ kind: 'title', text: hit.title, id: hit.id, note: hit.docNumber });
  }
  const needle = text.replace(/\s+/g, '');
  const units = sources.units().filter((unit) => unit.name.includes(needle) || unit.aliases.some((alias) => alias.includes(needle)));
  for (const unit of units.slice(0, PER_KIND.unit)) {
    const aliases = unit.aliases.filter((alias) => alias !== unit.name).slice(0, 2);
    out.push({ kind: 'unit', text: unit.name, id: unit.id, note: [unit.county, aliases.length ? `又称 ${aliases.join('、')}` : ''].filter(Boolean).join(' · ') || undefined });
  }
  for (const matter of sources.matters().filter((one) => one.includes(needle)).slice(0, PER_KIND.matter)) out.push({ kind: 'matter', text: matter });
  return out;
}
