/**
 * @module model/kb
 * Answers of the knowledge-base questions (who handles a matter), shared by the API,
 * the CLI and the web UI.
 */
import type { DutyRole, ValidityStatus } from './knowledge';

/**
 * What kind of sentence gives an office a matter: a duty (负责/牵头 …), a members' list
 * (成员单位：…), an interpretation note (由县人社局负责解读) or a publicity role (宣传报道).
 */
export type EvidenceKind = 'duty' | 'list' | 'note' | 'publicity';

export interface DocumentRef {
  id: string;
  docNumber?: string;
  title: string;
  county?: string;
  date?: string;
}

export interface WhoHandlesEvidence {
  /** The sentence of the document that says so. */
  sentence: string;
  /** The matter (numbered item or sentence) the duty attaches to. */
  matter: string;
  role: DutyRole;
  /** What kind of evidence the sentence is; only 'duty' can put an office first on its own. */
  kind: EvidenceKind;
  /** The document's validity on the day asked about (today by default). */
  status?: ValidityStatus;
  /** The body the sentence names, when the answer is the office hosting it (县指挥部 → 县能源局). */
  via?: string;
  document: DocumentRef;
}

export interface WhoHandlesAnswer {
  /**
   * The office. `name` is the name its best evidence sentence prints (县市场监管局, as the page
   * says); `canonical` is the unit table's name it is grouped under (县市场监督管理局), when different.
   */
  unit: { id: string; name: string; canonical?: string; county?: string; aliases: string[] };
  /** The strongest role found for this unit (lead > responsible > office > support > interprets > member). */
  role: DutyRole;
  /** Chinese label of the role: 牵头, 负责, 配合, 解读, 办公室, 成员. */
  roleLabel: string;
  score: number;
  /** Validity of the document of the first evidence. */
  status?: ValidityStatus;
  evidence: WhoHandlesEvidence[];
}

export interface WhoHandlesResult {
  question: string;
  county?: string;
  /** 'matter': offices for a matter; 'unit': the question named an office, so its duties are listed. */
  mode: 'matter' | 'unit';
  /** Terms the question was reduced to. */
  terms: string[];
  answers: WhoHandlesAnswer[];
  /** Command posts and leading groups (县指挥部) whose host office the documents do not name: shown apart. */
  bodies?: WhoHandlesAnswer[];
  /** True when only documents in force on the day asked about were used. */
  inForce?: boolean;
  /** Offices left out because their only evidence is in documents no longer in force. */
  notInForce?: number;
  /** When the question was shortened (a pasted passage): what was answered, in Chinese. */
  notice?: string;
  /**
   * When the county asked about gave no answer and the answers come from documents that name no
   * county: says so, in Chinese (以下答案来自未标明县的文件…). Offices of another county are never answered.
   */
  countyNotice?: string;
  /**
   * When no duty held the question's words of place, time or person (乡下, 工地) and the answers
   * were found without them: says which words were let go, in Chinese.
   */
  contextNotice?: string;
  /**
   * Asked without a county, when the first answer rests only on one place's documents (a city's
   * 条例): says which place, in Chinese, and that it holds there only.
   */
  placeNotice?: string;
  /** When there is no answer: a sentence saying so, in Chinese. */
  message?: string;
  /** Nearby matters to try. */
  suggestions: string[];
  tookMs: number;
}
