import { describe, expect, it } from 'vitest';
import { unwrapColumn } from '../../../ingest/stages/unwrap-column';

const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;
const linesOf = (...texts: string[]) => texts.map((text) => ({ text, page: 1 }));
const textsOf = (...texts: string[]) => unwrapColumn(linesOf(...texts)).map((l) => l.text);

const TITLE = '前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告';
const SENTENCE = '根据《中共中央办公厅、国务院办公厅印发〈关于全面推行河长制的意见〉的通知》（厅字〔2016〕42号）精神，结合我县实际，制定本方案。';
const ITEM = '各乡镇要落实属地责任，加强巡查，发现焚烧行为及时制止并依法处理，确保不发生露天焚烧秸秆现象。';

describe('unwrapColumn', () => {
  it('joins a title, a cited number and sentences a 24-character column wrapped', () => {
    const lines = [...wrap(TITLE, 24), '某政通〔2017〕6号', '各乡镇人民政府：', ...wrap(SENTENCE, 24), '一、禁烧范围', ...wrap(ITEM, 24), '某县人民政府', '2017年10月23日'];
    expect(textsOf(...lines)).toEqual([TITLE, '某政通〔2017〕6号', '各乡镇人民政府：', SENTENCE, '一、禁烧范围', ITEM, '某县人民政府', '2017年10月23日']);
  });

  it('joins a number the column cut between its digits without a space', () => {
    const lines = [...wrap(`${'某'.repeat(4)}${SENTENCE}`, 24), ...wrap(ITEM, 24), ...wrap(ITEM, 24)];
    expect(lines.some((l) => /\d$/.test(l))).toBe(true);
    expect(textsOf(...lines)).toEqual([`${'某'.repeat(4)}${SENTENCE}`, ITEM, ITEM]);
  });

  it('keeps each line on its page and keeps a stray wider line (a source address)', () => {
    const paragraphs = [SENTENCE, ITEM, SENTENCE, ITEM, SENTENCE, ITEM, SENTENCE, ITEM];
    const lines = [`# source: https://example.com/${'a'.repeat(80)}`, ...paragraphs.flatMap((p) => wrap(p, 24))];
    const out = unwrapColumn(linesOf(...lines));
    expect(out.map((l) => l.text)).toEqual([lines[0], ...paragraphs]);
    expect(out.every((l) => l.page === 1)).toBe(true);
  });

  it.each([
    ['a page with one paragraph a line', [TITLE, '某政通〔2017〕6号', SENTENCE, ITEM, SENTENCE, ITEM]],
    ['a list of items of one length, each closed', ['一、加强组织领导，明确工作责任。', '二、强化宣传引导，营造良好氛围。', '三、严格督查考核，确保取得实效。', '四、完善长效机制，巩固整治成果。']],
    ['a few lines of one length', [...wrap(SENTENCE, 24).slice(0, 3), ITEM, ITEM, ITEM]],
    ['lines wider than any column', wrap(SENTENCE.repeat(8), 80)],
  ])('leaves %s as it came', (_, texts) => {
    const lines = linesOf(...texts);
    expect(unwrapColumn(lines)).toBe(lines);
  });
});
