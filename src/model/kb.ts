/**
 * @module model/kb
 * Answers of the knowledge-base questions (who handles a matter), shared by the API,
 * the CLI and the web UI.
 */
import type { DutyRole } from './knowledge';

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
  document: DocumentRef;
}

export interface WhoHandlesAnswer {
  unit: { id: string; name: string; county?: string; aliases: string[] };
  /** The strongest role found for this unit (lead > responsible > office > support > interprets > member). */
  role: DutyRole;
  /** Chinese label of the role: 牵头, 负责, 配合, 解读, 办公室, 成员. */
  roleLabel: string;
  score: number;
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
  /** When there is no answer: a sentence saying so, in Chinese. */
  message?: string;
  /** Nearby matters to try. */
  suggestions: string[];
  tookMs: number;
}
