import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';
import { from, to } from 'opencc-js/preset/t2cn';
import { hasTraditional, toSimplified, TRADITIONAL_SCRIPT_FILE, traditionalCodeUnits } from '../../src/text/fold-script';

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
    // Variant shapes OpenCC leaves (data/traditional-script.json "variants"), alone and with traditional text.
    ['陜政发〔2017〕34号', '陕政发〔2017〕34号'],
    ['陜政發〔2017〕34號', '陕政发〔2017〕34号'],
    ['淸理靑苗補償', '清理青苗补偿'],
    ['囙地制宜', '因地制宜'],
    ['道徳', '道德'],
    ['冐用他人名义', '冒用他人名义'],
    ['庻务', '庶务'],
    ['選擧', '选举'],
    ['敎育局', '教育局'],
    ['戶籍', '户籍'],
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
    // Characters of their own that look like variants: never folded.
    ['邨'],
    ['甦醒'],
    ['陕西省'],
    ['狭窄'],
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
    ['陜政发〔2017〕34号', true],
    ['陕政发〔2017〕34号', false],
  ])('%j → %s', (text, expected) => {
    expect(hasTraditional(text)).toBe(expected);
  });
});

describe('data/traditional-script.json', () => {
  // fold-script reads which characters are traditional from this snapshot of OpenCC instead of
  // the library: it must hold exactly the characters of the library's dictionaries that the
  // installed converter changes standing alone (each converted here on its own).
  const convert = Converter({ from: 'hk', to: 'cn' });
  const changed = new Set<string>();
  for (const group of [...from.hk, ...to.cn]) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')[0]) : dict.map(([source]) => source);
      for (const source of entries) for (const ch of source) if (convert(ch) !== ch) changed.add(ch);
    }
  }
  const regenerate = 'run `node bin/make-traditional-script.mjs` after upgrading opencc-js';

  const { variants } = JSON.parse(readFileSync(TRADITIONAL_SCRIPT_FILE, 'utf8')) as { variants: Record<string, string> };

  it('marks exactly the BMP characters OpenCC changes on their own, and the variant shapes', () => {
    const table = traditionalCodeUnits();
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if ((table[code] === 1) !== (changed.has(ch) || Object.hasOwn(variants, ch))) wrong.push(ch);
    }
    expect(wrong, regenerate).toEqual([]);
    expect(changed.size).toBeGreaterThan(3000);
  });

  it('holds the characters outside the BMP OpenCC changes, and finds them in a text', () => {
    const astral = [...changed].filter((ch) => ch.length === 2);
    const { characters } = JSON.parse(readFileSync(TRADITIONAL_SCRIPT_FILE, 'utf8')) as { characters: string };
    expect([...characters].filter((ch) => ch.length === 2).sort(), regenerate).toEqual(astral.sort());
    for (const ch of astral) expect(hasTraditional(`县${ch}局`)).toBe(true);
  });
});

describe('data/traditional-script.json variants', () => {
  const { variants } = JSON.parse(readFileSync(TRADITIONAL_SCRIPT_FILE, 'utf8')) as { variants: Record<string, string> };
  const convert = Converter({ from: 'hk', to: 'cn' });

  it.each(Object.entries(variants))('%s → %s: a shape OpenCC leaves, to a simplified character, one for one', (variant, standard) => {
    // A shape OpenCC learns to convert belongs to its table alone (the generator would list it).
    expect(convert(variant)).toBe(variant);
    expect([...variant]).toHaveLength(1);
    expect([...standard]).toHaveLength(1);
    expect(variant.length).toBe(1);
    expect(hasTraditional(standard)).toBe(false);
    expect(toSimplified(`某${variant}某`)).toBe(`某${standard}某`);
  });
});
