/**
 * @module domain/unit-kinds
 * Collectives that name one KIND of office: 各乡镇人民政府, 各乡（镇）人民政府, 各街道办事处,
 * 各县（市、区）人民政府, 各试点乡镇、街道, and in laws and rules the organs of a field named by
 * type (公安机关, 县级以上人民政府民政部门, 县（市、区）以上气象主管机构). For a resident "your
 * township government handles it" IS the answer, so such a collective is read as a kind with a
 * canonical name of its own (乡镇人民政府), while placeholders (有关部门, 各有关单位, 相关责任单位,
 * 各成员单位) name no kind. The grammar is data (data/units.json `kinds`); pure given it.
 */

/** The grammar of kinds, as stored in data/units.json `kinds`. */
export interface KindTable {
  /** Kinds of places, the first form of each entry canonical: [乡镇, 乡(镇), 乡、镇, 镇 …]. */
  places: string[][];
  /** What may follow a place, the first form canonical: [人民政府, 政府]. */
  organs: string[][];
  /** Words before the place: 各, 相关, 所在地 … */
  lead: string[];
  /** Words narrowing the places: 试点, 禁放区 … */
  qualifiers: string[];
  /** Places written alone that name their kind without a lead word (乡镇负责…). */
  bareKinds: string[];
  /** The kind a bare place stands for, by canonical place: 各乡镇 → 乡镇人民政府. */
  bareOrgans?: Record<string, string>;
  /** How a phrase saying whose place ends (户籍所在地的, 所在的): it leads a kind as 各 does. */
  owners?: string[];
  /** Township-level places written as several at once (街道、镇, 乡（镇、办事处）, 苏木乡镇). */
  townships?: { parts: Record<string, string[]>; riders: string[] };
  functional: { scopes: string[]; endings: string[]; governmentEndings: string[]; institutionFields?: string[]; notField: string[]; notInField: string[] };
}

export type KindReader = (text: string) => string | undefined;

const byLength = (a: string, b: string) => b.length - a.length;
/** A field, perhaps with a narrower one in brackets: 农业农村(畜牧兽医), 住房和城乡建设(城管). */
const FIELD = /^[\u4e00-\u9fff]{2,10}(?:\([\u4e00-\u9fff]{2,8}\))?$/;
/** A name with another organ in brackets after it: 各区县政府(地区管委会) → 各区县政府. */
const ALIAS_AFTER = /^(.{2,}?)\([\u4e00-\u9fff]{2,12}(?:政府|委员会|管委会|办事处|机关|部门)\)$/;
/** A clause's words before an organ; 应急 (应急管理部门) is a field, not the modal 应. */
const CLAUSE_WORD = /^(?:必须|应当|应(?!急)|须|经|报|其|由|与|及|对|向|在|将|请|为|和|按|从|据|会同|并|如|若)/;

/** What joins the places of a compound: 街道、镇, 乡(镇、办事处), 镇(乡)、街道. */
const PLACE_JOINERS = '、()/';

/** The kind a compound naming both townships and streets is: 乡镇(街道), an entry of `places`. */
const BOTH_TOWNSHIPS = '乡镇(街道)';

/** Spacing and bracket width do not change a kind: '各乡（镇） 人民政府' → '各乡(镇)人民政府'. */
function normalizeKind(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/[、，,。；;：:]+$/, '');
}

function formsOf(entries: string[][]): Array<[string, string]> {
  return entries.flatMap((entry) => entry.slice(1).map((form) => [normalizeKind(form), normalizeKind(entry[0])] as [string, string])).sort((a, b) => byLength(a[0], b[0]));
}

function stripStart(text: string, words: string[]): { rest: string; found?: string } {
  const found = words.find((w) => text.startsWith(w) && text.length > w.length);
  return found ? { rest: text.slice(found.length), found } : { rest: text };
}

/**
 * Builds the reader of kinds: the canonical kind a text names, or undefined.
 * @example
 * const kindOf = createKindReader(loadUnitTable().kinds);
 * kindOf('各乡（镇）人民政府'); // '乡镇人民政府'
 * kindOf('县（市、区）以上气象主管机构'); // '县(市、区)以上气象主管机构'
 * kindOf('各有关单位'); // undefined
 */
