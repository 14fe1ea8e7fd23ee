/**
 * Browser tests of issue 27 (a portal staff and residents prefer): multi-select facets, the
 * original text at the line, suggestions while typing, document pages that read like the
 * document, a phone-first layout and messages that say what to do — each at a desktop window
 * (1366×900) and a phone (390×844), screenshots kept. One browser and one server for the file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/app-server';
import { hasChromium, launchBrowser, openPage, overflow, screenshot, settled, type Recorded } from './helpers/browser';

const viewports = [
  ['desktop', { viewport: { width: 1366, height: 900 } }],
  ['phone', { phone: true }],
] as const;

const total = async (page: Page) => Number(/找到 (\d+) 件/.exec((await page.locator('.summary').textContent()) ?? '')?.[1] ?? NaN);

describe.skipIf(!hasChromium)('portal (issue 27)', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, options: (typeof viewports)[number][1]): Promise<Recorded> {
    const recorded = await openPage(browser, options);
    await recorded.page.goto(server.url + path);
    await settled(recorded.page);
    return recorded;
  }

  async function finish(recorded: Recorded): Promise<void> {
    expect(recorded.problems).toEqual([]);
    expect(recorded.requests.filter((url) => !url.startsWith(server.url + '/'))).toEqual([]);
    await recorded.page.context().close();
  }

  /** Ticks a facet value, through the drawer on a phone. */
  async function tick(page: Page, facet: string, value: string): Promise<void> {
    const toggle = page.locator('.facet-toggle');
    if (await toggle.isVisible()) {
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    }
    await page.locator(`fieldset[data-facet="${facet}"] li`, { hasText: value }).first().locator('input').check();
    await settled(page, 'search');
  }

  describe.each(viewports)('%s', (name, options) => {
    it('combines facets: OR within one, AND across, counts kept; 效力级别, every 效力状态 and a date range', async () => {
      const recorded = await open('/?q=' + encodeURIComponent('应急'), options);
      const { page } = recorded;
      const all = await total(page);
      await tick(page, 'county', '稷山县');
      const jishan = await total(page);
      // 夏县 is still offered with its own count once 稷山县 is ticked.
      const xiaCount = Number(await page.locator('fieldset[data-facet="county"] li', { hasText: '夏县' }).locator('.count').textContent());
      expect(xiaCount).toBeGreaterThan(0);
      await tick(page, 'county', '夏县');
      expect(new URL(page.url()).searchParams.getAll('county')).toEqual(['稷山县', '夏县']);
      expect(await total(page)).toBe(jishan + xiaCount);
      expect(jishan + xiaCount).toBeLessThanOrEqual(all);
      // 效力级别 from the numbers' levels: 县级 is there; AND with the counties narrows or keeps.
      const levels = await page.locator('fieldset[data-facet="level"] .facet-value').allTextContents();
      expect(levels).toContain('县级');
      const countyLevel = Number(await page.locator('fieldset[data-facet="level"] li', { hasText: '县级' }).locator('.count').textContent());
      await tick(page, 'level', '县级');
      expect(await total(page)).toBe(countyLevel);
      expect(new Set(await page.locator('.hit .badge.county').allTextContents()).size).toBeGreaterThan(0);
      // Every state of validity can be asked for, 已废止 and 已失效 included.
      const statuses = await page.locator('fieldset[data-facet="status"] .facet-value').allTextContents();
      expect(statuses).toEqual(expect.arrayContaining(['现行有效', '尚未生效', '已失效', '已废止']));
      console.info(`[web tests] facets (${name}): 应急 ${all}; 稷山县 ${jishan}; + 夏县 ${jishan + xiaCount}; + 县级 ${countyLevel}`);
      await screenshot(page, `facets-multi-${name}`, true);

      // A 成文日期 range narrows; a reversed range is refused in words.
      await page.goto(server.url + '/?q=' + encodeURIComponent('应急') + '&from=2023-01-01&to=2023-12-31');
      await settled(page, 'search');
      const dates = await page.locator('.hit time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates.every((date) => date >= '2023-01-01' && date <= '2023-12-31')).toBe(true);
      expect(await total(page)).toBeLessThan(all);
      await finish(recorded);
    });

    it('says what is known of a number that is only cited: its status and a link to its references', async () => {
      const recorded = await open('/?q=' + encodeURIComponent('夏政发〔2016〕66号'), options);
      const { page } = recorded;
      const note = page.locator('.notice.cited');
      await page.waitForFunction(() => document.querySelector('.notice.cited a') !== null);
      expect(await note.locator('.badge.status').textContent()).toBe('已废止');
      expect(await note.textContent()).toContain('不在库中');
      await note.locator('a').click();
      await settled(page, 'refs');
      expect(new URL(page.url()).searchParams.get('no')).toBe('夏政发〔2016〕66号');
      await screenshot(page, `cited-number-${name}`);
      await finish(recorded);
    });

    it('opens a hit in its original text at the line, the passage marked', async () => {
      const recorded = await open('/?q=' + encodeURIComponent('大面积停电 编制目的'), options);
      const { page } = recorded;
      await page.locator('.hit', { hasText: '稷政办发〔2022〕35号' }).locator('a.original-link').click();
      await settled(page, 'original');
      const status = (await page.locator('.pdf-status').textContent()) ?? '';
      expect(status).toMatch(/^原始文本第 \d+ 行/);
      const marked = (await page.locator('.source-lines li.target').allTextContents()).join('');
      const passage = (await page.locator('.original-passage').textContent()) ?? '';
      // The marked lines are the passage as printed (the passage quoted above them, line breaks aside).
      expect(marked.replace(/\s/g, '').length).toBeGreaterThan(5);
      expect(passage.replace(/\s/g, '')).toContain(marked.replace(/\s/g, '').slice(0, 10));
      // Not the whole issue: the lines around the passage, more on request.
      expect(await page.locator('.source-lines li').count()).toBeLessThan(120);
      const line = Number(/第 (\d+) 行/.exec(status)?.[1]);
      expect(await page.locator(`#line-${line}`).isVisible()).toBe(true);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `original-text-${name}`, true);
      await finish(recorded);
    });

    it.each([
      ['稷政办发2022', 'number', '稷政办发〔2022〕31号'],
      ['人社', 'unit', '人力资源和社会保障局'],
    ])('suggests as %s is typed, and opens a suggestion from the keyboard', async (typed, kind, expected) => {
      const recorded = await open('/', options);
      const { page } = recorded;
      const box = page.getByRole('combobox', { name: '检索公报文件' });
      await box.click();
      await box.pressSequentially(typed, { delay: 30 });
      const list = page.locator('#q-suggestions');
      await list.locator(`[role="option"].kind-${kind}`).first().waitFor();
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      const texts = await list.locator(`.kind-${kind} .text`).allTextContents();
      expect(texts.some((text) => text.includes(expected))).toBe(true);
      console.info(`[web tests] suggestions for ${typed} (${name}): ${texts.join('、')}`);
      await screenshot(page, `suggest-${kind}-${name}`, true);
      // ↓ to the first of the kind, Enter opens it.
      const options_ = await list.locator('[role="option"]').evaluateAll((all) => all.map((one) => one.className));
      const at = options_.findIndex((className) => className.includes(`kind-${kind}`));
      for (let i = 0; i <= at; i++) await box.press('ArrowDown');
      expect(await box.getAttribute('aria-activedescendant')).toBe(`q-suggestions-${at}`);
      await box.press('Enter');
      await settled(page, kind === 'unit' ? 'unit' : 'doc');
      expect(await page.locator('.page-title').textContent()).toBeTruthy();
      await finish(recorded);
    });

    it('shows 稷政办发〔2022〕35号 as the plan reads: numbered headings, annexes apart, offices once, members folded', async () => {
      const recorded = await open('/?q=' + encodeURIComponent('稷政办发〔2022〕35号'), options);
      const { page } = recorded;
      await page.locator('.hit-title a').first().click();
      await settled(page, 'doc');
      // On a phone the text comes soon after the card: the outline is folded.
      const body = await page.locator('.doc-text').boundingBox();
      await screenshot(page, `document-35-${name}`, true);
      console.info(`[web tests] 35号 (${name}): body starts at ${Math.round(body?.y ?? -1)} px`);
      if (name === 'phone') expect(body!.y).toBeLessThan(1000);
      const outline = page.locator('details.outline');
      if ((await outline.getAttribute('open')) === null) await outline.locator('summary').click();
      const entries = (await outline.locator('li a').allTextContents()).map((text) => text.trim());
      for (const heading of ['1 总则', '2 组织指挥体系及职责', '5 应急处置与救援', '8 附则']) expect(entries).toContain(heading);
      expect(entries).toContain('1.1 编制目的');
      // The list of attachments is not part of the outline.
      expect(entries.filter((text) => text.includes('应急指挥机构及职责'))).toEqual([]);
      // Headings stand apart from the text they were joined to.
      const headings = await page.locator('.doc-text h3.heading').allTextContents();
      expect(headings).toEqual(expect.arrayContaining(['1 总则', '1.1 编制目的']));
      expect(await page.locator('.doc-text p', { hasText: /^为健全大面积停电事件应对工作机制/ }).count()).toBe(1);
      // Each office once; the members of 县指挥部 in one folded line.
      const offices = await page.locator('.offices .office-name a').allTextContents();
      expect(new Set(offices).size).toBe(offices.length);
      const members = page.locator('details.members').first();
      expect(await members.locator('summary').textContent()).toMatch(/成员单位（\d+）/);
      expect(await members.getAttribute('open')).toBeNull();
      expect(await page.locator('.duties tr').count()).toBe(0);
      // Office names read on one line, never a character per line.
      const narrowest = await page.locator('.office-name a').evaluateAll((links) => Math.min(...links.map((link) => link.getBoundingClientRect().width)));
      expect(narrowest).toBeGreaterThan(40);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      console.info(`[web tests] 35号 (${name}): ${entries.length} outline entries, ${offices.length} offices`);
      await screenshot(page, `document-35-duties-${name}`);
      await finish(recorded);
    });

    it('fits the reference graph of 35号 on the screen, zoomable and pannable', async () => {
      const recorded = await open('/?view=refs&no=' + encodeURIComponent('稷政办发〔2022〕35号'), options);
      const { page } = recorded;
      const graph = page.locator('svg.graph-svg');
      const box = await graph.boundingBox();
      const width = name === 'phone' ? 390 : 1366;
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      // The centre box is inside the visible graph.
      const centre = await page.locator('svg.graph-svg .node.center rect').boundingBox();
      expect(centre && centre.x >= box!.x && centre.x + centre.width <= box!.x + box!.width).toBe(true);
      const zoom = page.locator('.pan-zoom');
      await page.getByRole('button', { name: '放大' }).click();
      expect(Number(await zoom.getAttribute('data-scale'))).toBeGreaterThan(1);
      const before = await graph.getAttribute('viewBox');
      const stage = await page.locator('.zoom-stage').boundingBox();
      await page.mouse.move(stage!.x + stage!.width / 2, stage!.y + stage!.height / 2);
      await page.mouse.down();
      await page.mouse.move(stage!.x + stage!.width / 2 - 80, stage!.y + stage!.height / 2, { steps: 5 });
      await page.mouse.up();
      expect(await graph.getAttribute('viewBox')).not.toBe(before);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `graph-35-${name}`, true);
      await finish(recorded);
    });

    it('puts results first, with the facets in a drawer on a phone, and a skip link from the box to the results', async () => {
      const recorded = await open('/?q=' + encodeURIComponent('停电'), options);
      const { page } = recorded;
      const first = await page.locator('.hit').first().boundingBox();
      console.info(`[web tests] first result (${name}) at ${Math.round(first?.y ?? -1)} px`);
      expect(first!.y).toBeLessThan(name === 'phone' ? 600 : 500);
      if (name === 'phone') {
        expect(await page.locator('.facets').isVisible()).toBe(false);
        await page.locator('.facet-toggle').click();
        expect(await page.locator('.facets').isVisible()).toBe(true);
        await screenshot(page, 'facet-drawer-phone', true);
        await page.keyboard.press('Escape');
        await page.locator('.facets').waitFor({ state: 'hidden' });
        expect(await page.evaluate(() => document.activeElement?.classList.contains('facet-toggle'))).toBe(true);
      }
      await page.getByRole('combobox', { name: '检索公报文件' }).focus();
      let presses = 0;
      while (presses < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('skip-results')))) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.closest('.hit') !== null)).toBe(true);
      console.info(`[web tests] Tab presses from the box to the first result (${name}): ${presses} + Enter`);
      expect(presses).toBeLessThanOrEqual(2);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await finish(recorded);
    });

    it('reads the contents of an issue as a table on a wide screen and as blocks on a phone', async () => {
      const recorded = await open('/?view=gazettes', options);
      const { page } = recorded;
      await page.locator('.gazettes a', { hasText: '稷山县人民政府公报' }).first().click();
      await settled(page, 'gazette');
      const row = page.locator('table.contents tbody tr', { hasText: '稷政办发〔2022〕35号' }).first();
      const cells = await row.locator('td, th').evaluateAll((all) => all.map((cell) => cell.getBoundingClientRect().width));
      // Every cell is wide enough to read: on a phone each takes the row's width.
      expect(Math.min(...cells.filter((width) => width > 0))).toBeGreaterThan(name === 'phone' ? 250 : 60);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `gazette-contents-${name}`, true);
      await finish(recorded);
    });

    it('says in Chinese what to do about a bad page, a bad date, an empty search and a missing unit filter match', async () => {
      const recorded = await open('/?q=' + encodeURIComponent('停电') + '&page=999', options);
      const { page } = recorded;
      const alert = page.locator('[role="alert"]');
      expect(await alert.textContent()).toContain('页码 999 超出范围');
      await alert.getByRole('link', { name: '改正后重新检索' }).click();
      await settled(page, 'search');
      expect(await page.locator('.hit').count()).toBeGreaterThan(0);

      await page.goto(server.url + '/?q=' + encodeURIComponent('停电') + '&from=2023-02-30');
      await settled(page, 'search');
      expect(await page.locator('[role="alert"]').textContent()).toContain('请按 年-月-日 填写');

      await page.goto(server.url + '/?q=' + encodeURIComponent('停电') + '&page=40');
      await settled(page, 'search');
      expect(await page.locator('.results .notice').textContent()).toMatch(/第 40 页没有结果：共 \d+ 页/);

      await page.goto(server.url + '/?county=' + encodeURIComponent('夏县') + '&year=2019');
      await settled(page, 'search');
      const empty = (await page.locator('.empty').textContent()) ?? '';
      expect(empty).toContain('没有符合这些筛选条件的文件');
      expect(empty).not.toContain('“”');
      await screenshot(page, `messages-${name}`);

      // The units filter hides what does not match.
      await page.goto(server.url + '/?view=units');
      await settled(page, 'units');
      const before = await page.locator('.units li:visible').count();
      await page.getByLabel('筛选').fill('人社');
      const shown = await page.locator('.units li:visible').count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(before);
      expect(await page.locator('.unit-list .summary').textContent()).toBe(`共 ${shown} 个单位含“人社”`);
      await finish(recorded);
    });
  });
});
