/**
 * Browser tests of the web UI: the real app over the two sample gazettes (plus a fixture whose
 * text contains markup), driven through Debian's Chromium with playwright-core.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/app-server';
import { hasChromium, launchBrowser, openPage, screenshot, settled, type Recorded } from './helpers/browser';

if (!hasChromium) {
  console.warn('[web tests] SKIPPED: /usr/bin/chromium is missing (apt-get install -y chromium)');
}

describe.skipIf(!hasChromium)('web UI', () => {
  let server: TestServer;
  let browser: Browser;
  const opened: Recorded[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, options: { phone?: boolean } = {}): Promise<Recorded> {
    const recorded = await openPage(browser, options);
    opened.push(recorded);
    await recorded.page.goto(server.url + path);
    await settled(recorded.page);
    return recorded;
  }

  /** Every page must stay on its origin, raise no dialog and break no CSP rule. */
  function expectClean(recorded: Recorded): void {
    expect(recorded.requests.filter((url) => !url.startsWith(server.url + '/'))).toEqual([]);
    expect(recorded.dialogs).toEqual([]);
    expect(recorded.problems).toEqual([]);
  }

  it('finds both counties\' 大面积停电 plans, opens one, shows its card and outline, and follows a reference', async () => {
    const recorded = await open('/');
    const { page } = recorded;
    await page.getByLabel('检索公报文件').fill('停电');
    await page.getByLabel('检索公报文件').press('Enter');
    await settled(page, 'search');
    expect(page.url()).toContain('q=%E5%81%9C%E7%94%B5');
    const titles = await page.locator('.hit-title').allTextContents();
    expect(titles.some((title) => title.includes('稷山县大面积停电事件应急预案'))).toBe(true);
    expect(titles.some((title) => title.includes('夏县大面积停电事件应急预案'))).toBe(true);
    expect(await page.locator('.hit-title mark').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.summary').textContent()).toMatch(/找到 \d+ 件文件，用时 \d+ 毫秒/);
    await screenshot(page, 'search', true);

    await page.locator('.hit-title a', { hasText: '稷山县大面积停电事件应急预案' }).first().click();
    await settled(page, 'doc');
    const card = page.locator('.meta-card');
    await expect.poll(() => card.textContent()).toContain('发文机关');
    expect(await card.textContent()).toContain('稷政办发〔2022〕35号');
    expect(await card.textContent()).toContain('效力状态');
    expect(await page.locator('.outline li').count()).toBeGreaterThan(2);
    expect(await page.locator('.doc-text mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'document');

    // An outline entry jumps to its paragraph without leaving the page.
    const firstOutline = page.locator('.outline a').first();
    const anchor = await firstOutline.getAttribute('href');
    await firstOutline.click();
    expect(page.url()).toContain(anchor ?? '#');
    expect(await page.locator(anchor ?? '#none').count()).toBe(1);

    const reference = page.locator('.references .ref-group a').first();
    const label = (await reference.textContent()) ?? '';
    await reference.click();
    await page.waitForFunction(() => document.body.dataset.ready === 'doc' || document.body.dataset.ready === 'refs');
    await settled(page);
    const heading = (await page.locator('.page-title').first().textContent()) ?? '';
    // The heading names the referenced document (by title or number, without 《》 noise).
    const key = label.replace(/[《》（）()]/g, ' ').trim().split(/\s+/)[0];
    expect(heading.replace(/[《》]/g, '')).toContain(key);
    await screenshot(page, 'reference');
    expectClean(recorded);
  });

  it('answers who handles 新办企业首次申领发票 in 稷山县 with the 县税务局 card and its sentence', async () => {
    const recorded = await open('/?view=who', { phone: true });
    const { page } = recorded;
    const box = page.getByLabel('您要办的事');
    expect(await box.getAttribute('placeholder')).toBe('办理被征地农民养老保险补贴找哪个部门?');
    await box.fill('新办企业首次申领发票');
    await page.locator('#who-county option[value="稷山县"]').waitFor({ state: 'attached' });
    await page.getByLabel('所在县').selectOption('稷山县');
    await page.getByRole('button', { name: '查找负责部门' }).click();
    await settled(page, 'who');
    expect(page.url()).toContain('county=%E7%A8%B7%E5%B1%B1%E5%8E%BF');
    const card = page.locator('.card.answer', { has: page.locator('h3', { hasText: '税务局' }) }).first();
    await card.waitFor();
    expect(await card.locator('blockquote').first().textContent()).toContain('新办企业首次申领发票');
    expect(await card.locator('.source-doc a').first().getAttribute('href')).toContain('view=doc');
    await screenshot(page, 'who-handles', true);
    expectClean(recorded);
  });

  it('narrows the results with a facet click, and a reload of the URL gives the same view', async () => {
    const recorded = await open('/?q=%E5%81%9C%E7%94%B5');
    const { page } = recorded;
    const before = await page.locator('.hit').count();
    const county = page.locator('fieldset[data-facet="county"] li', { hasText: '稷山县' }).locator('input');
    await county.check();
    await settled(page, 'search');
    expect(page.url()).toContain('county=%E7%A8%B7%E5%B1%B1%E5%8E%BF');
    const counties = await page.locator('.hit .badge.county').allTextContents();
    expect(counties.length).toBeGreaterThan(0);
    expect(counties.length).toBeLessThan(before);
    expect(new Set(counties)).toEqual(new Set(['稷山县']));
    const summary = await page.locator('.summary').textContent();
    const titles = await page.locator('.hit-title').allTextContents();

    await page.reload();
    await settled(page, 'search');
    expect((await page.locator('.summary').textContent())?.replace(/用时 \d+ 毫秒/, '')).toBe(summary?.replace(/用时 \d+ 毫秒/, ''));
    expect(await page.locator('.hit-title').allTextContents()).toEqual(titles);
    expect(await page.locator('fieldset[data-facet="county"] li', { hasText: '稷山县' }).locator('input').isChecked()).toBe(true);

    // Back goes to the unfiltered results.
    await page.goBack();
    await settled(page, 'search');
    expect(await page.locator('.hit').count()).toBe(before);
    await screenshot(page, 'facets');
    expectClean(recorded);
  });

  it('shows <script> and <img onerror> in a document as text and runs nothing', async () => {
    const recorded = await open('/?q=%E7%BD%91%E9%A1%B5%E4%BB%A3%E7%A0%81');
    const { page } = recorded;
    const hit = page.locator('.hit-title a', { hasText: '网页代码' }).first();
    await hit.click();
    await settled(page, 'doc');
    const text = (await page.locator('.doc-text').textContent()) ?? '';
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img, main script').count()).toBe(0);

    // Highlighting terms that look like markup still builds text and <mark> only.
    const marked = new URL(page.url());
    marked.searchParams.set('hl', '<script> onerror');
    await page.goto(marked.href);
    await settled(page, 'doc');
    expect(await page.locator('.doc-text mark', { hasText: '<script>' }).count()).toBeGreaterThan(0);
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.waitForTimeout(200);
    await screenshot(page, 'markup-as-text');
    expectClean(recorded);
  });

  it('draws the reference graph with clickable nodes and the same edges as a list', async () => {
    const recorded = await open('/?q=%E5%81%9C%E7%94%B5');
    const { page } = recorded;
    await page.locator('.hit-title a').first().click();
    await settled(page, 'doc');
    await page.getByRole('link', { name: '查看关联关系图' }).click();
    await settled(page, 'refs');
    const nodes = page.locator('svg.graph-svg .node');
    await screenshot(page, 'references');
    if ((await page.locator('.references .ref-group li').count()) > 0) {
      expect(await nodes.count()).toBeGreaterThan(1);
      const link = page.locator('svg.graph-svg a.node-link').first();
      await link.click();
      await page.waitForFunction(() => document.body.dataset.ready === 'doc' || document.body.dataset.ready === 'refs');
      await settled(page);
    }
    expectClean(recorded);
  });

  it('lists gazette issues with their contents and offices with their duties', async () => {
    const recorded = await open('/?view=gazettes');
    const { page } = recorded;
    expect(await page.locator('.gazettes li').count()).toBeGreaterThanOrEqual(2);
    await page.locator('.gazettes a').first().click();
    await settled(page, 'gazette');
    expect(await page.locator('table.contents a').count()).toBeGreaterThan(0);
    await screenshot(page, 'gazette');
    await page.getByRole('link', { name: '部门' }).first().click();
    await settled(page, 'units');
    await page.locator('.units a').first().click();
    await settled(page, 'unit');
    expect(await page.locator('.unit-duties .card').count()).toBeGreaterThan(0);
    await screenshot(page, 'unit');
    expectClean(recorded);
  });

  it('suggests what to try when nothing matches, and says plainly when a document does not exist', async () => {
    const recorded = await open('/?q=' + encodeURIComponent('量子纠缠 停电') + '&county=' + encodeURIComponent('夏县'));
    const { page } = recorded;
    const empty = page.locator('.empty');
    if ((await page.locator('.hit').count()) === 0) {
      expect(await empty.textContent()).toContain('可以试试');
      expect(await empty.locator('a').count()).toBeGreaterThan(1);
      await screenshot(page, 'empty');
    }
    await page.goto(server.url + '/?view=doc&id=does-not-exist');
    await settled(page, 'doc');
    expect(await page.locator('[role="alert"]').textContent()).toContain('没有找到');
    expect(recorded.dialogs).toEqual([]);
  });

  it('fits a narrow window (a phone, or 200% zoom) without sideways scrolling', async () => {
    const recorded = await open('/?q=%E5%81%9C%E7%94%B5', { phone: true });
    const { page } = recorded;
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // Facets start folded on a phone, results come first.
    expect(await page.locator('.facet-panel').getAttribute('open')).toBeNull();
    await page.locator('.hit-title a').first().click();
    await settled(page, 'doc');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'document-phone');
    expectClean(recorded);
  });

  it('can be used with the keyboard alone', async () => {
    const recorded = await open('/');
    const { page } = recorded;
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.id === 'q')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('停电');
    await page.keyboard.press('Enter');
    await settled(page, 'search');
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    // Focus moved to the page heading, so the next Tab continues from the top of the new view.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('page-title'))).toBe(true);
    await screenshot(page, 'start-keyboard');
    expectClean(recorded);
  });

  it('keeps every request of every page on the origin', () => {
    const all = opened.flatMap((recorded) => recorded.requests);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((url) => !url.startsWith(server.url + '/'))).toEqual([]);
  });
});