export function createKindReader(table: KindTable): KindReader {
  const places = formsOf(table.places);
  const organs = formsOf(table.organs);
  const lead = [...table.lead].sort(byLength);
  const qualifiers = [...table.qualifiers].sort(byLength);
  const bare = new Set(table.bareKinds.map(normalizeKind));
  // Each word of a township compound with the place it names (none for a rider), longest first.
  const town = table.townships;
  const townWords: Array<[string, string | undefined]> = town
    ? [...Object.entries(town.parts).flatMap(([place, words]) => words.map((w): [string, string] => [w, place])), ...town.riders.map((w): [string, undefined] => [w, undefined])].sort((a, b) => byLength(a[0], b[0]))
    : [];
  const f = table.functional;
  const scopes = f.scopes.map(normalizeKind).sort(byLength);
  const endings = [...f.endings, ...f.governmentEndings].sort(byLength);
  const governmentEndings = new Set(f.governmentEndings);
  const institutionFields = new Set(f.institutionFields ?? []);
  const notField = new Set(f.notField);
  // 户籍所在地的村（居）委会: the resident's own place, said before the kind (no sentence mark inside).
  const owner = table.owners?.length ? new RegExp(`^[^，,。；;的]{1,20}?(?:${table.owners.join('|')})`) : undefined;

  /** 各镇人民政府 → 乡镇人民政府; 相关镇（街道） → 乡镇(街道). */
  function placeKind(text: string): string | undefined {
    const owned = owner?.exec(text);
    const led = owned && text.length > owned[0].length ? { rest: text.slice(owned[0].length), found: owned[0] } : stripStart(text, lead);
    const qualified = stripStart(led.rest, qualifiers);
    const rest = qualified.rest;
    const form = places.find(([f]) => rest.startsWith(f));
    const listed = form && withOrgan(form[1], rest.slice(form[0].length), Boolean(led.found || qualified.found || bare.has(form[0])));
    return listed ?? townshipKind(rest);
  }

  /** The kind of a place followed by its organ (人民政府) or by nothing (the place's own organ). */
  function withOrgan(place: string, tail: string, standsAlone: boolean): string | undefined {
    if (tail === '') return standsAlone ? (table.bareOrgans?.[place] ?? place) : undefined;
    const organ = organs.find(([o]) => o === tail);
    return organ ? place + organ[1] : undefined;
  }

  /** 街道、镇 → 乡镇(街道); 苏木乡镇人民政府 → 乡镇人民政府; 镇(场) → 乡镇; 区、乡镇 → none. */
  function townshipKind(text: string): string | undefined {
    const named = new Set<string>();
    let at = 0;
    let count = 0;
    for (;;) {
      while (PLACE_JOINERS.includes(text[at] ?? '-')) at++;
      const word = townWords.find(([w]) => text.startsWith(w, at));
      if (!word) break;
      // A rider (场, 园区) stands in for a township only after one is named.
      if (!word[1] && count === 0) return undefined;
      if (word[1]) named.add(word[1]);
      at += word[0].length;
      count++;
    }
    const read = text.slice(0, at);
    // A name cut inside its brackets (镇(街道 of 镇（街道）级河长) is no place.
    if (count < 2 || named.size === 0 || read.split('(').length !== read.split(')').length) return undefined;
    // 街道办事处、乡镇人民政府 lists two organs, each its own kind, not places sharing one organ.
    const tail = text.slice(at);
    if (tail && organs.some(([o]) => read.includes(o))) return undefined;
    return withOrgan(named.size === 2 ? BOTH_TOWNSHIPS : [...named][0], tail, true);
  }

  /** 公安机关, 市、县（区）人民政府法制机构: [scope][人民政府]<field>[行政][主管]<ending>. */
  function functionalKind(text: string): string | undefined {
    // A clause's words before the organ (必须经…, 报…, 其…) are no part of it.
    if (CLAUSE_WORD.test(text)) return undefined;
    // 各级 is a scope, not 各 before 级.
    const scopedFirst = scopes.some((s) => text.startsWith(s));
    const { rest: unled, found: ledBy } = scopedFirst ? { rest: text, found: undefined } : stripStart(text, lead);
    // 有关部门 and 各部门 name no field; 各级公安机关 and 相关的公安机关 are still 公安机关.
    const ending = endings.find((e) => unled.endsWith(e));
    if (!ending) return undefined;
    const scoped = stripStart(unled.slice(0, -ending.length), scopes).rest;
    const government = /^(?:人民)?政府/.exec(scoped);
    const written = scoped.slice(government?.[0].length ?? 0);
    // 消防救援机构 is an organ by its field; 医疗机构 is none unless a government's.
    if (governmentEndings.has(ending) && !government && !institutionFields.has(written)) return undefined;
    // 行政/主管 go, but never down to one character: 水行政主管部门 is the field 水行政.
    const bare = written.replace(/(?:行政)?(?:主管)?$/, '');
    const field = [...bare].length >= 2 ? bare : written.replace(/主管$/, '');
    if (!FIELD.test(field) || CLAUSE_WORD.test(field) || notField.has(field) || f.notInField.some((w) => field.includes(w))) return undefined;
    return ledBy && ['各', '有关', '相关'].includes(ledBy) ? unled : ledBy ? text : unled;
  }

  return (text: string) => {
    const name = normalizeKind(text);
    if (name.length < 2 || name.length > 30) return undefined;
    const kind = placeKind(name) ?? functionalKind(name);
    if (kind) return kind;
    // 各区县政府（地区管委会）: the organ in brackets plays the same part where a place has no
    // government of that kind; the kind is the one written first.
    const aliased = ALIAS_AFTER.exec(name);
    return aliased ? (placeKind(aliased[1]) ?? functionalKind(aliased[1])) : undefined;
  };
}
