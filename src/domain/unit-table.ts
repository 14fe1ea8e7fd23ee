/**
 * @module domain/unit-table
 * The grammar of unit names and of duty sentences as data/units.json states it — its shape, and
 * the one function that reads the file. The resolver (units.ts) and the duty readers
 * (ingest/stages/duties) read the table through these types.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DutyRole } from '../model';
import type { KindTable } from './unit-kinds';
import type { LevelAlternativeTable } from './level-alternatives';

/** A name pattern whose canonical form is fixed, e.g. 国家税务总局县税务局 → 县税务局. */
export interface UnitPattern {
  /** Regular expression source, matched against the name after its county became its level char. */
  pattern: string;
  canonical: string;
}

/** The grammar of unit names, as stored in data/units.json. */
export interface UnitTable {
  /** Level characters a county-relative name starts with: 县, 区, 市 … */
  levelPrefixes: string[];
  /** Runs of levels an office is written with (县(市), 区(市)县, 市/县): see data/units.json `levelAlternatives`. */
  levelAlternatives?: LevelAlternativeTable;
  /** Names without level prefix; the first of each entry is canonical. */
  bodies: string[][];
  patterns: UnitPattern[];
  /** Offices of a township named bare or after 镇/乡/街道 (派出所, 镇水利站): known, kept as written. */
  localBodies?: { places: string[]; names: string[] };
  /** [full, abbreviation] pairs expanded inside any name: 经开区 → 经济技术开发区. */
  words: [string, string][];
  /** Endings of unit names: 局, 中心, 大队, 管委会 … */
  suffixes: string[];
  collectives: { markers: string[]; names: string[]; townWords?: { notNames: string[]; notOpenings?: string[] } };
  roles: {
    labels: Record<string, DutyRole>;
    /** A table column named by a role word and a word for offices (负责考核部门, 责任处室): see data/units.json `roles.columnRoles`. */
    columnRoles?: { about?: string; openers: [string, DutyRole][]; endings: string[]; between: number; divisions?: string[] };
    verbs: [string, DutyRole][];
    /** Words after a verb that make it part of a noun (主管 + 部门): see data/units.json `roles.nounsAfterVerbs`. */
    nounsAfterVerbs?: { about?: string } & Record<string, string[] | string | undefined>;
    interprets: string[];
    /** 本办法具体解释工作由市司法局承担: what is given before 由, the verbs after the unit. */
    interpretedBy?: { subjects: string[]; verbs: string[] };
    /** Marks before a unit in a table's units cell saying it leads (★区商务局): see data/units.json `roles.leadMarks`. */
    leadMarks?: { about?: string; marks: string[] };
    /** Verbs whose object lists the units that support (县民政局会同县公安局…: 县公安局 配合). */
    joining?: string[];
    /** Joining verbs that also say the units before them act together (联合开展): see data/units.json `roles.together`. */
    together?: { about?: string; verbs: string[]; acts?: string[] };
    /** 本办法由X组织实施: an instrument's own implementation, no duty (data/units.json `roles.ownImplementation`). */
    ownImplementation?: { about?: string; verbs: string[] };
    /** X作为…责任主体 / X为…的实施主体: an office named by a noun of subjects (ingest/stages/duties/designated.ts). */
    designated?: { about?: string; links: string[]; nouns: string[]; leadNouns?: string[]; asNouns?: string[]; then?: string[] };
    /** X对…负责 / X依法对…实施处罚: an office answerable for the object of 对 (ingest/stages/duties/answerable.ts). */
    answerable?: { about?: string; verbs: string[]; actVerbs?: string[]; adverbs?: string[]; accountableTo: string[]; nounsAfterActs?: string[] };
    /** 县规划建设局委托县城管办负责…: the office after the verb is charged (data/units.json `roles.delegating`). */
    delegating?: { about?: string; verbs: string[] };
    /** A matter assigned by a predicate naming the office last (职责归属X, 行业管理为X): see data/units.json `roles.assignedTo`. */
    assignedTo?: { about?: string; subjects: string[]; links: string[]; after?: string[]; competent?: { about?: string; nouns: string[] } };
    /** 交由X办理, 已交我局办理: the office a matter is handed to (ingest/stages/duties/handed-over.ts). */
    handedTo?: { about?: string; verbs: string[] };
    /** Verbs of a division of work in parallel clauses (由A负责，B组织，C落实): see data/units.json `roles.divided`. */
    divided?: { about?: string; verbs: string[] };
    /** Words opening an adverbial between units and their verb: 县气象主管机构在同级人民政府领导下，负责… */
    adverbials?: string[];
    /** Words after a unit that charge it with what follows: 要, 应当, 将 … (see data/units.json). */
    modals?: { words: string[]; notModal: string[]; beforeVerb?: string[]; verbNouns?: string[] };
    /** Where a resident is sent: 由/向/到/通过 an office, then its act (see data/units.json, ingest/stages/duties/prepositions.ts). */
    prepositions?: { forms: Array<{ before: string; verbs: string[]; notIn?: string[]; notOffices?: string; notAfterOffice?: boolean }>; joined?: { about?: string; words: string[] }; placeOf?: { about?: string; pattern: string } };
    office: string[];
    members: {
      labels: string[];
      positions: string[];
      /** Internal divisions between an office and a position (规财处): see data/units.json. */
      divisions?: { endings: string[] };
      /** Titles naming a seat, not an office (省委常委). */
      seatsOnly?: { endings: string[] };
      /** A place's head (迎泽区副区长): the member is of the place's 人民政府. */
      governmentLeaders?: { levels: string[] };
    };
  };
  /** Words that end the name of a body a matter belongs to: 领导小组, 指挥部 … */
  bodiesOfMatter: string[];
  /** Collectives naming one kind of office (各乡镇人民政府, 公安机关): see unit-kinds.ts. */
  kinds?: KindTable;
  /** Labelled fields of a service guide (受理机构, 登记对象, 咨询电话): see data/units.json `guideFields`. */
  guideFields?: { offices: string[]; scope: string[]; phones: string[]; titles: string[] };
}

const DEFAULT_TABLE_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/units.json');
let cached: UnitTable | undefined;

/**
 * Reads `data/units.json` once (the only file access of this module).
 * @example createUnitResolver(loadUnitTable()).resolve('县交警大队', '稷山县')?.name // '县公安局交通管理大队'
 */
export function loadUnitTable(file: string = DEFAULT_TABLE_PATH): UnitTable {
  if (file === DEFAULT_TABLE_PATH && cached) return cached;
  const table = JSON.parse(readFileSync(file, 'utf8')) as UnitTable;
  if (file === DEFAULT_TABLE_PATH) cached = table;
  return table;
}
