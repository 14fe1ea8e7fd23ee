/**
 * The build of the UI (bin/build-web.mjs): what it writes (here into a temp folder) and the size budget of
 * the search page's first load (JS + CSS under 300 KB), read from the files themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from './helpers/app-server';

describe('bin/build-web.mjs', () => {
  let printed = '';
  // A folder of its own: the browser tests serve web/dist at the same time.
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-web-dist-'));

  beforeAll(() => {
    printed = buildWeb(distDir);
  });

  afterAll(() => {
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it('keeps app.js and styles.css together under 300 KB, and prints the sizes', () => {
    const js = fs.statSync(path.join(distDir, 'app.js')).size;
    const css = fs.statSync(path.join(distDir, 'styles.css')).size;
    console.info(`[web tests] web/dist: app.js ${js} B, styles.css ${css} B, total ${((js + css) / 1024).toFixed(1)} KB`);
    expect(js + css).toBeLessThan(300 * 1024);
    expect(printed).toMatch(/JS\+CSS \d+\.\d KB/);
  });

  it('names the assets with a content hash in index.html, so a new build is never hidden by a cache', () => {
    const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\/app\.js\?v=[0-9a-f]{10}"/);
    expect(html).toMatch(/href="\/styles\.css\?v=[0-9a-f]{10}"/);
  });

  it('references nothing outside the origin and no inline script or style (the CSP allows neither)', () => {
    const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const css = fs.readFileSync(path.join(distDir, 'styles.css'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(css).not.toMatch(/url\((['"]?)(https?:)?\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });

  it('bundles no eval and no HTML string sinks (text goes through text nodes)', () => {
    const js = fs.readFileSync(path.join(distDir, 'app.js'), 'utf8');
    expect(js).not.toMatch(/\beval\(|new Function\(|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });
});
