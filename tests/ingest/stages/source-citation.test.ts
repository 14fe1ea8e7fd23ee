/**
 * A journal database's 出处 record under an abstract (出处 / 《某省人民政府公报》 / 2009年第13期… /
 * its English name): where the text was printed, emptied line by line; anything else under the
 * label, and a periodical named in the text, stays.
 */
import { describe, expect, it } from 'vitest';
import { withoutSourceCitation } from '../../../ingest/stages/source-citation';
import { loadPageNoise } from '../../../src/domain/page-noise';

const strip = (...lines: string[]) => withoutSourceCitation(lines, loadPageNoise().citationLabel);
const TEXT = '各市、县人民政府,省政府各部门:现将有关事项通知如下。';

describe('withoutSourceCitation', () => {
  it.each<[string, string[], string[]]>([
    ['label, gazette, issue, English name', [TEXT, '出处', '《江西省人民政府公报》', '1998年第14期26-28,共3页', 'Gazette of the People\'s Government of Jiangxi Province'], [TEXT, '', '', '', '']],
    ['an issue without 第', [TEXT, '出处', '《陕西省人民政府公报》', '2000年7期17-20,共4页'], [TEXT, '', '', '']],
    ['the issue on the periodical\'s line, blank lines between', [TEXT, '出处：', '', '《湖北省人民政府公报》2009年第13期50-50,共1页'], [TEXT, '', '', '']],
    ['another label of the list', [TEXT, '刊名', '《某市政报》'], [TEXT, '', '']],
  ])('empties %s', (_, lines, kept) => {
    expect(strip(...lines)).toEqual(kept);
  });

  // MUST NOT: a label over no periodical, a periodical in the text, an English line not under a record.
  it.each<[string, string[]]>([
    ['a source naming a site', [TEXT, '出处', '某县人民政府网']],
    ['a periodical cited in a sentence', ['本办法刊登于《某省人民政府公报》2009年第13期。', TEXT]],
    ['a title in 书名号 with no label above', ['《某县人民政府关于全县推进殡葬改革的通告》', TEXT]],
    ['a 出处 heading inside the text', ['出处', '本条所称出处，是指资料的来源。']],
  ])('keeps %s', (_, lines) => {
    expect(strip(...lines)).toEqual(lines);
  });
});
