/**
 * @module ingest/read/text
 * Decoded gazette text → lines. A form feed (as some converters write between pages)
 * advances the page counter, so documents can cite pages even from plain text.
 */
import type { Source, SourceLine, SourceText } from '../../src/model';

/**
 * @example textToSourceText('稷山县人民政府公报\r\n2022 年第 3 期', source).lines.length // 2
 */
export function textToSourceText(text: string, source: Source): SourceText {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const hasPages = clean.includes('\f');
  let page = 1;
  const lines: SourceLine[] = [];
  for (const chunk of clean.split('\n')) {
    const parts = chunk.split('\f');
    parts.forEach((part, i) => {
      if (i > 0) page++;
      if (i === 0 || part.length > 0) lines.push(hasPages ? { text: part, page } : { text: part });
    });
  }
  return { source, lines, messages: [] };
}
