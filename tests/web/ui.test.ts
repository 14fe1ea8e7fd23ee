/**
 * Browser tests of the web UI: the real app (real ingest pipeline, SQLite store, FTS5 index,
 * Express API) over the two sample gazettes plus a fixture whose text contains markup, driven
 * through Debian's Chromium with playwright-core. One browser and one server for the file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/app-server';
import { cardRows, chromiumPath, hasChromium, launchBrowser, openPage, overflow, screenshot, settled, type Recorded } from './helpers/browser';

if (!hasChromium) {
  console.warn(`[web tests] SKIPPED: ${chromiumPath} is missing (apt-get install -y chromium); the browser tests of the UI did not run`);
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

  async function open(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<Recorded> {
    const recorded = await openPage(browser, options);
    opened.push(recorded);
    await recorded.page.goto(server.url + path);
    await settled(recorded.page);
    return recorded;
  }

  /** Every page must stay on its origin, raise no dialog and break no CSP rule (CSP reports are console errors). */
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
    expect(new URL(page.url()).searchParams.get('q')).toBe('停电');
    const numbers = await page.locator('.hit .badge.docno').allTextContents();
    expect(numbers).toEqual(expect.arrayContaining(['稷政办发〔2022〕35号', '夏政办函〔2023〕67号']));
    const titles = await page.locator('.hit-title').allTextContents();
    expect(titles.filter((title) => title.includes('大面积停电事件应急预案'))).toHaveLength(2);
    expect(await page.locator('.hit-title mark').first().textContent()).toBe('停电');
    expect(await page.locator('.summary').textContent()).toMatch(/^找到 \d+ 件文件，用时 \d+ 毫秒$/);
    await screenshot(page, 'search', true);

    await page.locator('.hit', { hasText: '夏政办函〔2023〕67号' }).locator('.hit-title a').click();
    await settled(page, 'doc');
    expect(new URL(page.url()).searchParams.get('view')).toBe('doc');
    const card = await cardRows(page);
    expect(card['发文字号']).toBe('夏政办函〔2023〕67号');
    expect(card['发文机关']).toContain('夏县人民政府办公室');
    expect(card['成文日期']).toMatch(/^2023年\d+月\d+日$/);
    expect(card['刊载公报']).toMatch(/夏县人民政府公报 2023年第\d+期.* 第\d+页/);
    expect(card['效力状态']).toMatch(/^(现行有效|尚未生效|已失效|已废止) .+/); // the status and its reason
    expect(card['解读单位']).toBeTruthy();
    expect(await page.locator('.outline nav li').count()).toBeGreaterThan(2);
    expect(await page.locator('.doc-text mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.duties .office, .duties details.members').count()).toBeGreaterThan(0);
    // Repeals decide validity, so they are listed before every other relation.
    expect(await page.locator('.references .ref-group').first().getAttribute('class')).toMatch(/ref-repeal/);
    await screenshot(page, 'document');

    // An outline entry jumps to its paragraph without leaving the page.
    const firstOutline = page.locator('.outline nav a').first();
    const anchor = (await firstOutline.getAttribute('href')) ?? '#missing';
    await firstOutline.click();
    expect(new URL(page.url()).hash).toBe(anchor);
    expect(await page.locator(anchor).count()).toBe(1);
    expect(await page.locator('.meta-card').count()).toBe(1);

    // The repealed plan is not in the corpus: its node opens, with what the corpus knows about it.
    const reference = page.locator('.references .ref-group a').first();
    const label = (await reference.textContent()) ?? '';
    const repealed = /（(.+)）$/.exec(label)?.[1] ?? label;
    expect(repealed).toMatch(/〔\d{4}〕\d+号/);
    await reference.click();
    await settled(page, 'refs');
    expect(new URL(page.url()).searchParams.get('no')).toBe(repealed);
    expect(await page.locator('.page-title').textContent()).toContain(repealed);
    expect(await page.locator('.badge.status').first().textContent()).toBe('已废止');
    expect(await page.locator('svg.graph-svg .node.center.outside').count()).toBe(1);
    await screenshot(page, 'reference');

    // Back returns to the document, as it was.
    await page.goBack();
    await settled(page, 'doc');
    expect((await cardRows(page))['发文字号']).toBe('夏政办函〔2023〕67号');
    expectClean(recorded);
  });

  it('links a document to its source file, served as text', async () => {
    const recorded = await open('/?q=' + encodeURIComponent('稷政办发〔2022〕35号'));
    const { page } = recorded;
    await page.locator('.hit-title a').first().click();
    await settled(page, 'doc');
    const link = page.locator('a.source-link');
    expect(await link.textContent()).toBe('查看原始文件');
    const response = await page.request.get(server.url + ((await link.getAttribute('href')) ?? ''));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('稷政办发〔2022〕35号');
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
    const params = new URL(page.url()).searchParams;
    expect([params.get('q'), params.get('county')]).toEqual(['新办企业首次申领发票', '稷山县']);
    const card = page.locator('.card.answer', { has: page.locator('h3', { hasText: '县税务局' }) }).first();
    await card.waitFor();
    expect(await card.locator('.role').first().textContent()).toBeTruthy();
    expect(await card.locator('blockquote').first().textContent()).toContain('新办企业首次申领发票');
    const source = card.locator('.source-doc a').first();
    expect(await source.getAttribute('href')).toContain('view=doc');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'who-handles', true);

    // The unit's name leads to the office page: aliases and every duty it holds.
    await card.locator('h3 a').click();
    await settled(page, 'unit');
    expect(await page.locator('.page-title').textContent()).toBe('县税务局');
    expect(await page.locator('.unit-duties .card').count()).toBeGreaterThan(0);
    expect(await page.locator('.unit-duties').textContent()).toContain('新办企业首次申领发票');
    expectClean(recorded);
  });

  it('narrows the results with a facet click, and a reload of the URL gives the same view', async () => {
    const recorded = await open('/?q=' + encodeURIComponent('应急'));
    const { page } = recorded;
    const before = await page.locator('.hit').count();
    const countyFacet = page.locator('fieldset[data-facet="county"] li', { hasText: '稷山县' });
    const announced = Number(await countyFacet.locator('.count').textContent());
    expect(announced).toBeGreaterThan(0);
    await countyFacet.locator('input').check();
    await settled(page, 'search');
    expect(new URL(page.url()).searchParams.getAll('county')).toEqual(['稷山县']);
    const counties = await page.locator('.hit .badge.county').allTextContents();
    expect(counties.length).toBeLessThan(before);
    expect(new Set(counties)).toEqual(new Set(['稷山县']));
    // The count shown on the facet was the number of results it leads to.
    expect(await page.locator('.summary').textContent()).toContain(`找到 ${announced} 件文件`);
    // The ticked facet stays open: 夏县 is still offered, with its own count (OR within a facet).
    expect(Number(await page.locator('fieldset[data-facet="county"] li', { hasText: '夏县' }).locator('.count').textContent())).toBeGreaterThan(0);
    expect(await page.locator('.chips .chip').textContent()).toContain('稷山县');
    const summary = await page.locator('.summary').textContent();
    const titles = await page.locator('.hit-title').allTextContents();

    await page.reload();
    await settled(page, 'search');
    const timeless = (text: string | null) => text?.replace(/用时 \d+ 毫秒/, '');
    expect(timeless(await page.locator('.summary').textContent())).toBe(timeless(summary));
    expect(await page.locator('.hit-title').allTextContents()).toEqual(titles);
    expect(await page.locator('fieldset[data-facet="county"] li', { hasText: '稷山县' }).locator('input').isChecked()).toBe(true);
    expect(await page.getByLabel('检索公报文件').inputValue()).toBe('应急');

    // Back goes to the unfiltered results.
    await page.goBack();
    await settled(page, 'search');
    expect(await page.locator('.hit').count()).toBe(before);
    await screenshot(page, 'facets');
    expectClean(recorded);
  });

  it('searches a resident\'s word the gazettes do not use in theirs, and says so', async () => {
    const recorded = await open('/?q=' + encodeURIComponent('没电了怎么办'));
    const { page } = recorded;
    expect(await page.locator('.search-notice').textContent()).toBe('“没电”按公文用语“大面积停电”“电力供应”一并检索。');
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    expect(await page.locator('.terms').textContent()).toContain('大面积停电');
    expectClean(recorded);
  });

  it('sorts by date and pages through the results, keeping both in the URL', async () => {
    const recorded = await open('/?q=' + encodeURIComponent('通知'));
    const { page } = recorded;
    const total = Number(/找到 (\d+) 件/.exec((await page.locator('.summary').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await page.getByLabel('排序').selectOption('date');
    await settled(page, 'search');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
    const dates = await page.locator('.hit time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());

    const firstPage = await page.locator('.hit-title').allTextContents();
    await page.locator('nav.pager a[rel="next"]').click();
    await settled(page, 'search');
    const params = new URL(page.url()).searchParams;
    expect([params.get('page'), params.get('sort')]).toEqual(['2', 'date']);
    expect(await page.locator('ol.hits').getAttribute('start')).toBe('11');
    expect(await page.locator('nav.pager [aria-current="page"]').textContent()).toBe('2');
    const secondPage = await page.locator('.hit-title').allTextContents();
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await page.goBack();
    await settled(page, 'search');
    expect(await page.locator('.hit-title').allTextContents()).toEqual(firstPage);
    expectClean(recorded);
  });

  it('shows <script> and <img onerror> in a document as text and runs nothing', async () => {
    const recorded = await open('/?q=' + encodeURIComponent('网页代码'));
    const { page } = recorded;
    // The highlighted passages come from the server as HTML: only text and <mark> survive.
    expect(await page.locator('.passages').textContent()).toContain('<script>alert(1)</script>');
    await page.locator('.hit-title a', { hasText: '网页代码' }).first().click();
    await settled(page, 'doc');
    const text = (await page.locator('.doc-text').textContent()) ?? '';
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');

    // Highlighting terms that look like markup still builds text and <mark> only.
    const marked = new URL(page.url());
    marked.searchParams.set('hl', '<script> onerror');
    await page.goto(marked.href);
    await settled(page, 'doc');
    expect(await page.locator('.doc-text mark', { hasText: '<script>' }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    // Nothing was injected: no image, frame or object anywhere, and the only script is the bundle.
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    const scripts = await page.locator('script').evaluateAll((all) => all.map((one) => one.getAttribute('src') ?? `inline:${one.textContent}`));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/app\.js\?v=/);
    expect(recorded.dialogs).toEqual([]);
    await screenshot(page, 'markup-as-text');
    expectClean(recorded);
  });

  it('draws the reference graph with clickable nodes, outside documents dashed, and the same edges as a list', async () => {
    const recorded = await open('/?view=refs&no=' + encodeURIComponent('夏政办函〔2023〕67号'));
    const { page } = recorded;
    const listed = await page.locator('.references .ref-group li').count();
    expect(listed).toBeGreaterThan(1);
    // One box per neighbour plus the centre; every neighbour here is outside the corpus.
    expect(await page.locator('svg.graph-svg .node').count()).toBe(listed + 1);
    expect(await page.locator('svg.graph-svg .node.center.in-corpus').count()).toBe(1);
    expect(await page.locator('svg.graph-svg .node.outside').count()).toBe(listed);
    expect(await page.locator('svg.graph-svg .edge.repeal').count()).toBe(1);
    expect(await page.locator('.references .ref-group').first().getAttribute('class')).toMatch(/ref-repeal/);
    await screenshot(page, 'references');
    // A neighbour's box opens its node; the centre box (in the corpus) opens the document.
    await page.locator('svg.graph-svg a.node-link', { has: page.locator('.node.outside .edge-label.repeal') }).click();
    await settled(page, 'refs');
    expect(await page.locator('.page-title').textContent()).toContain('〔2022〕27号');
    await page.locator('svg.graph-svg a.node-link').first().click();
    await settled(page, 'doc');
    expect((await cardRows(page))['发文字号']).toBe('夏政办函〔2023〕67号');
    expectClean(recorded);
  });

  it('lists gazette issues with their contents and offices with their duties', async () => {
    const recorded = await open('/?view=gazettes');
    const { page } = recorded;
    expect(await page.locator('.gazettes li').count()).toBeGreaterThanOrEqual(2);
    await page.locator('.gazettes a', { hasText: '稷山县人民政府公报' }).first().click();
    await settled(page, 'gazette');
    expect(await page.locator('table.contents a').count()).toBeGreaterThan(5);
    expect(await page.locator('table.contents').textContent()).toContain('稷政办发〔2022〕35号');
    expect(await page.locator('a.source-link').count()).toBe(1);
    await screenshot(page, 'gazette');
    await page.getByRole('link', { name: '部门' }).first().click();
    await settled(page, 'units');
    await page.getByLabel('筛选').fill('税务');
    const visible = page.locator('.units li:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    expect(await visible.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('税务')]));
    await visible.locator('a').first().click();
    await settled(page, 'unit');
    expect(await page.locator('.unit-duties .card').count()).toBeGreaterThan(0);
    await screenshot(page, 'unit');
    expectClean(recorded);
  });

  it('suggests what to try when nothing matches, and says plainly when a document does not exist', async () => {
    const recorded = await open('/?q=' + encodeURIComponent('停电 量子纠缠') + '&county=' + encodeURIComponent('夏县') + '&year=2019');
    const { page } = recorded;
    expect(await page.locator('.hit').count()).toBe(0);
    const empty = page.locator('.empty');
    expect(await empty.textContent()).toContain('可以试试');
    // Dropping the filters and dropping a word are offered as links.
    expect(await empty.locator('a', { hasText: '在全部文件中检索' }).count()).toBe(1);
    expect(await empty.locator('a', { hasText: /^停电$/ }).count()).toBe(1);
    await screenshot(page, 'empty');
    await page.goto(server.url + '/?view=doc&id=does-not-exist');
    await settled(page, 'doc');
    expect(await page.locator('[role="alert"]').textContent()).toContain('没有找到');
    expect(recorded.dialogs).toEqual([]);
  });

  it('fits a phone without sideways scrolling, facets in a drawer behind the results', async () => {
    const recorded = await open('/?q=%E5%81%9C%E7%94%B5', { phone: true });
    const { page } = recorded;
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The facets wait in a drawer; the results come first.
    expect(await page.locator('.facets').isVisible()).toBe(false);
    expect(await page.locator('.facet-toggle').getAttribute('aria-expanded')).toBe('false');
    await page.locator('.hit-title a').first().click();
    await settled(page, 'doc');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'document-phone');
    expectClean(recorded);
  });

  it('stays readable at 200% zoom (a 1280×900 window seen as 640×450 CSS pixels)', async () => {
    const recorded = await open('/?q=%E5%81%9C%E7%94%B5', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const { page } = recorded;
    for (const path of ['/?q=%E5%81%9C%E7%94%B5', '/?view=who&q=' + encodeURIComponent('新办企业首次申领发票'), '/?view=refs&no=' + encodeURIComponent('夏政办函〔2023〕67号')]) {
      await page.goto(server.url + path);
      await settled(page);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    }
    await page.goto(server.url + '/?q=%E5%81%9C%E7%94%B5');
    await settled(page, 'search');
    // The box and the first result are on the first screen, not pushed off by the header.
    const box = await page.getByLabel('检索公报文件').boundingBox();
    expect(box && box.y + box.height).toBeLessThan(450);
    expect(box && box.width).toBeGreaterThan(200);
    await screenshot(page, 'zoom-200');
    expectClean(recorded);
  });

  it('can be used with the keyboard alone, including the syntax help', async () => {
    const recorded = await open('/');
    const { page } = recorded;
    await page.keyboard.press('Tab'); // skip link
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    for (let i = 0; i < 8 && !(await page.evaluate(() => document.activeElement?.id === 'q')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('停电');
    await page.keyboard.press('Enter');
    await settled(page, 'search');
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    // Focus moved to the page heading, so the next Tab continues from the top of the new view.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('page-title'))).toBe(true);

    // The query syntax help opens from the keyboard and explains phrases, exclusion and fields.
    const help = page.locator('details.help');
    await help.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await help.getAttribute('open')).not.toBeNull();
    const helpText = (await help.textContent()) ?? '';
    for (const syntax of ['"大面积停电"', '预案 -演练', 'OR', 'county:稷山县', 'status:现行有效']) expect(helpText).toContain(syntax);

    // Every form control has a label.
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select')).filter((control) => (control as HTMLInputElement).labels?.length === 0 && !control.getAttribute('aria-label')).length,
    );
    expect(unlabelled).toBe(0);
    await screenshot(page, 'start-keyboard');
    expectClean(recorded);
  });

  it('loads the search page with less than 300 KB of JavaScript and CSS', async () => {
    const recorded = await openPage(browser);
    opened.push(recorded);
    const { page } = recorded;
    const assets: Array<{ url: string; bytes: number }> = [];
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (/javascript|text\/css/.test(type)) pending.push(response.body().then((body) => void assets.push({ url: response.url(), bytes: body.length })));
    });
    await page.goto(server.url + '/?q=%E5%81%9C%E7%94%B5');
    await settled(page, 'search');
    await Promise.all(pending);
    expect(assets.map((asset) => new URL(asset.url).pathname).sort()).toEqual(['/app.js', '/styles.css']);
    const total = assets.reduce((sum, asset) => sum + asset.bytes, 0);
    console.info(`[web tests] search page first load: ${assets.map((asset) => `${new URL(asset.url).pathname} ${asset.bytes} B`).join(', ')}; total ${(total / 1024).toFixed(1)} KB`);
    expect(total).toBeLessThan(300 * 1024);
    expectClean(recorded);
  });

  it('keeps every request of every page on the origin', () => {
    const all = opened.flatMap((recorded) => recorded.requests);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((url) => !url.startsWith(server.url + '/'))).toEqual([]);
  });
});
