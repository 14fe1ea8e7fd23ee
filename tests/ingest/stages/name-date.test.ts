import { describe, expect, it } from 'vitest';
import { nameDate, withNameDate } from '../../../ingest/stages/name-date';
import type { GazetteDocument } from '../../../src/model';

describe('nameDate: the date a file name gives the document it is named after', () => {
  it.each([
    ['laws/地方性法规/某市河道管理条例(2012-04-19).md', '某市河道管理条例', '2012-04-19'],
    ['某市河道管理条例（2012-04-19）.md', '某市河道管理条例', '2012-04-19'],
    ['某市河道管理条例_20120419.pdf', '某市河道管理条例', '2012-04-19'],
    ['某市河道管理条例 2012.4.19.docx', '某市河道管理条例', '2012-04-19'],
    ['某市河道管理条例【2012年4月19日】.txt', '某市河道管理条例', '2012-04-19'],
    // Collections drop 中华人民共和国 and write brackets either way.
    ['刑法修正案（十二）(2023-12-29).md', '中华人民共和国刑法修正案(十二)', '2023-12-29'],
    ['某省实施《某某法》办法(2010-11-11).md', '某省实施某某法办法', '2010-11-11'],
    ['C:\\下载\\某市河道管理条例(2012-04-19).md', '某市河道管理条例', '2012-04-19'],
  ])('%s → %s', (path, title, expected) => {
    expect(nameDate(path, title)).toBe(expected);
  });

  it.each([
    // A name that is not the document's title says nothing about the document.
    ['scan_2024-01-05.pdf', '某市河道管理条例'],
    ['某市河道管理条例实施细则(2012-04-19).md', '某市河道管理条例'],
    ['某市河道管理条例.md', '某市河道管理条例'],
    // A number that is no date, and dates that cannot be.
    ['某市河道管理条例_12345678.md', '某市河道管理条例'],
    ['某市河道管理条例(2012-13-40).md', '某市河道管理条例'],
    ['(2012-04-19).md', ''],
  ])('%s for “%s” → none', (path, title) => {
    expect(nameDate(path, title)).toBeUndefined();
  });
});

describe('withNameDate: a law dated by its file name where the text does not say when it was published', () => {
  const law = (publishedOn?: string): GazetteDocument =>
    ({ id: 'x', gazetteId: 'g', ordinal: 0, title: '某市河道管理条例', ...(publishedOn ? { date: publishedOn, publishedOn } : {}), messages: [] }) as unknown as GazetteDocument;
  const path = '某市河道管理条例(2012-04-19).md';

  it.each([
    ['no date in the text', undefined, '2012-04-19'],
    ['only the adoption and approval before the 公告', '2012-03-30', '2012-04-19'],
    ['the same date in the text', '2012-04-19', '2012-04-19'],
    ['a later revision printed in the text (the name is stale)', '2016-07-01', '2016-07-01'],
  ])('%s', (_case, printed, expected) => {
    const dated = withNameDate(law(printed), path);
    expect(dated.publishedOn).toBe(expected);
    expect(dated.date).toBe(expected);
    expect(dated.messages.some((m) => m.message.includes('文件名'))).toBe(expected !== printed);
  });

  it('leaves a law alone when the name is not its title', () => {
    expect(withNameDate(law(), 'download_2012-04-19.md').publishedOn).toBeUndefined();
  });
});
