/**
 * @module store/query/issuer-names
 * How an issuer filter (issuer:县政府办, 发文机关:, --issuer, issuer=) meets a document's
 * issuing body: both names are read the same way — the places they open with peeled off, the
 * lowest kept with its kind of place as the level, the rest (the organ's body) folded as the
 * unit: filter folds unit names (data/units.json: 人民政府 ≡ 政府, 人民政府办公室 ≡ 政府办,
 * 人社局 ≡ 人力资源和社会保障局) — and the filter names a whole organ: a part it leaves out
 * (place, level, body) may be anything, a part it gives must be the document's. So 县政府办 is
 * any 某县人民政府办公室, 梁山县政府 is 梁山县人民政府, and 县人民政府 is never a 县人民政府办公室.
 * The grammar is data: data/query-syntax.json `issuerNames`. Both backends match through here.
 */
import { loadDocumentGrammar } from '../../domain/grammar';
import { withoutCorps } from '../../domain/organ-place';
import { loadDataJson } from '../../domain/load-data';
import { createUnitResolver, loadUnitTable, normalizeUnitName, type UnitResolver } from '../../domain/units';
import { compact, foldWidth } from '../../text/normalize';

/** As data/query-syntax.json `issuerNames` states it. */
interface IssuerData {
  higherPlaceKinds: string[];
  levels: Record<string, string>;
  sameBodies: string[][];
  shortEndings: string[][];
  wordsNotPlaces: string[];
  parties: string[];
  /** A town's body as staff shorten it: [short, full] (街道办 is a 街道办事处). */
  townBodies: string[][];
  /** The peoples an autonomous place is named for (楚雄彝族自治州): its head alone names it too. */
  ethnicNames: string[];
}

/** The data read with the document grammar's kinds of place and zones, which it does not repeat. */
interface IssuerGrammar extends Omit<IssuerData, 'higherPlaceKinds' | 'wordsNotPlaces' | 'ethnicNames'> {
  placeKinds: string[];
  notPlaces: string[];
  /** A town's kinds (镇, 乡, 街道, 苏木): a place only before a town's own organ (document-grammar `countyPlaces.townships`). */
  townKinds: string[];
  /** After a town's kind, the start of one of its organs (人民政府, 政府, 办事处, 党委 …, and the short bodies). */
  townOrgan: RegExp;
  /** Characters no town's name holds (乡 镇 县 局 …): 乡镇人民政府 names many towns, 乡村振兴局 none. */
  notInTownName: RegExp;
  /** The peoples' names closing an autonomous place's name (彝族, 藏族羌族), one or more. */
  peoplesAtEnd: RegExp;
}

/** One organ's name read: the lowest place's name (without its kind), its level, the folded body; '' where the name gives none. */
export interface OrganKey {
  place: string;
  level: string;
  body: string;
}

/** Shortest head an autonomous place keeps once its peoples' names are taken off (内蒙古自治区 stays whole). */
const MIN_PLACE_HEAD = 2;

/** Longest place name a kind of place follows (恩施土家族苗族自治州: 7). */
const MAX_PLACE_NAME = 12;
/** How joint issuers are listed in one field (甲市人民政府、甲市中级人民法院). */
const JOINT = /[、,，;；\s]+/;

let grammar: (IssuerGrammar & { sameBody: Map<string, string>; resolver: UnitResolver }) | undefined;

