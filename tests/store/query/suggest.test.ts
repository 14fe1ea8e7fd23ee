import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchRequest } from '../../../src/model';
import { partialNumber, suggest, type SuggestSources } from '../../../src/store/query/suggest';

describe('partialNumber', () => {
  it.each([
    ['稷政办发2022', { prefix: '稷政办发', year: '2022', serial: '' }],
    ['稷政办发〔2022〕3', { prefix: '稷政办发', year: '2022', serial: '3' }],
    ['稷政办发(2022)31号', { prefix: '稷政办发', year: '2022', serial: '31' }],
    ['夏政办函［2023］', { prefix: '夏政办函', year: '2023', serial: '' }],
    ['稷政办发 2022', { prefix: '稷政办发', year: '2022', serial: '' }],
  ])('%s', (typed, expected) => {
    expect(partialNumber(typed)).toEqual(expected);
  });

  // Rows that must not read as a number being typed.
  it.each(['人社', '停电 应急预案', '2022年度', '稷政办发', '稷政办发〔1850〕1号', '关于2022年的通知'])('%s is not a number', (typed) => {
    expect(partialNumber(typed)).toBeUndefined();
  });
});

function hit(id: string, docNumber: string, title: string): SearchHit {
  return { id, docNumber, title, titleHtml: title, passages: [], score: 0 };
}

function sources(hits: SearchHit[]): SuggestSources & { asked: SearchRequest[] } {
  const asked: SearchRequest[] = [];
  return {
    asked,
    search: {
      async search(request) {
        asked.push(request);
        return { total: hits.length, page: 1, limit: 10, hits, facets: {} as never, mode: 'all', terms: [], tookMs: 0 };
      },
    },
    units: () => [
      { id: '稷山县:县人力资源和社会保障局', name: '县人力资源和社会保障局', aliases: ['县人社局'], county: '稷山县' },
      { id: '稷山县:县税务局', name: '县税务局', aliases: [], county: '稷山县' },
    ],
    matters: () => ['被征地农民养老保险补贴', '失业保险稳岗返还', '人社服务窗口'],
  };
}

describe('suggest', () => {
  it('offers the numbers of a prefix and year in serial order, only those that start so', async () => {
    const from = sources([
      hit('a', '稷政办发〔2022〕35号', '大面积停电事件应急预案'),
      hit('b', '稷政办发〔2022〕31号', '助企纾困38条'),
      hit('c', '晋政办发〔2022〕33号', '省里的文件'),
      hit('d', '稷政办发〔2021〕9号', '上一年'),
    ]);
    const got = await suggest('稷政办发2022', from);
    expect(got.filter((one) => one.kind === 'number').map((one) => one.text)).toEqual(['稷政办发〔2022〕31号', '稷政办发〔2022〕35号']);
    expect(got[0]).toMatchObject({ id: 'b', note: '助企纾困38条' });
    expect(from.asked[0].q).toBe('稷政办发 2022');
  });

  it('offers offices by name or alias and matters holding the words', async () => {
    const got = await suggest('人社', sources([hit('x', '稷政办发〔2022〕31号', '人社局的通知')]));
    expect(got.find((one) => one.kind === 'unit')).toMatchObject({ text: '县人力资源和社会保障局', note: '稷山县 · 又称 县人社局' });
    expect(got.filter((one) => one.kind === 'matter').map((one) => one.text)).toEqual(['人社服务窗口']);
    expect(got.find((one) => one.kind === 'title')?.text).toBe('人社局的通知');
  });

  it('offers nothing for one character', async () => {
    const from = sources([hit('x', '稷政办发〔2022〕31号', '人社局的通知')]);
    expect(await suggest('人', from)).toEqual([]);
    expect(from.asked).toHaveLength(0);
  });
});
