/**
 * @module domain/units
 * One identity per real office. Gazettes write the same office many ways (县人社局,
 * 县人力资源和社会保障局, 稷山县人力资源和社会保障局); the resolver maps them all to one
 * {@link Unit} of one county, using the grammar in `data/units.json` (abbreviations, patterns,
 * suffixes, collectives; its shape and loading are unit-table.ts). The resolver is pure given its table.
 */
import { ROLE_LABELS, type DutyRole, type Unit } from '../model';
import { escapeRegExp } from '../text/regexp';
import { createLevelReader, type LevelReader } from './level-alternatives';
import { createKindReader, type KindReader } from './unit-kinds';
import { loadUnitTable, type UnitTable } from './unit-table';
import { BARE_DEPARTMENT, COLLECTIVE_END, LEADING_FUNCTION_CHARS, NON_CJK_NAME, NOT_IN_NAME, PLACE_END, ROLE_INSIDE, detached, normalizeUnitName, shortCountyName } from './unit-name-shape';

export { normalizeUnitName } from './unit-name-shape';
export { loadUnitTable, type UnitPattern, type UnitTable } from './unit-table';

/** Resolves written unit names to units of a county. */
export interface UnitResolver {
  /**
   * The unit a written name stands for, or undefined for collectives and non-units.
   * @example resolve('县人社局', '稷山县')?.id === '稷山县:县人力资源和社会保障局'
   */
  resolve(name: string, county?: string): Unit | undefined;
  /** Records a name met during ingestion; its unit then lists the name among its aliases. */
  learn(name: string, county?: string): Unit | undefined;
  /** True when the text is written like one office (not a collective, not a sentence). */
  isUnitName(text: string): boolean;
  /** True when the table (an abbreviation or a pattern) knows the name, not only its suffix. */
  isKnownName(name: string, county?: string): boolean;
  /** True for lists of offices such as 各乡（镇）人民政府, 县直各有关单位. */
  isCollective(text: string): boolean;
  /**
   * The kind of office a collective names, or undefined for placeholders and single offices.
   * @example kindOf('各乡（镇）人民政府') // '乡镇人民政府'; kindOf('各有关部门') // undefined
   */
  kindOf(text: string): string | undefined;
  /**
   * The unit standing for a kind of office of a county (稷山县:乡镇人民政府), kept apart from
   * named offices: its name is the kind, never one township's government.
   * @example resolveKind('各镇人民政府', '五华县')?.id // '五华县:乡镇人民政府'
   */
  resolveKind(name: string, county?: string): Unit | undefined;
  /** Units learned so far, optionally of one county. */
  units(county?: string): Unit[];
  readonly table: UnitTable;
}

/** A written unit name read against the table: its normal form, owning county and canonical name. */
interface Reading {
  name: string;
  owner: string | undefined;
  canonical: string;
}

/** Answers a resolver keeps per test before it starts over (~100 bytes each). */
const MAX_REMEMBERED = 50_000;
/** Longer texts are answered, not kept: no unit name is that long (see readsAsUnitName). */
const MAX_REMEMBERED_LENGTH = 60;

/**
 * Builds a resolver over a unit table (see {@link loadUnitTable}).
 * @example
 * const units = createUnitResolver(loadUnitTable());
 * units.resolve('县人力资源和社会保障局', '稷山县')?.id; // '稷山县:县人力资源和社会保障局'
 * units.resolve('县直各有关单位', '稷山县'); // undefined
 */
export function createUnitResolver(table: UnitTable): UnitResolver {
  return new TableUnitResolver(table);
}

/**
 * A resolver over one table. Answers of the tests every listed item goes through are kept by
 * text: documents name the same offices over and over, and each test normalises and runs a
 * dozen expressions. They depend on the table alone (isKnownName also on the county, part of
 * its key). Bounded, for a worker that reads an archive.
 */
