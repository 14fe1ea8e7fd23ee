import { describe, expect, it } from 'vitest';
import { canonicalDocNumber, findDocNumbers, parseDocNumber } from '../../src/domain/doc-number';

describe('findDocNumbers', () => {
  // One row per way the gazettes and web pages really write a number.
  it.each([
    ['稷政办发〔2022〕31号', '稷政办发〔2022〕31号', '稷政办发', 'county'],
    ['夏政发（2023）12号', '夏政发〔2023〕12号', '夏政发', 'county'],
    ['夏政办函(2023)53号', '夏政办函〔2023〕53号', '夏政办函', 'county'],
    ['稷政办发[2022]37号', '稷政办发〔2022〕37号', '稷政办发', 'county'],
    ['晋政办发【2022】33号', '晋政办发〔2022〕33号', '晋政办发', 'provincial'],
    ['晋政办发［2021］88号', '晋政办发〔2021〕88号', '晋政办发', 'provincial'],
    ['国办发﹝2019﹞3号', '国办发〔2019〕3号', '国办发', 'national'],
    ['国发„2015‟43号', '国发〔2015〕43号', '国发', 'national'],
    ['稷政办发〔2022〕33 号', '稷政办发〔2022〕33号', '稷政办发', 'county'],
    ['稷政办发〔2022〕31 號', '稷政办发〔2022〕31号', '稷政办发', 'county'],
    ['夏政办函〔2022〕27', '夏政办函〔2022〕27号', '夏政办函', 'county'],
    ['稷政办发〔２０２２〕３１号', '稷政办发〔2022〕31号', '稷政办发', 'county'],
    ['（晋\n公通字〔2021〕25号）', '晋公通字〔2021〕25号', '晋公通字', 'provincial'],
    ['根据晋农计财发〔2022〕17号', '晋农计财发〔2022〕17号', '晋农计财发', 'provincial'],
    ['月底完成晋政办发〔2019〕10号', '晋政办发〔2019〕10号', '晋政办发', 'provincial'],
    ['按照《关于…的通知》(运政发〔2020〕30号)', '运政发〔2020〕30号', '运政发', 'city'],
    ['运城市落实运政办发〔2022〕19号', '运政办发〔2022〕19号', '运政办发', 'city'],
    ['国家发展改革委（发改环资〔2021〕13号）', '发改环资〔2021〕13号', '发改环资', 'national'],
    ['中共中央（中发〔2017〕4号）', '中发〔2017〕4号', '中发', 'national'],
    ['民政部（民发〔2018〕144号）', '民发〔2018〕144号', '民发', 'national'],
    ['《重大行政决策程序暂行条例》（国务院令第713号）', '国务院令第713号', '国务院令', 'national'],
    ['《重大行政决策程序暂行条例》(国务院令 第713号)', '国务院令第713号', '国务院令', 'national'],
    ['湖北省人民政府（鄂政文〔2004〕12号）', '鄂政文〔2004〕12号', '鄂政文', 'provincial'],
  ])('%j → %s', (text, canonical, prefix, level) => {
    const [found] = findDocNumbers(text);
    expect(found?.canonical).toBe(canonical);
    expect(found?.prefix).toBe(prefix);
    expect(found?.level).toBe(level);
  });

  it.each([
    ['2022年第3期（总第7期）'],
    ['第三条 本办法自2022年7月7日起施行'],
    ['《稷山县乡镇权责清单目录》（2022年版）'],
    ['联系电话：0359-5522123'],
    ['〔2022〕31号'],
  ])('finds no number in %j', (text) => {
    expect(findDocNumbers(text)).toEqual([]);
  });

  it('reports where each number stands in the text', () => {
    const text = '根据晋政办发〔2022〕33号和运政办发〔2022〕19号文件';
    const found = findDocNumbers(text);
    expect(found.map((f) => text.slice(f.index, f.index + f.length))).toEqual(['晋政办发〔2022〕33号', '运政办发〔2022〕19号']);
  });

  it('keeps the parts of a number', () => {
    const [found] = findDocNumbers('稷政办发〔2022〕31号');
    expect(found).toMatchObject({ prefix: '稷政办发', year: 2022, serial: 31, kind: 'standard', region: '稷山县' });
  });
});

describe('parseDocNumber', () => {
  it.each([
    ['夏政发(2023)12号', '夏政发〔2023〕12号'],
    ['稷政办发[2022]37号', '稷政办发〔2022〕37号'],
    ['稷政办发〔2022〕31 号', '稷政办发〔2022〕31号'],
    [' 稷政办发 〔2022〕 31号 ', '稷政办发〔2022〕31号'],
    ['（稷政办发〔2022〕31号）', '稷政办发〔2022〕31号'],
  ])('%j → %s', (text, canonical) => {
    expect(parseDocNumber(text)?.canonical).toBe(canonical);
    expect(canonicalDocNumber(text)).toBe(canonical);
  });

  it.each([['停电 应急预案'], ['稷政办发〔2022〕31号 的通知'], ['']])('%j is not a number', (text) => {
    expect(parseDocNumber(text)).toBeUndefined();
  });
});
