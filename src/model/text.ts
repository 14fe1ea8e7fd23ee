/**
 * @module model/text
 * Text as readers deliver it (lines with page numbers) and as the repair stage
 * leaves it (paragraphs, with the original lines kept next to the repaired text).
 */
import type { Message, Source } from './source';

/** One physical line of extracted text. */
export interface SourceLine {
  text: string;
  /** 1-based page of the printed gazette (the number printed on the page when known). */
  page?: number;
}

/** Output of every reader (text, PDF, HTML gazette page): lines in reading order. */
export interface SourceText {
  source: Source;
  lines: SourceLine[];
  messages: Message[];
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
