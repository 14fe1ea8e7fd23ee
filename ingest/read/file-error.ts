/**
 * @module ingest/read/file-error
 * The readers' one way to fail: a GazetteError whose message names the file and says what is
 * wrong in Chinese, then in English, so the CLI and the upload API can show it as is.
 */
import { GazetteError, type ErrorCode } from '../../src/errors';

/**
 * Builds the error for a file a reader cannot read.
 *
 * @example
 * fileError('NO_TEXT_LAYER', 'data/x.pdf', '该 PDF 没有文本层（可能是扫描件），请使用 --ocr', 'no text layer; scanned?')
 * // → "data/x.pdf: 该 PDF 没有文本层（可能是扫描件），请使用 --ocr (no text layer; scanned?)"
 */
export function fileError(code: ErrorCode, file: string, chinese: string, english: string, cause?: unknown): GazetteError {
  return new GazetteError(code, `${file}: ${chinese} (${english})`, { cause, details: { file } });
}
