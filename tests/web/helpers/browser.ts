/**
 * @module tests/web/helpers/browser
 * Chromium (Debian's /usr/bin/chromium) through playwright-core, and a page that records what
 * the tests assert on: every request, dialogs, CSP violations and uncaught errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { root } from './app-server';

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);
export const screenshotsDir = path.join(root, 'tests', 'screenshots');
export const docsScreenshotsDir = path.join(root, 'docs', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Recorded {
  page: Page;
  requests: string[];
  dialogs: string[];
  problems: string[];
}

export interface PageOptions {
  /** A phone: 390×844, touch. */
  phone?: boolean;
  viewport?: { width: number; height: number };
  /** 2 with a halved viewport is what 200% browser zoom gives. */
  deviceScaleFactor?: number;
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<Recorded> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: options.viewport ?? (options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 }),
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
  });
  const page = await context.newPage();
  const recorded: Recorded = { page, requests: [], dialogs: [], problems: [] };
  page.on('request', (request) => recorded.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    recorded.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => recorded.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.problems.push(`console: ${message.text()}`);
  });
  return recorded;
}

export async function screenshot(page: Page, name: string, copyToDocs = false): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (copyToDocs) {
    fs.mkdirSync(docsScreenshotsDir, { recursive: true });
    fs.copyFileSync(file, path.join(docsScreenshotsDir, `${name}.png`));
  }
}

/** Waits until the router has rendered a view and no region is loading. */
export async function settled(page: Page, view?: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => document.body.dataset.ready !== undefined && (!wanted || document.body.dataset.ready === wanted) && !document.querySelector('[aria-busy="true"]'),
    view,
  );
}

/** Labels of the metadata card, as 政府信息公开 pages print them. */
export function cardRows(page: Page): Promise<Record<string, string>> {
  // The card's rows, folded ones (更多信息 on a phone) included.
  return page.locator('.meta-card').evaluate((card) => {
    const rows: Record<string, string> = {};
    for (const dt of Array.from(card.querySelectorAll('dt'))) rows[dt.textContent ?? ''] = dt.nextElementSibling?.textContent?.trim() ?? '';
    return rows;
  });
}

/** Horizontal overflow of the page in CSS pixels (0 when nothing scrolls sideways). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
