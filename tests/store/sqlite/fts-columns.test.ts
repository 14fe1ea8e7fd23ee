import { describe, expect, it } from 'vitest';
import { ftsColumns } from '../../../src/store/sqlite/fts-columns';
import { contractCorpus } from '../../contracts/contract-corpus';

describe('ftsColumns', () => {
  it('writes bigrams for title, number, headings and body, and segmenter words of three characters or more', () => {
    const [title, docnum, headings, body, words] = ftsColumns(contractCorpus[0]);
    expect(title.split(' ')).toContain('停电');
    expect(docnum.split(' ')).toEqual(expect.arrayContaining(['稷政', '2022', '35']));
    expect(headings).toBe('一 总则 则');
    expect(body.split(' ')).toContain('处理');
    expect(words.split(' ')).toContain('能源局');
    // Shorter words are bigrams of the other columns already; queries never look for them here.
    expect(words.split(' ').filter((w) => [...w].length < 3)).toEqual([]);
  });

  it('keeps the name of a unit holding duties whole in words, as queries naming it are split', () => {
    const doc = { ...contractCorpus[0], units: ['县乡村振兴服务保障中心'], paragraphs: ['由县乡村振兴服务保障中心牵头。'] };
    expect(ftsColumns(doc)[4].split(' ')).toContain('县乡村振兴服务保障中心');
  });
});
