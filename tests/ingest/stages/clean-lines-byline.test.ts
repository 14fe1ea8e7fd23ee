import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../../ingest/stages/clean-lines';

// cleanLines' byline rule in a file of its own, as clean-lines.test.ts is near its size limit.
const source = { path: 'page.txt', sha256: '0'.repeat(64), format: 'text' as const };
const textsOf = (...lines: string[]) => cleanLines({ source, lines: lines.map((text) => ({ text })), messages: [] }).lines.map((l) => l.text);

describe('cleanLines: a page\'s byline repeating its CMS source', () => {
  it.each([
    ['under the source line', ['某办公室公告(第7号)', '时间:2022年12月06日来源:某省卫生健康委员会', '某省卫生健康委员会 2022年12月06日', '现将有关事项公告如下：']],
    ['with a buttons line between', ['某办公室公告', '来源：某省卫生健康委员会 浏览次数：5', '[字体: ] 打印', '某省卫生健康委员会 2022-12-06', '现将有关事项公告如下：']],
  ])('drops it %s', (_, lines) => {
    expect(textsOf(...lines).filter(Boolean)).not.toContain(lines.find((l) => /^某省卫生健康委员会 /.test(l)));
  });

  it.each([
    // MUST-NOT: the 落款 below the text, though its organ is the source; an organ and date with no source line above; another organ.
    ['the 落款 far below the source', ['某局关于某事的通知', '来源：某县教育局', '各学校：', '请认真做好某项工作。', '请于月底前报送。', '特此通知。', '某县教育局 2022年12月6日']],
    ['no source named', ['某局关于某事的通知', '某县教育局 2022年12月6日', '各学校：']],
    ['another organ under the source', ['某办公室公告', '来源：某省卫生健康委员会', '某市人民政府办公室 2022年12月06日']],
  ])('keeps %s', (_, lines) => {
    expect(textsOf(...lines)).toContain(lines.at(-1));
  });
});
