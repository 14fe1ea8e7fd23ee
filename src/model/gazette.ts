/**
 * @module model/gazette
 * A gazette issue (公报) and the documents (公文) it publishes: the record that
 * the ingest pipeline produces and the store keeps.
 */
import type { Duty, Reference, Validity } from './knowledge';
import type { Message, Source } from './source';
import type { Attachment } from './attachment';
import type { Paragraph } from './text';

export type { Attachment };

export interface GazetteIssue {
  /** 稷山县人民政府公报 */
  name: string;
  county: string;
  year: number;
  /** 第3期 → 3 */
  issue: number;
  /** Issues printed together (合刊): 2019年1-3期 → issue 1, lastIssue 3. */
  lastIssue?: number;
  /** 总第7期 → 7 */
  totalIssue?: number;
  /** YYYY-MM-DD */
  publishedOn?: string;
  /** 稷山县人民政府办公室 (主管主办) */
  publisher?: string;
}

export interface ContentsEntry {
  /** 县政府文件, 县政府办文件 … (without brackets) */
  section?: string;
  title: string;
  docNumber?: string;
  docNumberRaw?: string;
  page?: number;
  /** Id of the body this entry was reconciled with. */
  documentId?: string;
}


export interface OutlineNode {
  /** 1 = 第一章 / 一、, deeper numbers for 第一条, （一）, 1. … */
  level: number;
  /** The numbering as printed: 第一章, 第一条, 一、, （一）, 1. */
  label: string;
  /** Heading text after the label (may be empty for 第一条 clauses). */
  title: string;
  /** 0-based paragraph index in the document. */
  paragraph: number;
}

export interface GazetteDocument {
  /** Stable id (hex), derived from county + document number, or gazette + position. */
  id: string;
  gazetteId: string;
  /** 0-based position in the gazette. */
  ordinal: number;
  /** Canonical 〔YYYY〕N号 form. */
  docNumber?: string;
  docNumberRaw?: string;
  issuingBody?: string;
  title: string;
  /** The title as the table of contents gives it, when it differs. */
  titleInContents?: string;
  /** 主送机关 */
  recipients?: string;
  /** The body that signs (落款). */
  signedBy?: string;
  /** 成文日期, YYYY-MM-DD */
  date?: string;
  /** 此件公开发布 / 此件详见县政府网站 … (without brackets) */
  publicity?: string;
  attachments: Attachment[];
  /** Title of the instrument the notice issues (办法, 方案 …), without 《》. */
  instrumentTitle?: string;
  /** 文种: 通知, 办法, 方案, 预案, 意见, 措施, 决定, 批复 … */
  type?: string;
  /**
   * 效力级别: for a 公文 the issuer's level from its name, else its number (national, provincial, city,
   * county, township — a 镇's, 乡's, 街道's or 苏木's organ);
   * for a law the kind of instrument (法律, 行政法规, 地方性法规, 部门规章, 司法解释 …).
   */
  level?: string;
  /** Joint issuers (联合发文), in the order printed, when more than one. */
  issuers?: string[];
  /** 发布日期 / 公布日期, YYYY-MM-DD, where it differs from 成文日期 (laws: the promulgation date). */
  publishedOn?: string;
  county?: string;
  outline: OutlineNode[];
  /** Body paragraphs (repaired, with their raw lines). */
  paragraphs: Paragraph[];
  /** Repaired body text, paragraphs joined with '\n'. */
  text: string;
  /** Page in the printed gazette per the table of contents. */
  page?: number;
  /** First and last page of the body, when the source has pages. */
  pages?: { first: number; last: number };
  references: Reference[];
  validity: Validity;
  duties: Duty[];
  messages: Message[];
}

/**
 * What a source file held: a gazette issue (several documents), one 公文 ('document'; a
 * 政府信息公开 web page is 'document-page'), a law or regulation, or an export of many rows.
 */
export const GAZETTE_KINDS = ['gazette', 'document-page', 'document', 'law', 'export'] as const;
export type GazetteKind = (typeof GAZETTE_KINDS)[number];

/** Output of the ingest pipeline for one source file. */
export interface GazetteRecord {
  /** Stable id (hex) of the issue: name + year + issue, or the source for a single page. */
  id: string;
  kind: GazetteKind;
  source: Source;
  /** Null for a single document web page that belongs to no gazette issue. */
  issue: GazetteIssue | null;
  contents: ContentsEntry[];
  documents: GazetteDocument[];
  messages: Message[];
}
