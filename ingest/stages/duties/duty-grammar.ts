/**
 * @module ingest/stages/duties/duty-grammar
 * The expressions the duty readers match with, compiled once from the unit table
 * (data/units.json): role labels and verbs, modals, interpret and office phrasings, leader
 * lists, bodies of a matter. Each reader gets them through a DutyContext with the resolver.
 */
import type { UnitResolver, UnitTable } from '../../../src/domain/units';
import type { DutyRole } from '../../../src/model';

export interface DutyGrammar {
  table: UnitTable;
  labelRoles: Map<string, DutyRole>;
  /** 牵头单位：… — a role label and what follows it. */
  LABELLED: RegExp;
  /** Role verbs, longest first: [verb, role]. */
  verbs: Array<[string, DutyRole]>;
  /** 县财政局（牵头）: a role written after one unit of a list. */
  ROLE_MARK: RegExp;
  /** A duty label outside brackets, at the line's start or after 。；. */
  LABEL_OUTSIDE: RegExp;
  /** Where each label of "牵头单位：… 责任单位：…" opens a segment. */
  LABEL_START: RegExp;
  /** A clause opened by units and a role verb: 县司法局负责… */
  CLAUSE: RegExp;
  /** A clause opened by a role verb, its subject written before: …，负责人工影响天气工作. */
  VERB_FIRST: RegExp;
  /** A clause of a division of work, an office and its verb alone (社区居委会落实，): m[1] units, m[2] verb. */
  DIVIDED: RegExp;
  /** A clause opened by a verb of a division of work (after X是…的主管部门，指导…): m[1] the verb. */
  DIVIDED_FIRST: RegExp;
  /** Units before an adverbial opening a sentence: 县气象主管机构|在同级人民政府领导下，负责… */
  SUBJECT_BEFORE: RegExp;
  modals: string[];
  notModal: string[];
  /** Adverbs and light verbs between a modal and the role verb (积极, 做好, 发挥): 县交通局要积极配合. */
  beforeVerb: string[];
  /** The noun a light verb's role verb takes (做好配合工作, 发挥牵头作用): part of the verb, not the matter. */
  verbNouns: string[];
  /** Where a modal may stand, longest first: found without a step per character. */
  MODAL_AT?: RegExp;
  longestModal: number;
  /** 由县发改局负责解读 / 由县委编办会同县司法局进行解释 / 解释权归… (m[1], m[2] joined, m[3]) */
  INTERPRETS: RegExp;
  /** 本办法具体解释工作由市司法局承担: the unit is m[1]. */
  INTERPRETED_BY: RegExp;
  /** The same giving seen from a clause's words before 由 (本办法具体解释工作): no duty of its own. */
  INTERPRETS_HEAD: RegExp;
  /** 办公室设在县水利局 */
  OFFICE: RegExp;
  /** 县台办主任兼办公室主任 / 办公室主任由县卫健局局长兼任: the office is in the head's office (m[1] or m[2]). */
  OFFICE_HEAD: RegExp;
  /** 成员由教育部、住房城乡建设部等部门负责同志组成 */
  MEMBERS_OF: RegExp;
  /**
   * 县发改局、县教育局为成员单位 / 县委办、县财政局等20个部门的分管副职任小组成员: units
   * named before the seat they take (m[1]).
   */
  MEMBERS_NAMED: RegExp;
  /** 成员单位为县发改局、县教育局。 (m[1]) */
  MEMBERS_ARE: RegExp;
  /** 领导小组，组长：翟廷伟(政府副县长)，副组长：… */
  MEMBERS_INLINE: RegExp;
  /** 联席会议由区民政局、区财政局…等27个部门组成: the body's members (m[1]). */
  MEMBERS_OF_BODY: RegExp;
  /** 区民政局为牵头单位 / 财政部门作为改革牵头单位: an office named by the role label it is given (m[1] office, m[2] what of, m[3] label). */
  ROLE_NAMED: RegExp;
  MAY_NAME_ROLE: RegExp;
  // What each form cannot do without, tested before it is read: most paragraphs hold none, and
  // matchAll copies its expression on every call.
  MAY_INTERPRET: RegExp;
  MAY_NAME_OFFICE: RegExp;
  MAY_LIST_LEADERS: RegExp;
  MAY_LIST_MEMBERS: RegExp;
  memberLabels: string[];
  /** 组长：… / 成员：… */
  MEMBER_LINE: RegExp;
  /** Positions after an office's name (局长, 副县长 …), longest first. */
  positions: string[];
  /** 县…领导小组, 县指挥部: the body a matter belongs to. */
  BODY_OF_MATTER: RegExp;
  /** Whether a text names a body at all (BODY_OF_MATTER tries thirty lengths at every character). */
  NAMES_BODY: RegExp;
  /** Labelled fields of a service guide (guide-fields.ts), when the table has them. */
  guide?: GuideGrammar;
}