function loadGrammar() {
  if (grammar) return grammar;
  const { higherPlaceKinds, wordsNotPlaces, ethnicNames, ...g } = loadDataJson<{ issuerNames: IssuerData }>('query-syntax.json').issuerNames;
  const places = loadDocumentGrammar().countyPlaces;
  const sameBody = new Map<string, string>();
  for (const [first, ...others] of g.sameBodies) for (const other of others) sameBody.set(other, first);
  const towns = places.townships;
  const placeKinds = [...new Set([...higherPlaceKinds, ...places.kinds, ...towns.kinds])].sort((a, b) => b.length - a.length);
  const townOrgan = new RegExp(`^(?:${[...towns.organs, ...g.townBodies.map(([short]) => short)].join('|')})`);
  const notInTownName = new RegExp(towns.notInName.join('|'));
  const peoples = [...ethnicNames].sort((a, b) => b.length - a.length).join('|');
  const peoplesAtEnd = new RegExp(`^(.{${MIN_PLACE_HEAD},}?)(?:${peoples})+$`);
  grammar = {
    ...g,
    placeKinds,
    notPlaces: [...wordsNotPlaces, ...places.notPlaces],
    townKinds: towns.kinds,
    townOrgan,
    notInTownName,
    peoplesAtEnd,
    sameBody,
    resolver: createUnitResolver(loadUnitTable()),
  };
  return grammar;
}

interface Place {
  name: string;
  kind: string;
}

/** A place's name as a key: an autonomous place (自治州, 自治区 …) by its head, without its peoples (楚雄彝族 → 楚雄). */
function placeName(place: Place, g: IssuerGrammar): string {
  return place.kind.startsWith('自治') ? (g.peoplesAtEnd.exec(place.name)?.[1] ?? place.name) : place.name;
}

/** Whether the place's end at `end` falls inside a word that only ends like a place (市场, 城市, 开发区). */
function endsInsideNotPlace(text: string, end: number, notPlaces: string[]): boolean {
  return notPlaces.some((word) => {
    for (let start = Math.max(0, end - word.length); start < end; start++) if (text.startsWith(word, start) && start + word.length >= end) return true;
    return false;
  });
}

/** The first place a name opens with: the shortest name followed by a kind of place. */
function firstPlace(text: string, g: IssuerGrammar): Place | undefined {
  for (let at = 0; at <= Math.min(MAX_PLACE_NAME, text.length - 1); at++) {
    const kind = g.placeKinds.find((k) => text.startsWith(k, at));
    if (!kind || endsInsideNotPlace(text, at + kind.length, g.notPlaces)) continue;
    // A town is a place only before an organ of its own (山福镇人民政府, 镇政府, 街道办): never 乡村振兴局, 城镇化办公室, 镇江市.
    if (g.townKinds.includes(kind) && (!g.townOrgan.test(text.slice(at + kind.length)) || g.notInTownName.test(text.slice(0, at)))) continue;
    return { name: text.slice(0, at), kind };
  }
  return undefined;
}

/**
 * The places a name opens with and what follows them. A kind with no name of its own joins its
 * neighbour: after 州 it is that place's own kind (杭州 + 市: 杭州市, 贵州省, 通州区), before a place it
 * starts that place's name (市 + 中区: 市中区); alone it is the level a short name gives (县政府办).
 */
function peelPlaces(name: string, g: IssuerGrammar): { places: Place[]; rest: string } {
  const places: Place[] = [];
  let rest = name;
  for (let k = 0; k < 4 && rest; k++) {
    const place = firstPlace(rest, g);
    if (!place) break;
    rest = rest.slice(place.name.length + place.kind.length);
    const last = places.at(-1);
    if (place.name === '' && last && last.name !== '' && last.kind === '州') places[places.length - 1] = { name: last.name + last.kind, kind: place.kind };
    else if (last && last.name === '') places[places.length - 1] = { name: last.kind + place.name, kind: place.kind };
    else places.push(place);
  }
  return { places, rest };
}

/** The organ's body folded as unit names fold (人民政府 ≡ 政府, 政府办 ≡ 人民政府办公室), one name for the same organ at every level. */
function foldBody(body: string, g: NonNullable<typeof grammar>, level = ''): string {
  if (!body) return '';
  const town = g.townKinds.includes(level) ? g.townBodies.find(([short]) => short === body) : undefined;
  if (town) return town[1];
  // The unit table reads a body after a level character: 县 stands for any.
  const canonical = g.resolver.resolve(`县${body}`)?.name;
  let folded = canonical?.startsWith('县') ? canonical.slice(1) : body;
  const short = g.shortEndings.find(([end, full]) => folded.endsWith(end) && !folded.endsWith(full));
  if (short) folded = folded.slice(0, -short[0].length) + short[1];
  return g.sameBody.get(folded) ?? folded;
}

