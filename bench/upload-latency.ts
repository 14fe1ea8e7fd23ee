/**
 * @module bench/upload-latency
 * What a reader feels while an administrator uploads a large PDF: a real `gazette serve` on a
 * store holding the samples, one client polling /api/search?q=停电 back to back while a PDF of
 * about 49 MB is uploaded: the 夏县 2023年第4期 gazette PDF (text layer, 61 pages) 30 times and
 * an 8-page scanned policy PDF 6 times, joined with pdfunite — 1,878 pages, under the 2,000-page limit.
 * Prints the polling client's p50 / p95 / p99 / max during the upload, the upload's own time
 * and answer, and the server's peak resident memory. Printed, never asserted.
 *
 *   npx tsx bench/upload-latency.ts [path/to/file.pdf]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';

const token = 'bench-token';
const corpus = path.join(projectRoot, '..', 'shared', 'corpus');
const gazettePdf = path.join(corpus, 'pdf', 'xiaxian-2023-04.pdf');
const scannedPdf = path.join(corpus, 'formats', 'pdf', 'policyreader__关于加力推进农机购置与应用补贴“优机优补““有进有出”的意见.pdf');

function bigPdf(dir: string): string {
  const given = process.argv[2];
  if (given) return given;
  const out = path.join(dir, 'upload-50mb.pdf');
  execFileSync('pdfunite', [...Array(30).fill(gazettePdf), ...Array(6).fill(scannedPdf), out]);
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Peak resident memory of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-upload-bench-'));
  const db = path.join(dir, 'gazette.db');
  const bin = path.join(projectRoot, 'bin', 'gazette.mjs');
  execFileSync(process.execPath, [bin, 'ingest', path.join(projectRoot, 'data', 'samples'), '--db', db, '-q']);
  const pdf = bigPdf(dir);
  const env = { ...process.env, GAZETTE_ADMIN_TOKEN: token, GAZETTE_LOG: 'silent', MEILI_HOST: '', GAZETTE_BACKEND: 'sqlite' };
  const server = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await new Promise<string>((resolve) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (url) resolve(url[0]);
      });
    });
    const search = `${base}/api/search?q=${encodeURIComponent('停电')}`;
    const timed = async () => {
      const started = performance.now();
      const res = await fetch(search);
      await res.arrayBuffer();
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await timed(); // warm: segmenter, caches
    const idle: number[] = [];
    for (let i = 0; i < 100; i++) idle.push(await timed());

    const bytes = fs.readFileSync(pdf);
    const form = new FormData();
    form.append('files', new Blob([bytes], { type: 'application/pdf' }), path.basename(pdf));
    let uploading = true;
    const uploadStarted = performance.now();
    const upload = fetch(`${base}/api/ingest`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
      .then(async (res) => ({ status: res.status, body: await res.text() }))
      .finally(() => (uploading = false));
    const during: number[] = [];
    while (uploading) during.push(await timed());
    const answer = await upload;
    const uploadMs = Math.round(performance.now() - uploadStarted);

    const report = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const f = (n: number) => n.toFixed(1);
      console.log(`${label}: ${values.length} requests, p50 ${f(percentile(sorted, 50))} ms, p95 ${f(percentile(sorted, 95))} ms, p99 ${f(percentile(sorted, 99))} ms, max ${f(sorted[sorted.length - 1])} ms`);
    };
    console.log(`upload of ${path.basename(pdf)} (${(bytes.length / 2 ** 20).toFixed(1)} MB): HTTP ${answer.status} in ${uploadMs} ms — ${answer.body.slice(0, 300)}`);
    report('polling /api/search, idle', idle);
    report('polling /api/search, during the upload', during);
    console.log(`server peak RSS ${peakRssMb(server.pid!)} MB`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('close', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
