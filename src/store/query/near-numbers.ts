/**
 * @module store/query/near-numbers
 * What a search says when the query holds a complete document number that no document has or
 * cites (粤府〔2023〕5号): that there is none — never another document whose text happens to hold
 * the digits 5, 2023 and 号 — and, as labelled suggestions, the known numbers near it. Shared by
 * every backend, so the message and the suggestions are the same everywhere.
 */
import type { DocNumber, Suggestion } from '../../model';
import { endsWithNumber } from './highlight';

/** A canonical number's parts: standard (稷政办发〔2022〕31号) or an organ's series (国务院令第713号); undefined for another shape. */
const STANDARD = /^(.+?)〔(\d{4})〕(?:第)?(\d+)号$/;
const SERIES = /^(.+?)第(\d+)号$/;

export function partsOf(canonical: string): { prefix: string; year?: number; serial: number } | undefined {
  const standard = STANDARD.exec(canonical);
  if (standard) return { prefix: standard[1], year: Number(standard[2]), serial: Number(standard[3]) };
  const series = SERIES.exec(canonical);
  return series ? { prefix: series[1], serial: Number(series[2]) } : undefined;
}

/**
 * The known numbers that are the typed one written without its place (政发〔2023〕7号 for
 * 梁政发〔2023〕7号): the same year and serial, a 代字 ending with the typed one. A user who
 * leaves out the county means the county's number; one who writes a shorter head (粤府 for
 * 粤府办) names another organ's series, so that is only a suggestion (nearNumbers).
 *
 * @example numbersEndingWith('政发〔2023〕7号', ['梁政发〔2023〕7号', '梁政发〔2023〕17号']) // ['梁政发〔2023〕7号']
 */
export function numbersEndingWith(canonical: string, known: Iterable<string>): string[] {
  const out: string[] = [];
  // A number with no 代字 (〔2023〕7号) names no series: it is the end of every county's.
  if (!/^[\u3400-\u9fff]/.test(canonical)) return out;
  for (const number of known) if (endsWithNumber(number, canonical)) out.push(number);
  return out;
}

/**
 * Known numbers near a typed one, closest first: a 代字 holding or held by the typed one with the
 * same year and serial (粤府办〔2023〕5号 for 粤府〔2023〕5号), then the same 代字 and year with
 * another serial (nearest first), then the same 代字 and serial in another year.
 *
 * @example nearNumbers({ prefix: '粤府', year: 2023, serial: 5 }, ['粤府办〔2023〕5号', '粤府〔2022〕5号', '某县〔2023〕5号'])
 *   // ['粤府办〔2023〕5号', '粤府〔2022〕5号']
 */
export function nearNumbers(typed: Pick<DocNumber, 'prefix' | 'year' | 'serial'>, known: Iterable<string>, max = 5): string[] {
  const scored: Array<{ number: string; distance: number }> = [];
  for (const number of known) {
    const parts = partsOf(number);
    if (!parts || !typed.prefix) continue;
    const samePrefix = parts.prefix === typed.prefix;
    const related = !samePrefix && (parts.prefix.includes(typed.prefix) || typed.prefix.includes(parts.prefix));
    let distance: number | undefined;
    if (related && parts.year === typed.year && parts.serial === typed.serial) distance = 0;
    else if (samePrefix && parts.year === typed.year) distance = 1 + Math.abs(parts.serial - typed.serial) / 1e4;
    else if (samePrefix && parts.serial === typed.serial) distance = 2 + Math.abs((parts.year ?? 0) - (typed.year ?? 0)) / 1e4;
    if (distance !== undefined) scored.push({ number, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || (a.number < b.number ? -1 : 1))
    .slice(0, max)
    .map((s) => s.number);
}

/** What the result says of a number no document has or cites, in Chinese, with the near numbers as suggestions. */
export function missingNumber(number: string, near: Suggestion[]): { number: string; message: string; near: Suggestion[] } {
  return { number, message: `没有文号为“${number}”的文件，也没有文件引用它。`, near };
}