/**
 * One organ's name read for matching.
 *
 * @example organKey('封丘县人民政府办公室') // { place: '封丘', level: '县', body: '人民政府办公室' }
 * @example organKey('县政府办') // { place: '', level: '县', body: '人民政府办公室' }
 * @example organKey('内蒙古自治区人民政府') // { place: '内蒙古', level: '自治区', body: '人民政府' }
 * @example organKey('楚雄彝族自治州人民政府') // { place: '楚雄', level: '州', body: '人民政府' }
 */
export function organKey(name: string): OrganKey {
  return readOrgan(name).key;
}

/** The organ's key and, for a town's organ, the county (or city) place its name gives above the town. */
function readOrgan(name: string): { key: OrganKey; above?: OrganKey } {
  const g = loadGrammar();
  let text = normalizeUnitName(compact(foldWidth(name)));
  const party = g.parties.find((p) => text.startsWith(p));
  if (party) text = text.slice(party.length);
  const { places, rest } = peelPlaces(withoutCorps(text), g);
  const lowest = places.at(-1);
  const key = { place: lowest ? placeName(lowest, g) : '', level: lowest ? (g.levels[lowest.kind] ?? lowest.kind) : '', body: foldBody(rest, g, lowest?.kind) };
  // A town's organ is the town's, and its county's (乙县 finds the organs of its towns).
  const higher = lowest && g.townKinds.includes(lowest.kind) ? places.at(-2) : undefined;
  return { key, ...(higher ? { above: { place: placeName(higher, g), level: g.levels[higher.kind] ?? higher.kind, body: '' } } : {}) };
}

function keyText(place: string, level: string, body: string): string {
  return `${place}|${level}|${body}`;
}

/** Names read so far and their keys (issuing bodies repeat across an archive; facet values are a few thousand). */
const keysByName = new Map<string, Set<string>>();
const MAX_KEPT = 20_000;

/**
 * Every filter key a document's issuing body answers: each organ it lists (joint issuers,
 * 甲、乙) with any of its parts left out — a place only with its level.
 */
export function issuerKeys(issuingBody: string | undefined): Set<string> {
  if (!issuingBody) return new Set();
  let keys = keysByName.get(issuingBody);
  if (keys) return keys;
  keys = new Set<string>();
  for (const organ of issuingBody.split(JOINT).filter(Boolean)) {
    const { key, above } = readOrgan(organ);
    const { place, level, body } = key;
    // A town's organ is also its county's (甲县 finds 甲县某镇人民政府), never the county's government.
    if (above) keys.add(keyText(above.place, above.level, ''));
    for (const b of new Set([body, ''])) {
      keys.add(keyText('', '', b));
      if (level) keys.add(keyText('', level, b));
      if (place) keys.add(keyText(place, level, b));
    }
  }
  if (keysByName.size >= MAX_KEPT) keysByName.clear();
  keysByName.set(issuingBody, keys);
  return keys;
}

/**
 * The keys a filter value asks for, one per organ it names (joint names, 甲、乙: either).
 *
 * @example filterKeys('县政府办') // ['|县|人民政府办公室']
 */
export function filterKeys(value: string): string[] {
  const organs = value.split(JOINT).filter(Boolean);
  return organs.length === 0 ? [keyText('', '', '')] : organs.map((organ) => {
    const { place, level, body } = organKey(organ);
    return keyText(place, level, body);
  });
}

/**
 * A test of issuing bodies for issuer filter values (any value may match).
 *
 * @example issuerTest(['县政府'])('梁山县人民政府') // true; …('梁山县人民政府办公室') // false
 */
export function issuerTest(values: readonly string[]): (issuingBody: string | undefined) => boolean {
  const wanted = values.flatMap(filterKeys);
  return (issuingBody) => {
    if (!issuingBody) return false;
    const keys = issuerKeys(issuingBody);
    return wanted.some((k) => keys.has(k));
  };
}
