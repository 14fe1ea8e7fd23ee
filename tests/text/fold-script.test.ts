import { describe, expect, it } from 'vitest';
import { hasTraditional, toSimplified } from '../../src/text/fold-script';

describe('toSimplified', () => {
  // Traditional-script mirrors of county documents, and queries typed that way.
  it.each([
    ['停電', '停电'],
    ['號', '号'],
    ['絳政辦發〔2023〕14號', '绛政办发〔2023〕14号'],
    ['金政辦﹝2019﹞33號', '金政办﹝2019﹞33号'],
    ['盤山縣人民政府辦公室', '盘山县人民政府办公室'],
    ['關於全縣禁止正月十六燃燒木柴的通知', '关于全县禁止正月十六燃烧木柴的通知'],
    ['各鄉鎮人民政府,縣政府各有關部門:', '各乡镇人民政府,县政府各有关部门:'],
    ['乾燥', '干燥'],
    ['衞生健康局', '卫生健康局'],
  ])('%j → %j', (text, simplified) => {
    expect(toSimplified(text)).toBe(simplified);
  });

  // Simplified text, names the library keeps (乾隆, 乾县), Latin and digits: unchanged.
  it.each([
    ['停电应急预案'],
    ['稷政办发〔2022〕31号'],
    ['一坏'],
    ['乾隆年间'],
    ['干部群众'],
    ['DB35/T 1644-2017 第3条 2022年'],
    ['Qǔjīng Lù'],
    [''],
  ])('%j is left as it is', (text) => {
    expect(toSimplified(text)).toBe(text);
  });

  it('returns the same string when there is nothing to fold', () => {
    const text = '县人社局负责社保审核';
    expect(toSimplified(text)).toBe(text);
    expect(hasTraditional(text)).toBe(false);
  });
});

describe('hasTraditional', () => {
  it.each([
    ['稷政办发〔2022〕31號', true],
    ['停電', true],
    ['停电', false],
    ['稷山县人民政府公报 2022年第3期', false],
    ['〔〕（）【】', false],
  ])('%j → %s', (text, expected) => {
    expect(hasTraditional(text)).toBe(expected);
  });
});
