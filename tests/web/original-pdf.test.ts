/**
 * Browser tests of the original page over PDFs: the two sample issues ingested from their
 * printed PDFs (data/pdf), and for five documents of each, the viewer opens the PDF at the page
 * the document stands on — the page whose printed number ("— 6 —") is the one ingest recorded
 * for the paragraph — with the paragraph marked. One browser and one server for the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../src/store/gazette-store';
import { pdfSamplesDir, startTestServer, type TestServer } from './helpers/app-server';
import { hasChromium, launchBrowser, openPage, screenshot, settled, type Recorded } from './helpers/browser';

const samples = fs.readdirSync(pdfSamplesDir).filter((file) => file.endsWith('.pdf')).sort();

describe.skipIf(!hasChromium)('original page over PDF issues', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer(samples.map((file) => path.join(pdfSamplesDir, file)));
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function json<T>(url: string): Promise<T> {
    const response = await fetch(server.url + url);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  /** Five documents of an issue with a number and a body, spread over the issue. */
  async function fiveDocuments(sample: string): Promise<StoredDocument[]> {
    const { gazettes } = await json<{ gazettes: Array<{ id: string; source: { path: string } }> }>('/api/gazettes');
    const gazette = gazettes.find((one) => path.basename(one.source.path) === sample);
    expect(gazette, `${sample} was ingested`).toBeDefined();
    const detail = await json<{ documents: Array<{ id: string; docNumber?: string }> }>(`/api/gazettes/${encodeURIComponent(gazette!.id)}`);
    const numbered = detail.documents.filter((doc) => doc.docNumber);
    expect(numbered.length).toBeGreaterThanOrEqual(5);
    const step = numbered.length / 5;
    const picked = [0, 1, 2, 3, 4].map((index) => numbered[Math.floor(index * step)]);
    return Promise.all(picked.map(async (doc) => (await json<{ document: StoredDocument }>(`/api/documents/${encodeURIComponent(doc.id)}`)).document));
  }

  /** A paragraph in the middle of the body, with a printed page and enough text to find. */
  function paragraphOf(doc: StoredDocument): number {
    const candidates = doc.paragraphs.map((paragraph, index) => ({ paragraph, index })).filter(({ paragraph }) => paragraph.page !== undefined && paragraph.text.replace(/\s/g, '').length >= 20);
    return candidates[Math.floor(candidates.length / 2)].index;
  }

  for (const [viewport, phone] of [['desktop', false], ['phone', true]] as const) {
    it(`opens the PDF at the page each of 5 documents per sample stands on, the passage marked (${viewport})`, async () => {
      const recorded: Recorded = await openPage(browser, phone ? { phone: true } : { viewport: { width: 1366, height: 900 } });
      const { page } = recorded;
      const report: string[] = [];
      for (const sample of samples) {
        for (const doc of await fiveDocuments(sample)) {
          const at = paragraphOf(doc);
          const printed = doc.paragraphs[at].page!;
          await page.goto(`${server.url}/?view=original&id=${encodeURIComponent(doc.id)}&p=${at}`);
          await settled(page, 'original');
          const view = page.locator('.pdf-view');
          await view.waitFor();
          const shown = Number(await view.getAttribute('data-page'));
          const text = ((await page.locator('.pdf-page-text').textContent()) ?? '').replace(/\s+/g, '');
          // The page shown is the printed page ingest recorded for the paragraph…
          expect(text, `${doc.docNumber} ¶${at}`).toContain(`—${printed}—`);
          // …and the paragraph is marked on it.
          expect(Number(await view.getAttribute('data-marked')), `${doc.docNumber} ¶${at}`).toBeGreaterThan(0);
          report.push(`${doc.docNumber} ¶${at} printed ${printed} → PDF page ${shown}`);
        }
      }
      console.info(`[web tests] PDF view (${viewport}): ${report.length} documents at the right page:\n  ${report.join('\n  ')}`);
      expect(report).toHaveLength(10);
      await screenshot(page, `original-pdf-${viewport}`, true);
      const canvas = await page.locator('.pdf-canvas').boundingBox();
      const width = phone ? 390 : 1366;
      expect(canvas && canvas.x + canvas.width).toBeLessThanOrEqual(width);
      // pdf.js came from this origin and only on this view; nothing was refused by the policy.
      expect(recorded.requests.filter((url) => !url.startsWith(server.url + '/'))).toEqual([]);
      expect(recorded.problems).toEqual([]);
      await page.context().close();
    }, 240_000);
  }

  it('moves to the next and previous page', async () => {
    const recorded = await openPage(browser);
    const { page } = recorded;
    const [doc] = await fiveDocuments(samples[0]);
    await page.goto(`${server.url}/?view=original&id=${encodeURIComponent(doc.id)}&p=${paragraphOf(doc)}`);
    await settled(page, 'original');
    const first = Number(await page.locator('.pdf-view').getAttribute('data-page'));
    await page.getByRole('button', { name: '下一页' }).click();
    await page.waitForFunction((was) => document.querySelector('.pdf-view')?.getAttribute('data-page') === String(was + 1), first);
    expect(await page.locator('.pdf-status').textContent()).toContain(`第 ${first + 1} /`);
    await page.getByRole('button', { name: '上一页' }).click();
    await page.waitForFunction((was) => document.querySelector('.pdf-view')?.getAttribute('data-page') === String(was), first);
    expect(recorded.problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