class TableUnitResolver implements UnitResolver {
  readonly table: UnitTable;
  private readonly bodyIndex = new Map<string, string[]>();
  private readonly patterns: Array<{ re: RegExp; canonical: string }>;
  private readonly suffixes: string[];
  private readonly collectiveNames: Set<string>;
  private readonly levelChars: string[];
  private readonly localNames: Set<string>;
  private readonly localPlaces: string[];
  private readonly learned = new Map<string, Unit>();
  private readonly collectiveAnswers = new Map<string, boolean>();
  private readonly kindAnswers = new Map<string, string | null>();
  private readonly kindReader: KindReader;
  /** 县(市)农业农村部门 → 县农业农村部门: an office written for several levels, read at one. */
  private readonly atLevel: LevelReader;
  private readonly unitNameAnswers = new Map<string, boolean>();
  private readonly knownNameAnswers = new Map<string, boolean>();
  /** What resolve reads from the table alone, by county and written form. */
  private readonly readings = new Map<string, Reading | null>();
  /** A level character written twice or more (县县) — one expression per level, built once. */
  private readonly repeatedLevel = new Map<string, RegExp>();

  constructor(table: UnitTable) {
    this.table = table;
    for (const entry of table.bodies) for (const form of entry) this.bodyIndex.set(normalizeUnitName(form), entry);
    this.patterns = table.patterns.map((p) => ({ re: new RegExp(p.pattern), canonical: p.canonical }));
    this.suffixes = [...table.suffixes].sort((a, b) => b.length - a.length);
    this.collectiveNames = new Set(table.collectives.names.map(normalizeUnitName));
    this.levelChars = table.levelPrefixes;
    this.localNames = new Set(table.localBodies?.names ?? []);
    this.localPlaces = [...(table.localBodies?.places ?? [])].sort((a, b) => b.length - a.length);
    this.kindReader = table.kinds ? createKindReader(table.kinds) : () => undefined;
    this.atLevel = table.levelAlternatives ? createLevelReader(table.levelAlternatives) : () => undefined;
  }

  kindOf(text: string): string | undefined {
    return remembered(this.kindAnswers, text, () => this.readKind(text) ?? null, (kind) => kind && detached(kind)) ?? undefined;
  }

  resolveKind(written: string, county?: string): Unit | undefined {
    const kind = this.readKind(written, county);
    if (!kind) return undefined;
    return makeUnit(kind, county, compactWritten(written), '');
  }

  isCollective(text: string): boolean {
    return remembered(this.collectiveAnswers, text, () => this.readsAsCollective(text));
  }

  isUnitName(text: string): boolean {
    return remembered(this.unitNameAnswers, text, () => this.readsAsUnitName(text));
  }

  isKnownName(written: string, county?: string): boolean {
    return remembered(this.knownNameAnswers, `${county ?? ''}\t${written}`, () => this.readsAsKnownName(written, county));
  }

  resolve(written: string, county?: string): Unit | undefined {
    const reading = remembered(this.readings, `${county ?? ''}\t${written}`, () => this.readName(written, county), keepReading);
    if (!reading) return undefined;
    const { name, owner, canonical } = reading;
    const known = this.learned.get(owner ? `${owner}:${canonical}` : canonical);
    const body = this.bodyIndex.get(this.stripLevel(canonical).body);
    const unit = makeUnit(canonical, owner, name, this.stripLevel(canonical).level, body);
    if (known) unit.aliases = [...new Set([...unit.aliases, ...known.aliases])].filter((a) => a !== canonical);
    return unit;
  }

  learn(written: string, county?: string): Unit | undefined {
    const unit = this.resolve(written, county);
    if (!unit) return undefined;
    const known = this.learned.get(unit.id);
    const merged: Unit = known ? { ...known, aliases: [...new Set([...known.aliases, ...unit.aliases])] } : unit;
    this.learned.set(unit.id, merged);
    return merged;
  }

  units(county?: string): Unit[] {
    return [...this.learned.values()].filter((u) => county === undefined || u.county === county);
  }

  /** A kind as written, else — for a name written for several levels (县(市)农业农村部门) — at the county's level. */
  private readKind(text: string, county?: string): string | undefined {
    const kind = this.kindReader(text);
    if (kind) return kind;
    const atLevel = this.atLevel(compactWritten(text), county);
    return atLevel ? this.kindReader(atLevel) : undefined;
  }

  private expandWords(text: string): string {
    let out = text;
    for (const [full, short] of this.table.words) {
      // Expand the abbreviation only where the full form is not already written.
      out = out
        .split(full)
        .map((chunk) => chunk.split(short).join(full))
        .join(full);
    }
    return out;
  }

