/**
 * @module domain/ids
 * Stable ids: the same gazette or document gets the same id whichever file or format it came
 * from, so links keep working when a gazette is re-ingested from its PDF.
 */
import { createHash } from 'node:crypto';

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** @example gazetteId({ name: '稷山县人民政府公报', year: 2022, issue: 3 }) */
export function gazetteId(issue: { name: string; year: number; issue: number }): string {
  return shortHash(`gazette|${issue.name}|${issue.year}|${issue.issue}`);
}

/** Id of a source that is not a gazette issue (a single web page): its content hash. */
export function sourceGazetteId(sha256: string): string {
  return shortHash(`source|${sha256}`);
}

/** A document with a number is identified by county + number; otherwise by its place. */
export function documentId(input: { county?: string; docNumber?: string; gazetteId: string; ordinal: number; title: string }): string {
  return input.docNumber
    ? shortHash(`doc|${input.county ?? ''}|${input.docNumber}`)
    : shortHash(`doc|${input.gazetteId}|${input.ordinal}|${input.title}`);
}