/** The labels of a service guide's fields, compiled (data/units.json `guideFields`). */
export interface GuideGrammar {
  /** An office field: label (m[1]), an optional bracketed note, the value written on the same line (m[2]). */
  OFFICE: RegExp;
  /** A scope field, the same shape. */
  SCOPE: RegExp;
  /** A line opened by any label of a guide (office, scope, phone). */
  ANY_LABEL: RegExp;
  PHONE: RegExp;
  TITLE: RegExp;
  /** How a phrase saying whose place ends (户籍所在地的, 所在的): data kinds.owners. */
  OWNER?: RegExp;
}

const fieldOf = (labels: string[]) => new RegExp(`^(${labels.join('|')})(?:[（(][^（）()]{1,16}[）)])?(?:[：:](.*))?$`);

export function createGuideGrammar(fields: { offices: string[]; scope: string[]; phones: string[]; titles: string[] }, owners: string[] = []): GuideGrammar {
  const byLength = (a: string, b: string) => b.length - a.length;
  const offices = [...fields.offices].sort(byLength);
  const scope = [...fields.scope].sort(byLength);
  const phones = [...fields.phones].sort(byLength);
  return {
    OFFICE: fieldOf(offices),
    SCOPE: fieldOf(scope),
    ANY_LABEL: new RegExp(`^(?:${[...offices, ...scope, ...phones].sort(byLength).join('|')})(?:[（(][^（）()]{1,16}[）)])?(?:[：:]|$)`),
    PHONE: new RegExp(`^(?:${phones.join('|')})[：:]`),
    // 【服务指南】一孩、二孩生育登记办理程序, 《生育服务证》办证须知.
    TITLE: new RegExp(`^(?:【[^】]{1,10}】)?(.{2,40}?(?:${[...fields.titles].sort(byLength).join('|')}))$`),
    OWNER: owners.length ? new RegExp(`^[^，,。；;的]{1,20}?(?:${owners.join('|')})`) : undefined,
  };
}


/** What every duty reader needs: the resolver and the compiled grammar. */
export interface DutyContext {
  units: UnitResolver;
  grammar: DutyGrammar;
  /** The one office a reply or notice is addressed to (主送机关 区民政局): whom 你局 names. */
  addressee?: string;
}

const byLength = (a: string, b: string) => b.length - a.length;
/** 负责人 (the person in charge) and 负责同志 are nouns, not the verb 负责; 负责人工影响天气 is the verb. */
export const NOT_A_PERSON = '(?!人(?![工民])|同志)';

/**
 * What may follow a role verb: no 人/同志 (负责人 is a person), and none of the words that make
 * that verb part of a noun (主管部门, 主管领导: data roles.nounsAfterVerbs).
 */
function verbEnd(table: UnitTable): string {
  const nouns = Object.entries(table.roles.nounsAfterVerbs ?? {}).flatMap(([verb, words]) => (Array.isArray(words) ? [`(?!(?<=${verb})(?:${words.join('|')}))`] : []));
  return NOT_A_PERSON + nouns.join('');
}

