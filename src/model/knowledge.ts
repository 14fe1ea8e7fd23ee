/**
 * @module model/knowledge
 * What extraction learns from a document: references to other documents,
 * validity, and duties (who must do what).
 */
import type { Level } from './doc-number';

/** How a document relates to one it mentions. */
export type RelationKind = 'cites' | 'basedOn' | 'implements' | 'repeals' | 'revises' | 'interprets' | 'extends';

export interface Reference {
  relation: RelationKind;
  /** Canonical document number when the text gives one. */
  docNumber?: string;
  docNumberRaw?: string;
  /** Title inside 《》 when given, without the brackets. */
  title?: string;
  level?: Level;
  /** The sentence that says so (repaired text). */
  sentence: string;
  /** 0-based paragraph index within the document. */
  paragraph: number;
  /**
   * With `extends`: the new last day in force the sentence gives the target (有效期延长至2030年7月10日
   * → 2030-07-10), YYYY-MM-DD; absent where it is only kept in force (继续有效).
   */
  until?: string;
}

/** Whether a document is in force; the list and its order: VALIDITY_STATUSES in model/labels. */
export type ValidityStatus = '现行有效' | '尚未生效' | '已失效' | '已废止';

export interface Validity {
  /** YYYY-MM-DD */
  effectiveFrom?: string;
  validYears?: number;
  /** Last day in force, YYYY-MM-DD, derived from effectiveFrom + validYears. */
  expiresOn?: string;
  /** The sentence that states it. */
  sentence?: string;
  /**
   * A status the document's metadata states (有效性：失效, 效力状态：已废止) — from when, only
   * a date beside it says (domain/validity.ts statedDates) — or its title (…（征求意见稿）: a
   * draft, 尚未生效 on every day).
   */
  stated?: '已失效' | '已废止' | '尚未生效';
}

/** Role a unit plays for a matter. */
export type DutyRole = 'lead' | 'support' | 'responsible' | 'interprets' | 'office' | 'member';

export interface Duty {
  /** Unit as written, e.g. 县人社局. */
  unit: string;
  /** Resolved unit id (see Unit), when resolution succeeded. */
  unitId?: string;
  role: DutyRole;
  /** The matter the duty attaches to: the numbered item or sentence. */
  matter: string;
  /** The sentence that says so. */
  sentence: string;
  paragraph: number;
}

/** One real office within a county (or above), with its aliases. */
export interface Unit {
  /** Stable id: county + canonical name, e.g. '稷山县:县人力资源和社会保障局'. */
  id: string;
  county?: string;
  name: string;
  aliases: string[];
}
