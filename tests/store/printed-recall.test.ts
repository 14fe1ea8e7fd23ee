/**
 * Every printed character is searchable: random 2–4-character substrings of every line of the
 * two printed sample gazettes, from the first document's title on, each find the document the
 * line belongs to (seeded, so a failure repeats). Prints the figure.
 *
 * Left out, and why:
 * - the cover, 办刊宗旨, editorial board and table of contents before the first document: they
 *   belong to the issue, not to a document (a contents entry repeats a title and number, which
 *   are searched with their document anyway);
 * - a piece cut out of the middle of a number or Latin word (022 of 2022, .j of www.jishan): the
 *   index keeps numbers and Latin words whole (a query for 2022 finds it), which is the text
 *   engineers' tokenizer (src/text/segment.ts), not the printed text;
 * - HTML markup (<p>) that the sample text carries inside a table: it is not printed;
 * - pieces with no letter, digit or character at all (punctuation only).
 * A line between two documents' bodies (落款 and date of one, title and 主送机关 of the next)
 * belongs to either neighbour. A piece with a colon is quoted, as field:value is query syntax.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createPipeline } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openSampleStore, samplesDir } from '../sample-store';

let store: GazetteStore;
beforeAll(async () => {
  store = await openSampleStore();
}, 120_000);
afterAll(() => store?.close());

/** mulberry32: a small seeded generator, so the sample of substrings is the same every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = /[A-Za-z0-9]/;
const MARKUP = /<\/?[a-z]+>/g;

interface Probe {
  file: string;
  line: number;
  text: string;
  piece: string;
  owners: string[];
}

/** The substrings to look for, each with the documents its line may belong to. */
async function probes(file: string, random: () => number, perLine: number): Promise<Probe[]> {
  const read = await readSource(path.join(samplesDir, file));
  const record = createPipeline()(read);
  if (read.kind !== 'text') throw new Error(`${file}: expected a text source`);
  const lines = read.text.lines.map((l) => l.text);
  const docs = record.documents.map((d) => ({
    id: d.id,
    first: Math.min(...d.paragraphs.map((p) => p.lineStart)),
    last: Math.max(...d.paragraphs.map((p) => p.lineEnd)),
  }));
  const head = record.documents[0].title.replace(/\s/g, '').slice(0, 8);
  let start = docs[0].first;
  while (start > 0 && !lines[start].replace(/\s/g, '').includes(head)) start -= 1;
  const out: Probe[] = [];
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].replace(MARKUP, ' ').trim();
    if (!text) continue;
    const inside = docs.findIndex((d) => i >= d.first && i <= d.last);
    const next = docs.findIndex((d) => d.first > i);
    const owners = inside >= 0 ? [docs[inside].id] : [docs[(next === -1 ? docs.length : next) - 1]?.id, docs[next]?.id].filter((id): id is string => !!id);
    const chars = [...text];
    for (let n = 0; n < perLine; n++) {
      const length = 2 + Math.floor(random() * 3);
      if (chars.length < length) continue;
      const at = Math.floor(random() * (chars.length - length + 1));
      const piece = chars.slice(at, at + length).join('');
      if (!/[\p{L}\p{N}]/u.test(piece)) continue;
      const cutsStart = at > 0 && ALNUM.test(chars[at - 1]) && ALNUM.test(chars[at]);
      const cutsEnd = at + length < chars.length && ALNUM.test(chars[at + length - 1]) && ALNUM.test(chars[at + length]);
      if (cutsStart || cutsEnd) continue;
      out.push({ file, line: i + 1, text, piece, owners });
    }
  }
  return out;
}

describe('substring recall against the printed samples', () => {
  it('finds the document of every random 2–4-character substring of every printed line', async () => {
    const random = seeded(25);
    const all = [...(await probes('jishan-2022-03.txt', random, 2)), ...(await probes('xiaxian-2023-04.txt', random, 2))];
    const misses: string[] = [];
    for (const probe of all) {
      const q = /[:：]/.test(probe.piece) ? `"${probe.piece}"` : probe.piece;
      const result = await store.search.search({ q, limit: 100 });
      if (!result.hits.some((hit) => probe.owners.includes(hit.id))) misses.push(`${probe.file}:${probe.line} «${probe.piece}» in ${probe.text.slice(0, 50)}`);
    }
    const found = all.length - misses.length;
    console.log(`printed substring recall: ${found}/${all.length} = ${((100 * found) / all.length).toFixed(2)}%${misses.length ? `\n  ${misses.slice(0, 30).join('\n  ')}` : ''}`);
    expect(all.length).toBeGreaterThan(3000);
    expect(misses).toEqual([]);
  }, 300_000);

  it('finds all 26 documents by 关单位, a piece of the 主送机关 line of each (issue 25)', async () => {
    const result = await store.search.search({ q: '关单位', limit: 100 });
    expect(result.total).toBe(26);
  });
});