  private readsAsCollective(text: string): boolean {
    const name = normalizeUnitName(text);
    if (!name) return false;
    if (this.collectiveNames.has(name) || this.collectiveNames.has(name.replace(/^[县区市]/, ''))) return true;
    if (!COLLECTIVE_END.test(name)) return false;
    if (/^各/.test(name)) return true;
    return this.table.collectives.markers.some((m) => name.includes(m));
  }

  private readsAsUnitName(text: string): boolean {
    const name = normalizeUnitName(text);
    if (name.length < 2 || name.length > 40) return false;
    // A bare suffix (政府, 局) says nothing about which office it is.
    if (this.suffixes.includes(name)) return false;
    if (NON_CJK_NAME.test(name) || /[()（）]/.test(name)) return false;
    if (LEADING_FUNCTION_CHARS.test(name) && !this.bodyIndex.has(name)) return false;
    if (ROLE_INSIDE.test(name) || NOT_IN_NAME.test(name)) return false;
    if (this.isCollective(name)) return false;
    // A government is a place's: 县政府, 稷山县人民政府, 翟店镇人民政府 — never "县财政补齐政府".
    const government = /^(.*?)(?:人民)?政府$/.exec(name);
    if (government && government[1] && !PLACE_END.test(government[1]) && !this.levelChars.includes(government[1])) return false;
    if (this.bodyIndex.has(name) || this.bodyIndex.has(this.stripLevel(name).body)) return true;
    const suffix = this.suffixes.find((s) => name.endsWith(s));
    return suffix !== undefined && name.length > suffix.length;
  }

  private readsAsKnownName(written: string, county?: string): boolean {
    const name = normalizeUnitName(written);
    const atLevel = this.atLevel(name, county);
    if (!this.isUnitName(name) || (atLevel && !this.canonicalOf(name, county))) return atLevel !== undefined && this.isKnownName(atLevel, county);
    if (this.canonicalByPattern(name, county) || this.isLocalBody(name)) return true;
    // A department the table knows, written without level or county (教育局负责… in a city's
    // rules): which office it is needs the county, that it is one does not. Courts, procuratorates
    // and people's organisations bare are the institution a law speaks of, not a local office.
    const { level, body } = this.stripLevel(name);
    const entry = level ? undefined : (this.bodyIndex.get(body) ?? this.bodyIndex.get(this.expandWords(body)));
    if (entry && BARE_DEPARTMENT.test(entry[0])) return true;
    return this.canonicalKnown(county ? this.relativeTo(name, county) : name, county ? this.levelOf(county) : undefined) !== undefined;
  }

  /** 派出所, 镇派出所, 乡镇水利站: an office of a township (data: localBodies). */
  private isLocalBody(name: string): boolean {
    if (this.localNames.has(name)) return true;
    const place = this.localPlaces.find((p) => name.startsWith(p));
    return place !== undefined && this.localNames.has(name.slice(place.length));
  }

  private stripLevel(name: string): { level: string; body: string } {
    const level = this.levelChars.find((c) => name.startsWith(c) && name.length > 1);
    return level ? { level, body: name.slice(level.length) } : { level: '', body: name };
  }

  private levelOf(county: string): string {
    return this.levelChars.find((c) => county.endsWith(c)) ?? '县';
  }

  /**
   * Canonical name by a pattern of the table. Patterns write the own level as 县; a district's
   * names (国家税务总局盐湖区税务局) are read as 县 and given back with 区.
   */
  private canonicalByPattern(name: string, county?: string): string | undefined {
    const own = county ? this.levelOf(county) : '县';
    let input = county ? this.relativeTo(name, county, '县') : name;
    if (own !== '县' && input.startsWith(own)) input = '县' + input.slice(own.length);
    for (const { re, canonical } of this.patterns) if (re.test(input)) return canonical.split('县').join(own);
    return undefined;
  }

  /** The canonical name a pattern or the abbreviation table gives a name of the county; undefined when neither knows it. */
  private canonicalOf(name: string, county?: string): string | undefined {
    return this.canonicalByPattern(name, county) ?? this.canonicalKnown(county ? this.relativeTo(name, county) : name, county ? this.levelOf(county) : undefined);
  }

