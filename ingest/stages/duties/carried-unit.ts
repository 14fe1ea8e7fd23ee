/**
 * @module ingest/stages/duties/carried-unit
 * A unit named once, then its duties as lines or items without a subject:
 * - a rule of functions: "第三条 县市场监管局贯彻落实……。主要职责是：" then "（二）负责市场主体统一登记
 *   注册。" — the items are the unit's until an item of the level of the sentence that named it;
 *   where that sentence names no unit, the one the text introduced (简称县市场监管局) or its title's;
 * - a division's heading: "（四）最低生活保障科" then "负责城乡居民最低生活保障、……" — the lines are
 *   the division's until the next heading of that level (another division, another article).
 * The readers of clauses charge the carried unit with each clause that opens with no subject of
 * its own (clauses.ts); this module only says when a carry opens and when it ends.
 */
import { compact } from '../../../src/text/normalize';
import type { DutyReader } from './duty-reader';
import { allOpenClauses, parseUnitList } from './unit-lists';

/** Numbering styles, the higher levels first: a paragraph numbered at the carry's level or above ends it. */
const LEVELS: RegExp[] = [
  /^第[一二三四五六七八九十百零\d]+[章节]/,
  /^第[一二三四五六七八九十百零\d]+条/,
  /^[一二三四五六七八九十百]+[、.．]/,
  /^[（(][一二三四五六七八九十百]+[）)]/,
  /^\d+(?:\.\d+)*[.、．](?!\d)/,
  /^[（(]\d+[）)]/,
];
/** No numbering: below every numbered level. */
export const UNNUMBERED = LEVELS.length;

export function levelOf(text: string): number {
  const found = LEVELS.findIndex((re) => re.test(text));
  return found < 0 ? UNNUMBERED : found;
}

/** "主要职责是：", "主要职责如下：", "其主要职责：": the items after it are the unit's functions. */
const FUNCTIONS_FOLLOW = /(?:主要)?职责(?:是|为|如下|包括)?[：:]$/;
/**
 * How a heading ends when it names a division or a unit (最低生活保障科, 市容大队, 行政审批办公室),
 * or a kind of office a division of duties names by its field (一、生态环境部门, 二、公安机关).
 */
const HEADING_END = /(?:科|股|室|办|中心|队|站|所|局|委|处|部门|机关)$/;
/** A division of an office, whose name the unit table does not know (社会救济科, 财务股). */
const DIVISION_END = /(?:科|股|室)$/;
/** Offices whose name ends like a common noun (生态安全布局, 市场举办): taken from a heading only when written with a level or known. */
export const NOUN_LIKE_END = /(?:局|委|办)$/;
/** Chapters, sections and articles of a rule are no headings of a division (第三章 宗教活动场所). */
const RULE_PART = /^第[一二三四五六七八九十百零\d]+[章节条]/;
/** The title of a rule of functions: 某市市场监督管理局机构设置和职能 → the unit. */
const FUNCTIONS_TITLE = /^(.{2,30}?)(?:主要职责|职能配置|机构设置和职能|职能配置、内设机构和人员编制规定|机构职能)/;
/** A line under a heading that is no duty of its division: it sets an office up (设在县卫健局). */
const NOT_CARRIED = /^设[在于]/;

/**
 * Reads what a paragraph does to the carry: a heading opens one (and is consumed, true), a
 * paragraph at the carry's level or above ends it, a "主要职责是：" paragraph opens one for the
 * items after it.
 */
export function updateCarry(reader: DutyReader, texts: string[], i: number): boolean {
  const text = compact(texts[i]);
  noteIntroduced(reader, text);
  const level = levelOf(text);
  const carry = reader.carry;
  if (carry) {
    if (carry.itemLevel === undefined && level < UNNUMBERED && level > carry.endsAt) carry.itemLevel = level;
    const headingLike = level === UNNUMBERED && isHeadingLine(text);
    const aboveItems = carry.itemLevel !== undefined && level < carry.itemLevel;
    if (level <= carry.endsAt || aboveItems || headingLike || NOT_CARRIED.test(text)) reader.carry = undefined;
  }
  const heading = dutiesHeading(text, reader) ?? headingUnit(text, reader);
  if (heading) {
    reader.carry = { units: typeof heading === 'string' ? [heading] : heading, from: i + 1, endsAt: level === UNNUMBERED ? -1 : level };
    return true;
  }
  if (FUNCTIONS_FOLLOW.test(text)) {
    const unit = functionsSubject(text, reader);
    if (unit) reader.carry = { units: [unit], from: i + 1, endsAt: level === UNNUMBERED ? -1 : level };
  }
  return false;
}

/** A short line without a sentence's marks: a heading. */
function isHeadingLine(text: string): boolean {
  return text.length <= 20 && !/[，,。；;：:]/.test(text);
}

/**
 * "（二）乡镇人民政府职责", "三、县民政局工作职责", "公安机关、民政部门职责": a heading saying whose
 * duties the lines under it are (a township's government too, which no division heading names).
 * The offices must be read for sure; a heading naming none (二、工作职责, 相关部门工作职责,
 * 各级政府工作职责) carries nothing.
 */
