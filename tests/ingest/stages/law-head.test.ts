import { describe, expect, it } from 'vitest';
import { decreeBlockLength } from '../../../ingest/stages/law-head';
import { loadLawGrammar } from '../../../src/domain/law-grammar';

describe('decreeBlockLength', () => {
  const g = loadLawGrammar();
  const block = (serial: string) => ['甲市人民政府令', serial, '《甲市市容管理办法》已经2021年5月1日市人民政府第3次常务会议通过，现予公布，自2021年7月1日起施行。', '市长 某某', '2021年5月10日', '甲市市容管理办法', '第一条 为了加强市容管理，制定本办法。'];

  // The serial under the decree's name, as single documents and gazettes read it.
  it.each([['第23号'], ['第 23 号'], ['（第23号）'], ['第二十三号'], ['〔2021〕第5号']])('a decree over %j takes its five lines', (serial) => {
    expect(decreeBlockLength(block(serial), g)).toBe(5);
  });

  it.each([
    ['a title over its first article', ['甲市市容管理办法', '第一条 为了加强市容管理，制定本办法。', '第二条 本办法适用于全市。']],
    ['a 令 that names no organ over a line that is no serial', ['甲区森林防火禁火令', '为预防森林火灾，区政府决定禁火。', '2025年1月8日']],
  ])('%s is no decree', (_, lines) => {
    expect(decreeBlockLength(lines, g)).toBe(0);
  });
});
