import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../ingest/stages/read-document';
import type { Source } from '../../../src/model';

/** A plain text's lines read as one document. */
const textSource: Source = { path: 'doc.txt', sha256: 'abc', format: 'text', encoding: 'utf-8' };
const read = (lines: string[]) => readDocument({ source: textSource, lines: lines.map((text) => ({ text })), messages: [], fields: {} }, { gazetteId: 'g' });

describe('readDocument level of a township\'s document', () => {
  // The issuer's own level: a 镇's, 乡's or 街道's organ is a township's, below its county.
  it.each([
    ['a 镇 government\'s notice', ['关于做好秸秆禁烧工作的通知', '各村民委员会：', '请认真落实。', '某某镇人民政府', '2022年6月1日']],
    ['a 民族乡 government\'s notice', ['关于开展人居环境整治的通知', '各村：', '正文。', '某某回族乡人民政府', '2022年6月1日']],
    ['a street office\'s notice', ['关于开展垃圾分类的通知', '各社区居民委员会：', '正文。', '某某街道办事处', '2022年6月1日']],
    ['a 苏木 government\'s notice naming its county', ['关于草原防火的通知', '各嘎查：', '请某某旗应急管理局指导。', '某某苏木人民政府', '2022年6月1日']],
    ['a town under its county in its issuer\'s name', ['某县城关镇人民政府关于公布网格员名单的通知', '各村：', '正文。', '某县城关镇人民政府', '2022年6月1日']],
  ])('%s is township', (_, lines) => {
    expect(read(lines).level).toBe('township');
  });

  // Must not: a town the text names or writes to, a county's organ that names a town.
  it.each([
    ['a county government\'s notice to a town', ['某县人民政府关于某某镇撤镇设街道的批复', '某某镇人民政府：', '你镇的请示收悉。', '某县人民政府', '2022年6月1日'], 'county'],
    ['a county bureau naming 城关镇 in the text', ['关于城关镇供水管网改造的通知', '城关镇人民政府：', '请城关镇配合。', '某县住房和城乡建设局', '2022年6月1日'], 'county'],
    ['a county government\'s 落款 after a town\'s request', ['关于同意某某乡撤乡设镇的批复', '某某乡人民政府：', '你乡《关于撤乡设镇的请示》收悉。', '某县人民政府', '2022年6月1日'], 'county'],
    ['a city office writing to every town', ['关于做好防汛工作的通知', '各乡镇人民政府、各街道办事处：', '正文。', '某某市人民政府办公室', '2022年6月1日'], undefined],
  ])('%s is not township', (_, lines, level) => {
    expect(read(lines).level).toBe(level);
  });
});