function dutiesHeading(text: string, reader: DutyReader): string[] | undefined {
  const m = DUTIES_HEADING.exec(text.replace(NUMBERING, ''));
  if (!m || RULE_PART.test(text) || (levelOf(text) === UNNUMBERED && /[，,。；;]/.test(m[1]))) return undefined;
  const list = parseUnitList(m[1], reader.ctx);
  if (!list || list.collectives > 0 || !allOpenClauses(list.units, reader.county, reader.ctx)) return undefined;
  // Each name ends as an office does (县财政局、县审计局按照分工履行职责 is a sentence, not a heading).
  return list.units.every((u) => HEADING_END.test(u.replace(/[（(][^（）()]*[）)]$/, '')) || /(?:政府|办事处|委员会)$/.test(u)) ? list.units : undefined;
}
/** Whose duties a heading announces: the offices, then (的)(工作|主要)职责. */
const DUTIES_HEADING = /^([\u4e00-\u9fff（）()、和及]{2,30}?)的?(?:工作|主要|管理)?职责[：:]?$/;
const NUMBERING = /^(?:第[一二三四五六七八九十百零\d]+[章节条]|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.、．](?!\d))/;

/**
 * The unit a heading names: "（四）最低生活保障科", "（五）基层工作科(社区建设科)", "三、市容大队".
 * Numbered, any unit name that ends as an office does; unnumbered, only a division (a lone
 * office's name is the two-column table's: unit-lines.ts).
 */
function headingUnit(text: string, reader: DutyReader): string | undefined {
  if (RULE_PART.test(text)) return undefined;
  const numbered = levelOf(text) < UNNUMBERED;
  const name = text.replace(NUMBERING, '').replace(/(?:主要)?职责[：:]?$|[：:]$/, '');
  if (name.length < 3 || name.length > 24 || !/^[\u4e00-\u9fff]+(?:[（(][\u4e00-\u9fff]+[）)])?$/.test(name)) return undefined;
  const bare = name.replace(/[（(][^（）()]*[）)]$/, '');
  if (!HEADING_END.test(bare)) return undefined;
  // A bare 办公室 or 室 says nothing about whose it is.
  if (reader.ctx.grammar.table.suffixes.includes(bare)) return undefined;
  if (DIVISION_END.test(bare) && !/[的与和及]/.test(bare) && !reader.ctx.units.isUnitName(bare)) {
    reader.divisions.add(bare);
    return bare;
  }
  if (!numbered) return undefined;
  // Numbered alone on its line, a name shaped like an office is one (（六）行政审批办公室).
  const list = parseUnitList(bare, reader.ctx);
  if (list?.units.length !== 1 || list.units[0] !== bare) return undefined;
  return !NOUN_LIKE_END.test(bare) || allOpenClauses(list.units, reader.county, reader.ctx) ? bare : undefined;
}

/** The subject of "县市场监管局贯彻落实……主要职责是：", else the unit the text introduced, else the title's. */
function functionsSubject(text: string, reader: DutyReader): string | undefined {
  const body = text.replace(/^第[一二三四五六七八九十百零\d]+条/, '');
  // The longest name the sentence opens with (市住房城乡建设主管部门, not 市住房城乡建设主管部).
  // The name ends before the first word of what it does (履行下列职责, 贯彻落实, 在…领导下).
  const head = (/^[\u4e00-\u9fff（）()]{2,30}/.exec(body)?.[0] ?? '').split(SUBJECT_ENDS)[0];
  for (let end = head.length; end >= 2; end--) {
    // 镇（街道）级河长, 乡（镇）以上各级推广机构: a place before 级 or 以上 says whose, it is no subject.
    if (LEVEL_AFTER.test(head.slice(end))) continue;
    const list = parseUnitList(head.slice(0, end), reader.ctx);
    if (list?.units.length === 1 && allOpenClauses(list.units, reader.county, reader.ctx)) return list.units[0];
  }
  if (reader.introduced) return reader.introduced;
  const titled = FUNCTIONS_TITLE.exec(compact(reader.matterTitle));
  const list = titled ? parseUnitList(titled[1], reader.ctx) : null;
  return list?.units.length === 1 ? list.units[0] : undefined;
}

/** What makes a place a level of something else: 级河长, 以上各级机构, 以下; also after the rest of its brackets (乡镇（街道）级河长). */
const LEVEL_AFTER = /^(?:[（(][^（）()]*[）)])?(?:级|以上|以下)/;

/** Words after the subject of a functions sentence. */
const SUBJECT_ENDS = /履行|贯彻|在|应当|负责|主要职责|职责|的|对|按照|依照|根据|是|为/;

/** "沙河市市场监督管理局(简称市市场监督管理局)", "(以下简称县市场监管局)": the unit a rule is about. */
const INTRODUCED = /(?:以下)?简称[“"]?([\u4e00-\u9fff]{2,20}?)[”"]?[）)]/;

function noteIntroduced(reader: DutyReader, text: string): void {
  if (!text.includes('简称')) return;
  const m = INTRODUCED.exec(text);
  if (!m) return;
  const list = parseUnitList(m[1], reader.ctx);
  if (list?.units.length === 1 && allOpenClauses(list.units, reader.county, reader.ctx)) reader.introduced = list.units[0];
}
