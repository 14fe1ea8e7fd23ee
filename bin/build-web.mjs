#!/usr/bin/env node
/**
 * @module bin/build-web
 * Bundles the web UI (web/src/main.ts, web/styles.css, web/index.html) into web/dist/ with
 * esbuild, minified, and prints the sizes. Runs on `npm install` (postinstall) and
 * `npm run build:web` (`--out <dir>` to build elsewhere). Asset URLs in index.html get a content hash so a new build is never
 * hidden by a cached old one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
// `--out <dir>` builds elsewhere (tests build into a temp folder while a server reads web/dist).
const outIndex = process.argv.indexOf('--out');
const dist = outIndex > 0 && process.argv[outIndex + 1] ? path.resolve(process.argv[outIndex + 1]) : path.join(web, 'dist');
const shown = path.relative(root, dist).startsWith('..') ? dist : path.relative(root, dist);
const entry = path.join(web, 'src', 'main.ts');

if (!fs.existsSync(entry)) {
  console.log('build-web: web/src/main.ts not found, nothing to build');
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // postinstall with --omit=dev or a broken install: the API still works without the UI.
  console.warn('build-web: esbuild is not installed; the web UI was not built');
  process.exit(0);
}

fs.mkdirSync(dist, { recursive: true });

// pdf.js is copied, not bundled: the original-page view loads it on demand from a folder named
// by its version (a new version is never hidden by a cached old one), so the first load holds.
const pdfjsRoot = path.join(root, 'node_modules', 'pdfjs-dist');
const pdfjsVersion = fs.existsSync(pdfjsRoot) ? JSON.parse(fs.readFileSync(path.join(pdfjsRoot, 'package.json'), 'utf8')).version : undefined;
const pdfjsBase = `/pdfjs-${pdfjsVersion ?? 'missing'}`;
if (pdfjsVersion) {
  const target = path.join(dist, pdfjsBase.slice(1));
  if (!fs.existsSync(path.join(target, 'pdf.worker.min.mjs'))) {
    for (const old of fs.readdirSync(dist)) if (old.startsWith('pdfjs-')) fs.rmSync(path.join(dist, old), { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    for (const file of ['pdf.min.mjs', 'pdf.worker.min.mjs']) fs.copyFileSync(path.join(pdfjsRoot, 'build', file), path.join(target, file));
    for (const folder of ['cmaps', 'standard_fonts']) fs.cpSync(path.join(pdfjsRoot, folder), path.join(target, folder), { recursive: true });
  }
} else {
  console.warn('build-web: pdfjs-dist is not installed; PDF pages will not be shown (the text view still works)');
}

try {
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    outfile: path.join(dist, 'app.js'),
    sourcemap: false,
    legalComments: 'none',
    define: { PDFJS_BASE: JSON.stringify(pdfjsBase) },
    logLevel: 'warning',
  });
  await esbuild.build({
    entryPoints: [path.join(web, 'styles.css')],
    bundle: true,
    minify: true,
    target: ['chrome90', 'firefox90', 'safari14'],
    outfile: path.join(dist, 'styles.css'),
    logLevel: 'warning',
  });
} catch (error) {
  console.error(`build-web: ${error.message}`);
  process.exit(1);
}

const hash = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 10);
const js = path.join(dist, 'app.js');
const css = path.join(dist, 'styles.css');
const html = fs
  .readFileSync(path.join(web, 'index.html'), 'utf8')
  .replace('href="/styles.css"', `href="/styles.css?v=${hash(css)}"`)
  .replace('src="/app.js"', `src="/app.js?v=${hash(js)}"`);
fs.writeFileSync(path.join(dist, 'index.html'), html);

const size = (file) => {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = { 'app.js': size(js), 'styles.css': size(css), 'index.html': size(path.join(dist, 'index.html')) };
for (const [name, { raw, gzip }] of Object.entries(sizes)) {
  console.log(`build-web: ${shown}/${name.padEnd(10)} ${kb(raw).padStart(9)}  (gzip ${kb(gzip)})`);
}
if (pdfjsVersion) {
  const pdf = size(path.join(dist, pdfjsBase.slice(1), 'pdf.min.mjs'));
  const worker = size(path.join(dist, pdfjsBase.slice(1), 'pdf.worker.min.mjs'));
  console.log(`build-web: ${shown}${pdfjsBase}/ pdf.js ${kb(pdf.raw)} + worker ${kb(worker.raw)} (loaded only by the original-page view)`);
}
const total = sizes['app.js'].raw + sizes['styles.css'].raw;
console.log(`build-web: JS+CSS ${kb(total)} (budget 300 KB for the search page's first load)`);
if (total > 300 * 1024) {
  console.error('build-web: over the 300 KB budget');
  process.exit(1);
}
