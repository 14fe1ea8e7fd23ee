/**
 * @module store/query/decree-organs
 * A decree number typed with its organ worded otherwise than the document prints it: 省政府令
 * for 省人民政府令 (某省政府令第15号), an autonomous place by its head (某州人民政府令第18号 for
 * 某彝族自治州人民政府令第18号, 宁夏自治区政府令). Decrees are cited and remembered by their organ
 * as staff shorten it, so the organ is read as an issuer filter reads a name (issuer-names
 * organKey: 人民政府 ≡ 政府, the place by its head and kind) and the number is the known decree of
 * that organ with the same serial, and the same year where both give one. A decree a page printed
 * without its place (政府令〔2010〕第15号 under the signature of 某省人民政府) is its issuing body's.
 */
import { organKey, type OrganKey } from './issuer-names';
import { partsOf } from './near-numbers';

/** What makes a number an organ's decree: 令 closes its organ's name. */
const DECREE = /令$/;

function sameOrgan(a: OrganKey, b: OrganKey): boolean {
  return a.place === b.place && a.level === b.level && a.body === b.body;
}

/**
 * The known decree numbers naming the typed one's organ otherwise: same organ (by key), same
 * serial, same year where both have one. The typed organ must give its place (a number without
 * one is the end of every place's, near-numbers numbersEndingWith). `issuersOf` gives the issuing
 * bodies of the documents under a known number, for numbers that name no place.
 *
 * @example sameDecrees({ prefix: '甲乙州政府令', serial: 18 }, ['甲乙彝族自治州人民政府令第18号'], () => []) // ['甲乙彝族自治州人民政府令第18号']
 * @example sameDecrees({ prefix: '甲省政府令', serial: 15 }, ['政府令〔2010〕第15号'], () => ['甲省人民政府']) // ['政府令〔2010〕第15号']
 */
export function sameDecrees(
  typed: { prefix: string; year?: number; serial: number },
  known: Iterable<string>,
  issuersOf: (number: string) => Array<string | undefined>,
): string[] {
  if (!DECREE.test(typed.prefix)) return [];
  const wanted = organKey(typed.prefix.slice(0, -1));
  if (!wanted.place || !wanted.body) return [];
  const out: string[] = [];
  for (const number of known) {
    const parts = partsOf(number);
    if (!parts || parts.serial !== typed.serial || !DECREE.test(parts.prefix)) continue;
    if (typed.year !== undefined && parts.year !== undefined && typed.year !== parts.year) continue;
    const own = organKey(parts.prefix.slice(0, -1));
    // A number naming no place (政府令) is its issuer's, when the issuer is that body.
    const organs = own.place ? [own] : own.body === wanted.body ? issuersOf(number).flatMap((issuer) => (issuer ? [organKey(issuer)] : [])) : [];
    if (organs.some((organ) => sameOrgan(organ, wanted))) out.push(number);
  }
  return out;
}
