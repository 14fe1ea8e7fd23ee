#!/usr/bin/env node
// Writes data/traditional-script.json: the characters OpenCC (the installed opencc-js, Hong Kong
// and general traditional → mainland simplified) changes standing alone, which src/text/fold-script
// reads instead of deriving them from the library's dictionaries in every process. Run it after
// upgrading opencc-js; tests/text/fold-script.test.ts fails until the file matches the library.
// The file's "about" and "variants" (shapes OpenCC leaves, kept by hand) are written back as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';
import { from, to } from 'opencc-js/preset/t2cn';

const file = new URL('../data/traditional-script.json', import.meta.url);
const kept = JSON.parse(readFileSync(file, 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('../node_modules/opencc-js/package.json', import.meta.url), 'utf8'));

// The source side of every dictionary the converter uses ("src dst|src dst…" or pairs).
const sources = new Set();
for (const group of [...from.hk, ...to.cn]) {
  for (const dict of group) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')[0]) : dict.map(([source]) => source);
    for (const source of entries) for (const ch of source) sources.add(ch);
  }
}
// Each character alone, a line each (no dictionary entry holds a line break, so none spans two).
const convert = Converter({ from: 'hk', to: 'cn' });
const chars = [...sources].sort();
const converted = convert(chars.join('\n')).split('\n');
if (converted.length !== chars.length) throw new Error('OpenCC changed the number of lines');
const characters = chars.filter((ch, i) => converted[i] !== ch).join('');
const opencc = `opencc-js ${version}, from hk to cn`;
writeFileSync(file, `${JSON.stringify({ about: kept.about, opencc, characters, variants: kept.variants }, null, 2)}\n`);
console.log(`data/traditional-script.json: ${[...characters].length} characters (opencc-js ${version})`);
