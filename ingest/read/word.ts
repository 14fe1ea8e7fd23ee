/**
 * @module ingest/read/word
 * Reads Word files into lines: .docx with mammoth (paragraphs, tables, text boxes, footnotes;
 * field codes dropped, field results kept), .doc and .wps with word-extractor (word-binary.ts).
 * Each paragraph is one line and each table row one line, in document order, with the leading
 * spaces that place a 落款 or a date on the right kept: the header stage reads those cues.
 *
 * Chosen on the samples (../shared/corpus/formats): on the 5 DOCX both libraries give the same
 * paragraphs, but word-extractor turns “” into "" and loses table rows, mammoth's HTML keeps
 * them; on the 9 DOC/WPS word-extractor (with the fix in word-binary.ts) gives the whole text
 * of all 9 where catdoc/antiword lose 3 of them, and no MERGEFIELD code leaks.
 * File properties (docProps/core.xml title, author) are not used: templates leave them stale.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import mammoth from 'mammoth';
import { zipSync } from 'fflate';
import { defaultReadLimits } from '../../src/config';
import { isGazetteError } from '../../src/errors';
import type { Message, Source, SourceLine, SourceText } from '../../src/model';
import { fileError } from './file-error';
import { extractWordBinary } from './word-binary';
import { readZip } from './zip-archive';

/**
 * Field codes that leak into text when a file was saved mid-merge or by a converter that does
 * not hide them: `MERGEFIELD outgoingNo`, `PAGE \* MERGEFORMAT`, `HYPERLINK "http://…"`.
 */
const FIELD_CODE = /\b(?:MERGEFIELD|HYPERLINK|INCLUDEPICTURE|NUMPAGES|PAGE|DOCPROPERTY|FORMTEXT)\b(?:\s+(?:"[^"]*"|\\[*@#!]\s*[\w$]+|\\[a-z]|[\w$.]+(?=\s|$)))*\s*/g;

/**
 * @example (await readDocx(bytes, source)).lines[1].text // → '苏银监办〔2005〕235号'
 */
export async function readDocx(bytes: Buffer, source: Source, maxInflatedBytes = defaultReadLimits.maxInflatedBytes): Promise<SourceText> {
  // Inflated here under the limit and handed to mammoth stored, so its unzip cannot be bombed.
  // Images are left out: they are never read (the image converter below ignores them), and a
  // report full of photos should not count against the inflate limit.
  const entries = readZip(bytes, source.path, { want: (name) => !/^word\/media\//i.test(name), maxInflatedBytes });
  const stored = Buffer.from(zipSync(Object.fromEntries(entries), { level: 0 }));
  let html: string;
  const messages: Message[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: stored },
      { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
    for (const m of result.messages) if (m.type === 'error') messages.push({ level: 'warning', origin: 'docx', message: m.message });
  } catch (cause) {
    if (isGazetteError(cause)) throw cause;
    throw fileError('DAMAGED_FILE', source.path, 'Word 文档（.docx）已损坏，无法读取', `damaged DOCX: ${(cause as Error).message}`, cause);
  }
  return { source: { ...source, format: 'docx' }, lines: htmlToLines(html), messages };
}

/**
 * @example (await readWordBinary(bytes, source)).lines.find((l) => l.text.includes('〔2016〕'))?.text // → '绍银监发〔2016〕69号'
 */
export async function readWordBinary(bytes: Buffer, source: Source): Promise<SourceText> {
  let text: string;
  try {
    text = await extractWordBinary(bytes);
  } catch (cause) {
    const kind = source.format === 'wps' ? 'WPS 文档（.wps）' : 'Word 文档（.doc）';
    throw fileError('DAMAGED_FILE', source.path, `${kind}已损坏或已加密，无法读取`, `damaged or encrypted ${source.format}: ${(cause as Error).message}`, cause);
  }
  return { source, lines: textToLines(text), messages: [] };
}

/** Word text (paragraphs '\n', cells '\t') → lines; a row's cells become one line. */
export function textToLines(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => ({ text: cleanLine(line.replace(/\t+$/, '').replace(/\t/g, '  ')) }));
}

/** Mammoth's HTML → one line per paragraph, heading, list item and table row. */
export function htmlToLines(html: string): SourceLine[] {
  const $ = cheerio.load(html, null, false);
  const lines: SourceLine[] = [];
  const visit = (node: AnyNode) => {
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'table') {
      $(el).find('tr').each((_, row) => {
        // Rows of a nested table are read with their own table; skip them here.
        if ($(row).closest('table')[0] !== el) return;
        const cells = $(row).children('td, th').map((__, cell) => cleanLine($(cell).text())).get();
        lines.push({ text: cells.filter((c) => c !== '').join('  ') });
      });
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      $(el).children('li').each((_, li) => {
        const own = $(li).clone();
        own.children('ul, ol').remove();
        lines.push({ text: cleanLine(own.text()) });
        $(li).children('ul, ol').each((__, nested) => visit(nested));
      });
      return;
    }
    lines.push({ text: cleanLine($(el).text()) });
  };
  for (const node of $.root().children().toArray()) visit(node);
  return lines;
}

/** Removes leaked field codes and stray control characters; keeps leading spaces (layout cues). */
function cleanLine(text: string): string {
  return text
    .replace(FIELD_CODE, '')
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, '')
    .trimEnd();
}