  /** Canonical county-relative name from the abbreviation table, or undefined when it does not know the body. */
  private canonicalKnown(relative: string, defaultLevel?: string): string | undefined {
    const { level, body } = this.stripLevel(relative);
    // Without a level or a county, 发展改革委 may be the national commission: leave it as written.
    if (!level && !defaultLevel) return undefined;
    const entry = this.bodyIndex.get(body) ?? this.bodyIndex.get(this.expandWords(body));
    return entry ? (level || defaultLevel) + entry[0] : undefined;
  }

  /** Replaces the county's own name inside a name by its level character: 稷山县人社局 → 县人社局. */
  private relativeTo(name: string, county: string, level: string = this.levelOf(county)): string {
    let out = name.split(county).join(level);
    const short = shortCountyName(county);
    if (short) out = out.split(short).join(level);
    let repeated = this.repeatedLevel.get(level);
    if (!repeated) this.repeatedLevel.set(level, (repeated = new RegExp(`${escapeRegExp(level)}{2,}`, 'g')));
    return out.replace(repeated, level);
  }

  /** The canonical name of a written one and the county that owns it; null when it is no unit name. */
  private readName(written: string, county?: string): Reading | null {
    const name = normalizeUnitName(written);
    // 区(市)县民政局, 县区民政局, 市/县民政局: an office the table knows at one level, written for
    // several (never 县区 read as a county, nor 市/县民政局 kept as a name of its own).
    const atLevel = this.atLevel(name, county);
    // 市、县（市、区）人民政府, 区县人民政府: a kind the table names with its levels is the kind's (resolveKind).
    if (atLevel && this.kindReader(compactWritten(written))) return null;
    if (atLevel && (!this.isUnitName(name) || !this.canonicalOf(name, county))) {
      const reading = this.readName(atLevel, county);
      return reading && { ...reading, name };
    }
    if (!this.isUnitName(name)) return null;
    let owner = county;
    let relative = county ? this.relativeTo(name, county) : name;
    let canonical = this.canonicalOf(name, county);
    if (!canonical) {
      // A name that carries another county (夏县人社局 met in a 稷山县 document) belongs to that county.
      const m = /^([\u4e00-\u9fff]{1,3}?[县区旗])(.+)$/.exec(name);
      if (m && m[1] !== county && !this.levelChars.includes(m[1])) {
        const other = this.canonicalByPattern(name, m[1]) ?? this.canonicalKnown(this.relativeTo(name, m[1]), this.levelOf(m[1]));
        if (other) {
          owner = m[1];
          relative = this.relativeTo(name, m[1]);
          canonical = other;
        }
      }
    }
    return { name, owner, canonical: canonical ?? this.expandWords(relative) };
  }
}

/** A written name without spacing, its brackets half-width, as the kind reader reads it: '县（市） 农业农村部门' → '县(市)农业农村部门'. */
function compactWritten(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** The answer kept for a key, or computed and kept (as `keep` gives it: strings in it copied). */
function remembered<T>(answers: Map<string, T>, key: string, answer: () => T, keep: (value: T) => T = (value) => value): T {
  let known = answers.get(key);
  if (known === undefined) {
    known = answer();
    if (key.length > MAX_REMEMBERED_LENGTH) return known;
    if (answers.size >= MAX_REMEMBERED) answers.clear();
    answers.set(detached(key), keep(known));
  }
  return known;
}

const keepReading = (reading: Reading | null): Reading | null =>
  reading && { name: detached(reading.name), owner: reading.owner && detached(reading.owner), canonical: detached(reading.canonical) };

function makeUnit(canonical: string, county: string | undefined, written: string, level: string, table?: string[]): Unit {
  const aliases = new Set<string>();
  if (table) for (const form of table) aliases.add(level + form);
  aliases.add(written);
  aliases.delete(canonical);
  return { id: county ? `${county}:${canonical}` : canonical, county, name: canonical, aliases: [...aliases] };
}

/**
 * Chinese label of a role (model/labels): roleLabel('lead') → '牵头'; roleLabel('office') → '办公室'.
 */
export function roleLabel(role: DutyRole): string {
  return ROLE_LABELS[role] ?? role;
}

/** True when the text is written like one office; uses the default table. */
export function isUnitName(text: string): boolean {
  return defaultResolver().isUnitName(text);
}

let defaultInstance: UnitResolver | undefined;
function defaultResolver(): UnitResolver {
  defaultInstance ??= createUnitResolver(loadUnitTable());
  return defaultInstance;
}