/** @example createDutyGrammar(loadUnitTable()).CLAUSE.exec('县司法局负责合法性审查')?.[1] // '县司法局' */
export function createDutyGrammar(table: UnitTable): DutyGrammar {
  const labelRoles = new Map(Object.entries(table.roles.labels).map(([k, v]) => [k, v] as const));
  const labelAlternation = [...labelRoles.keys()].sort(byLength).join('|');
  const verbs = [...table.roles.verbs].sort((a, b) => b[0].length - a[0].length);
  const verbAlternation = verbs.map(([v]) => v).join('|');
  // 负责人 (the person in charge) is a noun, not the verb 负责.
  const dutyLabels = [...labelRoles.keys()].filter((l) => labelRoles.get(l) !== 'member').sort(byLength);
  const modals = [...(table.roles.modals?.words ?? [])].sort(byLength);
  const interpretWords = table.roles.interprets.filter((w) => w.startsWith('负责')).sort(byLength);
  const given = [...(table.roles.interpretedBy?.subjects ?? [])].sort(byLength).join('|') || '(?!)';
  const givenVerbs = (table.roles.interpretedBy?.verbs ?? []).join('|') || '(?!)';
  const memberLabels = [...table.roles.members.labels].sort(byLength);
  const bodyWords = table.bodiesOfMatter.join('|');
  const afterVerb = verbEnd(table);
  const divided = [...(table.roles.divided?.verbs ?? [])].sort(byLength).join('|') || '(?!)';
  return {
    table,
    labelRoles,
    LABELLED: new RegExp(`^(${labelAlternation})[：:](.*)$`),
    verbs,
    ROLE_MARK: new RegExp(`[（(](${verbAlternation})[）)]$`),
    // A label may open a numbered heading of its own (三、解读机关：某局): the number is no matter.
    LABEL_OUTSIDE: new RegExp(`(?:^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．](?!\\d))?|[。；;])((?:${dutyLabels.join('|')})[：:])`),
    LABEL_START: new RegExp(`(?<![；;，,]|^)(${labelAlternation})(?=[：:])`, 'g'),
    CLAUSE: new RegExp(`^([^，,。；;]{2,60}?)[：:]?(${verbAlternation})${afterVerb}`),
    VERB_FIRST: new RegExp(`^(${verbAlternation})${afterVerb}`),
    DIVIDED: new RegExp(`^([^，,。；;：:]{2,40}?)(${divided})(?=[，,。；;]|$)`),
    DIVIDED_FIRST: new RegExp(`^(${divided})`),
    SUBJECT_BEFORE: new RegExp(`^([^，,。；;]{2,60}?)(?:${(table.roles.adverbials ?? []).join('|') || '(?!)'})`),
    modals,
    notModal: table.roles.modals?.notModal ?? [],
    beforeVerb: [...(table.roles.modals?.beforeVerb ?? [])].sort(byLength),
    verbNouns: [...(table.roles.modals?.verbNouns ?? [])].sort(byLength),
    MODAL_AT: modals.length ? new RegExp(modals.join('|'), 'g') : undefined,
    longestModal: modals[0]?.length ?? 0,
    // 由县委编办会同县司法局进行解释: both interpret (m[1], m[2]); 解释权归… (m[3]).
    INTERPRETS: new RegExp(`由([^，。,；;由]{2,40}?)(?:会同([^，。,；;由]{2,40}?))?(?:${interpretWords.join('|')}|进行解释|进行解读|予以解释)|解释权归([^，。,；;]{2,40}?)(?:所有)?(?:[。，,；;]|$)`, 'g'),
    // 本 and a short name of the instrument (办法, 实施细则 …) before what is given.
    INTERPRETED_BY: new RegExp(`本[\\u4e00-\\u9fff]{1,6}?的?(?:${given})由([^，。,；;由]{2,40}?)(?:${givenVerbs})(?=[。，,；;]|$)`, 'g'),
    INTERPRETS_HEAD: new RegExp(`本[\\u4e00-\\u9fff]{1,6}?的?(?:${given})$`),
    OFFICE: new RegExp(`(${table.roles.office.join('|')})([^，。,；;（(]{2,40})`, 'g'),
    MEMBERS_OF: /成员(?:单位)?(?:由|为|包括)([^。；;，,]+?)(?:等(?:有关)?(?:部门|单位))?(?:的?(?:主要|分管)?负责同志|分管副职)?组成/g,
    MEMBERS_NAMED:
      /(?<=^|[，,。；;：:])(?:另外|此外|同时|其中|并且?)?([^，,。；;：:]{2,400}?)(?:等)?(?:\d+|[一二三四五六七八九十]+)?个?(?:相关|有关)?(?:职能)?(?:部门|单位)?的?(?:主要负责同志|主要负责人|分管负责同志|分管领导|分管副职|负责同志|负责人)?(?:任|为)(?:领导小组|工作小组|小组|指挥部|委员会)?成员(?:单位)?(?=[，,。；;]|$)/g,
    MEMBERS_ARE: /成员(?:单位)?(?:为|包括|有)[：:]?([^。；;]+?)(?:等(?:有关|相关)?(?:部门|单位))?(?:的?(?:主要|分管)?负责同志|分管副职|主要负责人)?(?=[。；;]|$)/g,
    MEMBERS_OF_BODY: new RegExp(`(?:${bodyWords})由([^。；;：:]+?)(?:等|共)(?:\\d+|[一二三四五六七八九十]+)个(?:有关|相关)?(?:部门|单位|成员单位)(?:和单位)?组成`, 'g'),
    MAY_NAME_ROLE: new RegExp(dutyLabels.join('|')),
    ROLE_NAMED: new RegExp(`(?<=^|[，,。；;：:])([^，,。；;：:为]{2,30}?)(?:为|作为)([^，,。；;：:]{0,16}?)(${dutyLabels.join('|')})(?=[，,。；;]|$)`, 'g'),
    MEMBERS_INLINE: /(?<=[，,。；;])(副?组长|副?指挥长)[：:]([^。；;]+?)(?=[，,](?:副?组长|成员|副?指挥长|办公室)|[。；;]|$)/g,
    OFFICE_HEAD: /(?<=^|[，,。；;：:])(?:(?:[^，,。；;：:]{0,20}?办公室)?主任由([^，,。；;]{2,30}?)(?:兼任|担任|兼)|([^，,。；;由]{2,30}?)兼任?[^，,。；;]{0,20}?办公室主任)/g,
    MAY_INTERPRET: new RegExp(`${interpretWords.join("|")}|进行解[释读]|予以解释|解释权归`),
    MAY_NAME_OFFICE: new RegExp(table.roles.office.join('|')),
    MAY_LIST_LEADERS: /(?:组长|指挥长)[：:]/,
    MAY_LIST_MEMBERS: /成员/,
    memberLabels,
    MEMBER_LINE: new RegExp(`^(${memberLabels.join('|')})[：:](.*)$`),
    positions: [...table.roles.members.positions].sort(byLength),
    BODY_OF_MATTER: new RegExp(`([\\u4e00-\\u9fff\\d“”"]{0,30}?(?:${bodyWords}))`, 'g'),
    NAMES_BODY: new RegExp(bodyWords),
    ...(table.guideFields ? { guide: createGuideGrammar(table.guideFields, table.kinds?.owners) } : {}),
  };
}
