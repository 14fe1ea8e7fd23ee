/**
 * @module model/text
 * Text as readers deliver it (lines with page numbers) and as the repair stage
 * leaves it (paragraphs, with the original lines kept next to the repaired text).
 */
import type { Attachment } from './attachment';
import type { Message, Source } from './source';

/** One physical line of extracted text. */
export interface SourceLine {
  text: string;
  /** 1-based page of the printed gazette (the number printed on the page when known). */
  page?: number;
}

/**
 * Metadata a reader found beside the text, as written (raw strings): a 政府信息公开 table of a
 * web page, a row of a CSV export, a Word file's properties. The pipeline prefers these to what
 * it reads from the text, e.g. 成文日期 "2019年01月22日".
 */
export interface DocumentFields {
  title?: string;
  /**
   * The page's own headline (its ArticleTitle meta, its <title> before the site's name): the
   * title when the text prints none — a site may shorten or lengthen it, so a printed one wins.
   */
  headline?: string;
  docNumber?: string;
  issuingBody?: string;
  /**
   * Who put the page up (发布机构, 公开主体 in a text's metadata block): never the issuer — a county's
   * portal publishes its province's documents too — but the county a page names no other way.
   */
  publisher?: string;
  /** 成文日期 as written. */
  date?: string;
  /** 发布日期 as written. */
  publishedOn?: string;
  /**
   * The publication stamp a page's CMS line printed (2023-03-15 09:12  来源：…, 来源：某局 发布时间：…),
   * read by clean-lines as it drops the line: the 发布日期 where nothing else states one.
   */
  stampedOn?: string;
  indexNumber?: string;
  topic?: string;
  /** 有效性 / 效力状态 as written: 有效, 失效, 废止 … */
  validity?: string;
  effectiveFrom?: string;
  /** 废止时间 / 废止日期 as written: the page dates the document's repeal. */
  repealedOn?: string;
  /** 失效时间 / 失效日期 as written: the page dates the document's lapse. */
  lapsedOn?: string;
  keywords?: string;
  /** 主送机关 */
  recipients?: string;
  /** 效力级别 as written (法律, 行政法规, 地方性法规 …). */
  level?: string;
}

/**
 * Output of every reader: lines in reading order, and what the reader knows beside them. The
 * pipeline decides what the text is (gazette issue, single document, law, page excerpt).
 */
export interface SourceText {
  source: Source;
  lines: SourceLine[];
  messages: Message[];
  /** Metadata stated outside the text (a page's table, a CSV row). */
  fields?: DocumentFields;
  /** Attachments the reader found as links or embedded files. */
  attachments?: Attachment[];
}

/** A logical paragraph after repair. */
export interface Paragraph {
  /** Repaired text: broken lines joined, split titles rejoined, furniture removed. */
  text: string;
  /** The original lines joined with '\n', as they arrived. */
  raw: string;
  /** 0-based index of the first and last source line. */
  lineStart: number;
  lineEnd: number;
  /** Page of the first line, when known. */
  page?: number;
  /** Page of the last line, when known. */
  pageEnd?: number;
}

export interface RepairedText {
  source: Source;
  paragraphs: Paragraph[];
  messages: Message[];
}

/**
 * What a reader yields: the text of one file, or — for an export (CSV, JSONL) — one text per
 * row, each with its row's metadata as fields.
 */
export type ReadResult =
  | { kind: 'text'; text: SourceText }
  | { kind: 'rows'; source: Source; rows: SourceText[]; messages: Message[] };
