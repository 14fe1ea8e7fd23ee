/**
 * @module ingest/stages/document-issuers
 * Who issued a document a text holds, from what its head printed (read-document.ts), in the order
 * of trust read-document's module comment gives: the 落款's organs, the organs its title names,
 * a red head's, a decree's, a field's, the organ a title without 关于 starts with, and last the
 * organ the text's opening sentence names as its subject (lead-issuer.ts).
 */
import { fullIssuerName, holdsNoOrganWord, isBareOrgan, isIssuerName, loadDocumentGrammar } from '../../src/domain/grammar';
import { completeOrgan, namesPlace, organOfRegion } from '../../src/domain/organ-place';
import type { DocumentFields } from '../../src/model';
import { toSimplified } from '../../src/text/fold-script';
import { compact } from '../../src/text/normalize';

/** What a head printed that names organs (read-document.ts TextHeader). */
export interface IssuerSources {
  signers: string[];
  titleIssuers: string[];
  headIssuers: string[];
  decreeIssuer?: string;
  titleOrgan?: string;
  recipients?: string;
  fields: DocumentFields;
  /** An interpretation's: the office that interprets (interpretation.ts), the weakest source. */
  interpreters?: string[];
  /** The organs the opening sentence names as its subject (上海市公安局决定于…。现通告如下): the last source. */
  leads?: string[];
}

/**
 * The issuing organs, in the order of trust the module comment gives. An organ a page printed
 * without its place (人民政府, 县人民政府办公室, 民政局) takes its full name from another source,
 * the number's region (晋政发 → 山西省; 梁政办发 → the 梁山县 the text names) or an organ
 * printed elsewhere in the text (a 版记, the head); one still bare is no issuer — the next source
 * is asked, and when none is left the document has none rather than a wrong one, and `bare`
 * says what was printed.
 */
export function chooseIssuers(header: IssuerSources, fields: DocumentFields, regionOf: (organ: string) => string | undefined, lines: string[]): { issuers: string[]; bare?: string } {
  // A field that names the site rather than an organ (发文机构：县政府网站) states no issuer.
  const field = fields.issuingBody?.trim() || header.fields.issuingBody?.trim();
  const stated = field && !holdsNoOrganWord(field) ? field : undefined;
  const weakest = header.titleOrgan ? [header.titleOrgan] : [];
  const decree = header.decreeIssuer ? [header.decreeIssuer] : [];
  // An interpreter stands for the whole list of interpreters: the first that is a full name wins.
  const interpreters = (header.interpreters ?? []).map((n) => [n]);
  const sources = [header.signers, header.titleIssuers, header.headIssuers, decree, stated ? [stated] : [], weakest, ...interpreters, header.leads ?? []].map((names) => names.map((n) => fullIssuerName(toSimplified(n))));
  let fuller: string[] | undefined;
  let bare: string | undefined;
  const addressed = new Set((header.recipients ?? '').split(/[、，,；;\s]+/).map((n) => fullIssuerName(toSimplified(compact(n)))));
  const complete = (name: string): string => {
    if (!isBareOrgan(name) && namesPlace(name)) return name;
    // The 主送机关 is whom the document goes to, never who issues it (人民政府关于… to 某市人民政府：).
    fuller ??= [...sources.flat(), ...organsPrinted(lines)].filter((n) => !addressed.has(n));
    const named = completeOrgan(name, fuller);
    const region = isBareOrgan(named) ? regionOf(named) : undefined;
    return region ? (organOfRegion(region, named) ?? named) : named;
  };
  for (const names of sources) {
    if (names.length === 0) continue;
    const completed = names.map(complete);
    const left = completed.find((n) => isBareOrgan(n));
    if (left === undefined) return { issuers: completed };
    bare ??= left;
  }
  return { issuers: [], ...(bare ? { bare } : {}) };
}

/**
 * Organs standing as words of their own anywhere in the text (a 落款, a 版记, the head), in order;
 * a government's site named as a word of its own (来自：某市政府门户网站, 来源：某县人民政府网) stands
 * for that government, which publishes on it.
 */
function organsPrinted(lines: string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    // A label before an organ (来源：某县某指挥部, 【发布机构】某县…) is no part of its name.
    for (const word of line.split(/[\s:：【】[\]［］]+/)) {
      const name = compact(toSimplified(word.split(/[。！？]/).at(-1)!));
      if (name.length <= 3) continue;
      const organ = isIssuerName(name) ? name : governmentOfSite(name);
      if (organ) found.push(fullIssuerName(organ));
    }
  }
  return found;
}

/** The government whose site a name is (某市政府门户网站 → 某市政府, 某县人民政府网 → 某县人民政府), else undefined. */
function governmentOfSite(name: string): string | undefined {
  for (const ending of loadDocumentGrammar().siteNameEndings) {
    if (!name.endsWith(ending)) continue;
    // 政府网 keeps its 政府 (某市政府网 → 某市政府).
    const government = `${name.slice(0, -ending.length)}${ending.startsWith('政府') ? '政府' : ''}`;
    if (/政府$/.test(government) && isIssuerName(fullIssuerName(government))) return government;
  }
  return undefined;
}
