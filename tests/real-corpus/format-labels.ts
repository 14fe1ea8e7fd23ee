/**
 * @module tests/real-corpus/format-labels
 * The hand labels of ../shared/corpus/formats (labels.json) and how a record is compared with
 * them, for formats.test.ts and formats-ocr.slow.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteDocument } from '../../src/model';

export interface Label {
  file: string;
  title: string | null;
  doc_number: string | null;
  issuer: string | string[] | null;
  date: string | null;
}

export function readLabels(dir: string): Label[] {
  return (JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as { labels: Label[] }).labels;
}

/** Spacing, width and bracket shape (﹝﹞ → 〔〕 by NFKC) are not what the labels judge. */
export function norm(text: string | undefined | null): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/^《(.*)》$/, '$1');
}

export function issuerOf(doc: GazetteDocument | undefined): string {
  return norm(doc?.issuers?.join('、') ?? doc?.issuingBody);
}
