import { describe, expect, it } from 'vitest';
import { colonBlockLabels, splitGluedLabels } from '../../../ingest/stages/glued-labels';

describe('splitGluedLabels', () => {
  it.each([
    [
      "a law database's head run into one line: the title, then each label with its value",
      '某某族自治州自治条例(2006年修正本)制定机关: 某某族自治州人民代表大会常务委员会效力级别: 地方性法规时效性: 已修改发布文号: 公布日期: 2006.08.18施行日期: 2006.08.18',
      ['某某族自治州自治条例(2006年修正本)', '制定机关: 某某族自治州人民代表大会常务委员会', '效力级别: 地方性法规', '时效性: 已修改', '发布文号:', '公布日期: 2006.08.18', '施行日期: 2006.08.18'],
    ],
    [
      'labels printed with spaces inside, some glued and some after a space: every label starts a row, compacted',
      '某市物业管理条例制定机关: 某市人大常委会 时 效 性: 现行有效 题 注 : (2010年5月1日某市人民代表大会常务委员会通过)',
      ['某市物业管理条例', '制定机关: 某市人大常委会', '时效性: 现行有效', '题注: (2010年5月1日某市人民代表大会常务委员会通过)'],
    ],
    [
      'a 政府信息公开 block glued after a title: 标题 ends where the next label starts',
      '标题：某县人民政府关于做好防汛工作的通知发文机关：某县人民政府发文字号：某政发〔2021〕3号成文日期：2021年5月6日',
      ['标题：某县人民政府关于做好防汛工作的通知', '发文机关：某县人民政府', '发文字号：某政发〔2021〕3号', '成文日期：2021年5月6日'],
    ],
  ])('%s', (_, line, expected) => {
    expect(splitGluedLabels(line)).toEqual(expected);
  });

  it.each([
    ['a sentence with one label-like word and a colon', '根据规定：各单位应当于每年3月底前报送工作总结，文号：某政发〔2021〕3号。'],
    ['two labels only, glued', '某县人民政府关于做好防汛工作的通知发文机关：某县人民政府成文日期：2021年5月6日'],
    ['three labels parted by spaces and bars (the metadata reader reads those as they are)', '索引号：11-2021-001 | 发文机关：某县人民政府 | 文号：某政发〔2021〕3号'],
    ['a line with no colon', '发文机关某县人民政府文号某政发〔2021〕3号成文日期2021年5月6日'],
  ])('must not part: %s', (_, line) => {
    expect(splitGluedLabels(line)).toEqual([line]);
  });
});

describe('colonBlockLabels', () => {
  it.each([
    [
      'a block of rows whose labels have no colon: each gets one',
      ['发文机关公安部', '发文日期1989年10月30日', '时效性现行有效', '效力级别部门规章', '第一条 为了加强管理，制定本规定。'],
      ['发文机关：公安部', '发文日期：1989年10月30日', '时效性：现行有效', '效力级别：部门规章', '第一条 为了加强管理，制定本规定。'],
    ],
    [
      'a block mixing rows with and without colons: only the glued label gets one',
      ['标题：某市物业管理办法', '发文机关某市人民政府', '文号：某府令第5号'],
      ['标题：某市物业管理办法', '发文机关：某市人民政府', '文号：某府令第5号'],
    ],
  ])('%s', (_, lines, expected) => {
    expect(colonBlockLabels(lines)).toEqual(expected);
  });

  it.each([
    ['two rows only', ['发文机关公安部', '效力级别部门规章', '第一条 为了加强管理，制定本规定。']],
    ['rows parted by a line that opens with no label', ['发文机关公安部', '第一条 为了加强管理，制定本规定。', '效力级别部门规章', '时效性现行有效']],
    ['body sentences that open with a label-like word', ['名称变更后，原证书继续有效。', '来源于财政的资金，应当专款专用。', '关键词检索功能，由市数据局负责。']],
  ])('must not add a colon: %s', (_, lines) => {
    expect(colonBlockLabels(lines)).toEqual(lines);
  });
});
