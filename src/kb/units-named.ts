/**
 * @module kb/units-named
 * The offices a question names (县人社局管什么, 社保局在哪): every written form the store knows
 * (name, aliases, with the county's name in front, without the level prefix), and names only the
 * unit table knows (县人力资源社会保障局).
 */
import { normalizeUnitName, type UnitResolver } from '../domain/units';
import type { UnitSummary } from '../store/gazette-store';
import { foldWidth } from '../text/normalize';

export interface UnitNamed {
  unit: UnitSummary;
  /** The name as written in the question. */
  written: string;
}

const LEVEL = /^[县区市旗]/;

/**
 * Every written form of a unit: its name, aliases, both with the county's name in front, and
 * the part after the level character (人社局 of 县人社局; 供电公司 of 国网县供电公司), which is
 * how residents name an office of their own county.
 */
export function namesOf(unit: UnitSummary): string[] {
  const names = new Set<string>([unit.name, ...unit.aliases].map(normalizeUnitName));
  const short = unit.county?.replace(/[县区市旗]$/, '') ?? '';
  for (const name of [...names]) {
    const level = LEVEL.exec(name)?.[0];
    if (level && unit.county) {
      names.add(unit.county + name.slice(1));
      if (short.length >= 2) names.add(short + name.slice(1));
    }
    const at = name.search(/[县区市旗](?!委)/);
    const rest = at >= 0 ? name.slice(at + 1) : '';
    if ([...rest].length >= 3) names.add(rest);
  }
  return [...names].filter((name) => name.length >= 2);
}

/** Offices the question names, longest written name first (县人社局 in 县人社局负责哪些事). */
export function unitsNamed(question: string, units: UnitSummary[], resolver: UnitResolver, county?: string): UnitNamed[] {
  const text = normalizeUnitName(foldWidth(question));
  const found = new Map<string, UnitNamed>();
  for (const unit of units) {
    for (const name of namesOf(unit)) {
      if (name.length >= 3 && text.includes(name)) {
        const known = found.get(unit.id);
        if (!known || known.written.length < name.length) found.set(unit.id, { unit, written: name });
      }
    }
  }
  // Names the store never met in this spelling, but the unit table knows (县人力资源社会保障局).
  const byId = new Map(units.map((u) => [u.id, u]));
  const chars = [...text];
  for (const suffix of resolver.table.suffixes) {
    let at = text.indexOf(suffix);
    while (at >= 0) {
      const end = at + suffix.length;
      for (let start = 0; start < end - suffix.length; start++) {
        const written = chars.slice(start, end).join('');
        if (written.length < 3 || !resolver.isKnownName(written, county)) continue;
        const counties = county ? [county] : [...new Set(units.map((u) => u.county))];
        for (const c of counties) {
          const unit = resolver.resolve(written, c);
          const stored = unit && byId.get(unit.id);
          if (stored && !found.has(stored.id)) found.set(stored.id, { unit: stored, written });
        }
        break;
      }
      at = text.indexOf(suffix, at + 1);
    }
  }
  // A shorter name inside a longer one found too (人社局 inside 县人社局) is the same mention.
  const all = [...found.values()].sort((a, b) => b.written.length - a.written.length);
  return all.filter((n, i) => !all.slice(0, i).some((longer) => longer.unit.id !== n.unit.id && longer.written.includes(n.written) && longer.written !== n.written));
}

/**
 * The name to show for an office: its canonical name, or, when the canonical name has the
 * county's level character in the middle (国网县供电公司, 中国人民银行县支行), the written form
 * with the county's own name (国网稷山县供电公司), which is what residents see on the door.
 */
export function displayName(unit: { name: string; county?: string; aliases: string[] }): string {
  if (LEVEL.test(unit.name) || !/[县区市旗]/.test(unit.name) || !unit.county) return unit.name;
  const short = unit.county.replace(/[县区市旗]$/, '');
  const written = unit.aliases.filter((a) => a.includes(unit.county!) || (short.length >= 2 && a.includes(short)));
  return written.sort((a, b) => b.length - a.length)[0] ?? unit.name;
}
