/**
 * Words of place, time or person around a matter (乡下, 工地, 家里老人): when no duty holds enough
 * of a question, who-handles answers without those of them no duty's matter holds, and says so
 * (contextNotice). The object of a matter is never let go: a question about a matter no document
 * covers still answers nothing. Made-up documents of one made-up county.
 */
import { describe, expect, it } from 'vitest';
import { storeOfTexts } from '../fixtures/store-of-texts';
import { isContextWord } from '../../src/kb/context-words';
import { loadQuestionWords } from '../../src/kb/question-words';
import { whoHandles } from '../../src/kb/who-handles';
import type { WhoHandlesResult } from '../../src/model';

const words = loadQuestionWords();

const DOCS: Record<string, string> = {
  'dogs.txt': [
    '甲山县人民政府办公室关于印发甲山县养犬管理工作方案的通知',
    '甲山县政府办发〔2023〕5号',
    '各乡镇人民政府，县直各有关单位：',
    '一、县公安局负责犬只登记和伤人处置。',
    '二、乡(镇)人民政府负责一般管理区养犬工作的日常监管。',
    '三、县民政局负责殡葬管理和公墓审批工作。',
    '四、县人力资源和社会保障局负责受理欠薪投诉，督促用人单位支付拖欠农民工工资。',
    '甲山县人民政府办公室',
    '2023年5月6日',
  ].join('\n'),
};

const storeOf = storeOfTexts('who-context', DOCS);
const names = (result: WhoHandlesResult) => result.answers.map((a) => a.unit.canonical ?? a.unit.name);

describe('isContextWord', () => {
  it.each([
    ['农村', true],
    ['工地', true],
    ['春节', true],
    ['镇上', true],
    ['河里', true],
    ['路边', true],
    // Must not: the object of a matter, and words of a place-like ending that name no place.
    ['身份证', false],
    ['护照', false],
    ['养犬', false],
    ['地下', false],
    ['以上', false],
    ['线上', false],
  ])('%s → %s', (word, expected) => {
    expect(isContextWord(word, words)).toBe(expected);
  });
});

describe('whoHandles without words of context no duty holds', () => {
  it.each([
    ['乡下养狗谁管', '乡镇人民政府', '农村'],
    ['家里老人去世了办丧事归谁管', '县民政局', '老年人'],
    ['工地欠薪去哪里投诉', '县人力资源和社会保障局', undefined],
  ])('%s → %s', async (q, office, dropped) => {
    const result = await whoHandles(storeOf(), { q, county: '甲山县' });
    expect(names(result)[0]).toBe(office);
    if (dropped) {
      expect(result.contextNotice).toContain(`“${dropped}”`);
      expect(result.terms).not.toContain(dropped);
      expect(result.terms.length).toBeGreaterThan(0);
    }
  });

  it.each([
    // Must not: the matter itself no document covers — its object is never let go.
    ['身份证丢了去哪补办'],
    ['乡下结婚登记找谁'],
    ['工地上护照谁管'],
    ['春节期间考驾照在哪报名'],
  ])('%s → nothing', async (q) => {
    const result = await whoHandles(storeOf(), { q, county: '甲山县' });
    expect(result.answers).toEqual([]);
    expect(result.contextNotice).toBeUndefined();
    expect(result.message).toContain('没有找到');
  });

  it('says nothing of context when the question is answered as asked', async () => {
    const result = await whoHandles(storeOf(), { q: '养狗登记找谁', county: '甲山县' });
    expect(names(result)[0]).toBe('县公安局');
    expect(result.contextNotice).toBeUndefined();
  });
});
