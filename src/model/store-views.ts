/**
 * @module model/store-views
 * What the store answers with — gazette summaries and details, stored documents with their
 * validity, the reference graph, unit profiles: the wire types the API sends and the web UI
 * reads, kept here so that the UI needs nothing of the store but these shapes.
 */
import type { ContentsEntry, DocumentHead, Duty, DutyRole, GazetteDocument, GazetteKind, Level, Message, RelationKind, SourceFormat, Unit, ValidityStatus } from './index';

export interface GazetteSummary {
  id: string;
  kind: GazetteKind;
  name?: string;
  county?: string;
  year?: number;
  issue?: number;
  /** The last of issues printed together (合刊: 第5、6期 → 6). */
  lastIssue?: number;
  totalIssue?: number;
  publishedOn?: string;
  publisher?: string;
  source: { path: string; sha256: string; format: SourceFormat; ocr?: boolean };
  documentCount: number;
  /** ISO timestamp. */
  ingestedAt: string;
}

/** A short description of a document, for lists and graph nodes. */
export interface DocumentBrief extends DocumentHead {
  gazetteId: string;
}

/** Validity as of a date, with the reason. */
export interface ValidityState {
  status: ValidityStatus;
  asOf: string;
  /** Human-readable reason in Chinese, e.g. 有效期3年，至2025-08-15. */
  reason: string;
  effectiveFrom?: string;
  expiresOn?: string;
  repealedBy?: DocumentBrief[];
}

/** A document as the store returns it: the record plus where it appeared and its status. */
export interface StoredDocument extends GazetteDocument {
  gazette: GazetteSummary | null;
  status: ValidityState;
}

/** One end of a reference: a document in the corpus, or a node known only by number/title. */
export interface ReferenceNode {
  docNumber?: string;
  title?: string;
  level?: Level;
  /** Present when the document is in the corpus. */
  document?: DocumentBrief;
}

export interface ReferenceEdge {
  relation: RelationKind;
  from: ReferenceNode;
  to: ReferenceNode;
  sentence: string;
  /** With `extends`: the new last day in force the sentence states. */
  until?: string;
}

/** The edge lists of a reference graph, outgoing and incoming. */
export const REFERENCE_EDGE_KEYS = ['cites', 'citedBy', 'repeals', 'repealedBy', 'basedOn', 'implements', 'revises', 'revisedBy', 'interprets', 'interpretedBy', 'extends', 'extendedBy'] as const;
export type ReferenceEdgeKey = (typeof REFERENCE_EDGE_KEYS)[number];

export interface ReferenceGraph {
  node: ReferenceNode;
  /** Validity of the node: for a document outside the corpus only 已废止 can be known. */
  status?: ValidityState;
  cites: ReferenceEdge[];
  citedBy: ReferenceEdge[];
  repeals: ReferenceEdge[];
  repealedBy: ReferenceEdge[];
  basedOn: ReferenceEdge[];
  implements: ReferenceEdge[];
  revises: ReferenceEdge[];
  revisedBy: ReferenceEdge[];
  /** What this document explains (a 政策解读 page), and the interpretations of this one. */
  interprets: ReferenceEdge[];
  interpretedBy: ReferenceEdge[];
  /** What this notice extends the term of (关于延长《某办法》有效期的通知), and the notices extending this one's. */
  extends: ReferenceEdge[];
  extendedBy: ReferenceEdge[];
  /** With depth 2: the graphs of the neighbours, keyed by docNumber or title. */
  neighbours?: Record<string, Omit<ReferenceGraph, 'neighbours'>>;
}

export interface UnitSummary extends Unit {
  dutyCount: number;
  documentCount: number;
}

/** A duty with the document it comes from. */
export interface DutyWithDocument extends Duty {
  unitName: string;
  document: DocumentBrief;
}

export interface UnitProfile {
  unit: Unit;
  /** Duties grouped by document, newest first. */
  documents: Array<{ document: DocumentBrief; duties: Array<Duty & { role: DutyRole }> }>;
}

export interface GazetteDetail extends GazetteSummary {
  contents: ContentsEntry[];
  documents: DocumentBrief[];
  messages: Message[];
}


export interface StoreStats {
  gazettes: number;
  documents: number;
  references: number;
  referencedNodes: number;
  duties: number;
  units: number;
  counties: Array<{ county: string; gazettes: number; documents: number }>;
  bytesOnDisk: number;
}

