/**
 * @module model/source
 * Where a record came from and the problems it survived. Every record in the
 * pipeline carries both, in the manner of vfile: problems are collected, not thrown.
 */

/** How the bytes of a source file were read. */
export type SourceFormat = 'text' | 'pdf' | 'html' | 'docx' | 'doc' | 'wps' | 'ofd' | 'csv' | 'jsonl';

export interface Source {
  /** Path as given by the user (or the upload's original name). */
  path: string;
  /** sha256 of the raw bytes, hex; the identity of a file's content. */
  sha256: string;
  format: SourceFormat;
  /** Detected text encoding of text/html sources (utf-8, gb18030, utf-16le…). */
  encoding?: string;
  /** True when the text was recognised by OCR from page images. */
  ocr?: boolean;
  /** Size of the raw bytes. */
  bytes?: number;
}

export type MessageLevel = 'info' | 'warning' | 'error';

/** A problem a record survived, e.g. a contents entry with no matching body. */
export interface Message {
  level: MessageLevel;
  /** The stage or reader that noticed it: 'read-contents', 'pdf', … */
  origin: string;
  message: string;
  /** 1-based line in the source text, when known. */
  line?: number;
}
