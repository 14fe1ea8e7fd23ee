import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config';
import { ADDON_PATH, jiebaModelFiles, loadSegmenterAddon, type SegmenterAddon } from '../../../src/text/native/segmenter';

// nodejieba's own binding is the reference: the addon must split exactly as it does.
const nodejieba = createRequire(import.meta.url)('nodejieba') as {
  load(options: Record<string, string>): void;
  cut(text: string): string[];
  cutForSearch(text: string): string[];
  insertWord(word: string): boolean;
};

const samples = path.join(projectRoot, 'data', 'samples');
const unused = path.join(projectRoot, 'data', 'segmenter');
const userDict = path.join(projectRoot, 'data', 'dictionary', 'domain.txt');
const idf = path.join(unused, 'keyword-idf.utf8');
const stopWords = path.join(unused, 'keyword-stop-words.utf8');

describe('segmenter addon', () => {
  let addon: SegmenterAddon;
  beforeAll(() => {
    addon = loadSegmenterAddon();
    const { dict, hmmModel } = jiebaModelFiles();
    addon.load(dict, hmmModel, userDict, idf, stopWords);
    nodejieba.load({ dict, hmmDict: hmmModel, userDict, idfDict: idf, stopWordDict: stopWords });
  });

  it('splits the sample gazettes word for word as nodejieba does, in both modes', () => {
    const texts = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      // Spaces aside (the addon joins with them), the whole text as it comes, lines, punctuation and all.
      expect(addon.cutForSearch(text).split(' ')).toEqual(nodejieba.cutForSearch(text).filter((w) => w !== ' '));
      expect(addon.cut(text).split(' ')).toEqual(nodejieba.cut(text).filter((w) => w !== ' '));
      // What the words column asks for: words of three characters or more, and the line breaks.
      const long = nodejieba.cutForSearch(text).filter((w) => w === '\n' || (w !== ' ' && [...w].length >= 3));
      expect(addon.cutForSearch(text, 3).split(' ')).toEqual(long);
    }
  });

  it('keeps an inserted word whole, as nodejieba does', () => {
    const text = '县行政审批服务管理局负责受理';
    expect(addon.cut(text)).not.toContain('县行政审批服务管理局');
    expect(addon.insertWord('县行政审批服务管理局')).toBe(true);
    nodejieba.insertWord('县行政审批服务管理局');
    expect(addon.cut(text).split(' ')).toEqual(nodejieba.cut(text));
    expect(addon.cut(text).split(' ')[0]).toBe('县行政审批服务管理局');
  });

  it('gives line breaks back as words and never a space, and nothing for an empty text', () => {
    expect(addon.cutForSearch('停电应急\n预案 通知').split(' ')).toEqual(['停电', '应急', '\n', '预案', '通知']);
    expect(addon.cut('')).toBe('');
  });

  it('leaves out words shorter than minChars, line breaks excepted', () => {
    const text = '根据城市更新行动\n实施方案';
    const all = addon.cutForSearch(text).split(' ');
    expect(all.some((w) => [...w].length < 3 && w !== '\n')).toBe(true);
    expect(addon.cutForSearch(text, 3).split(' ')).toEqual(all.filter((w) => w === '\n' || [...w].length >= 3));
    expect(() => addon.cutForSearch(text, '3' as unknown as number)).toThrow(/minChars/);
  });

  it('turns a missing dictionary into an error naming the file, and the process lives on', () => {
    const fresh = loadSegmenterAddon();
    const missing = path.join(os.tmpdir(), 'no-such-dictionary.utf8');
    const { dict, hmmModel } = jiebaModelFiles();
    expect(() => fresh.load(dict, hmmModel, `${userDict}|${missing}`, idf, stopWords)).toThrow(`cannot open ${missing}`);
    expect(() => (fresh.load as (...paths: string[]) => void)(dict, hmmModel, userDict, idf)).toThrow(/five paths/);
    // The instance loaded before is untouched.
    expect(addon.cut('停电应急预案').length).toBeGreaterThan(0);
  });
});

// The addon reads jieba's dictionaries itself (dictionary.h: Dictionary, as cppjieba's DictTrie
// reads them): every form of a user dictionary's lines, words given again, characters past the
// BMP and words inserted later must weigh as they do in nodejieba.
describe('segmenter addon dictionary', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segmenter-dict-'));
  const ownDict = path.join(dir, 'user.utf8');
  // A word alone, a word and its tag, a word with a frequency (one the main dictionary holds, so
  // the later line wins), characters outside the BMP, a blank line.
  fs.writeFileSync(ownDict, ['审批服务管理', '应急处置 n', '人民政府 5 n', '发展 99999 v', '', '𠀀𠀁局', '县城乡规划 x'].join('\n'));
  const texts = [
    '县行政审批服务管理局负责受理，应急处置由县人民政府统一领导。',
    '促进经济社会发展，推动城乡规划落实。县城乡规划局配合。',
    '𠀀𠀁局与𠀀局、𠀁𠀀𠀁局共同牵头，𠂉字不在词典中。',
    '中华人民共和国国务院令第713号公布的条例自2019年起施行。',
  ];
  let addon: SegmenterAddon;
  beforeAll(() => {
    addon = loadSegmenterAddon();
    const { dict, hmmModel } = jiebaModelFiles();
    addon.load(dict, hmmModel, `${userDict}|${ownDict}`, idf, stopWords);
    nodejieba.load({ dict, hmmDict: hmmModel, userDict: `${userDict}|${ownDict}`, idfDict: idf, stopWordDict: stopWords });
  });

  const same = () => {
    for (const text of texts) {
      expect(addon.cut(text).split(' ')).toEqual(nodejieba.cut(text).filter((w) => w !== ' '));
      expect(addon.cutForSearch(text).split(' ')).toEqual(nodejieba.cutForSearch(text).filter((w) => w !== ' '));
    }
  };

  it('splits as nodejieba does with every form of user dictionary line', () => {
    same();
    expect(addon.cut(texts[0]).split(' ')).toContain('应急处置');
  });

  it('weighs a word inserted later as nodejieba does, one it already holds too', () => {
    for (const word of ['政府', '𠀁𠀀𠀁局', '城乡规划落实', '县行政审批']) {
      expect(addon.insertWord(word)).toBe(true);
      nodejieba.insertWord(word);
    }
    same();
  });

  it('names a dictionary it cannot read, and keeps the one loaded before', () => {
    const broken = path.join(dir, 'broken.utf8');
    fs.writeFileSync(broken, '停电 3 n\n应急预案 7\n');
    const fresh = loadSegmenterAddon();
    const { hmmModel } = jiebaModelFiles();
    expect(() => fresh.load(broken, hmmModel, userDict, idf, stopWords)).toThrow(`${broken}: not "word frequency tag": 应急预案 7`);
    fs.writeFileSync(broken, '停电 3 n\n应急预案 -1 n\n通知 5 n\n');
    expect(() => fresh.load(broken, hmmModel, userDict, idf, stopWords)).toThrow(`${broken}: a frequency is not a positive number: 应急预案`);
    expect(addon.cut('停电应急预案').length).toBeGreaterThan(0);
  });
});

// Each thread keeps a dictionary of its own, copied from the one the process read last
// (segmenter.cc: ReadDictionaries) instead of reading the files again.
describe('segmenter addon dictionary copies', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segmenter-copy-'));
  const ownDict = path.join(dir, 'user.utf8');
  const { dict, hmmModel } = jiebaModelFiles();
  const text = '县行政审批服务管理局负责受理，城乡规划落实由县人民政府统一领导。';

  /** The words of `text` from a segmenter loaded on a thread of its own with `userDicts`. */
  const cutOnThread = (userDicts: string) =>
    new Promise<string>((resolve, reject) => {
      const code = `const { parentPort, workerData: w } = require('node:worker_threads');
        const addon = require(w.addon);
        addon.load(w.dict, w.hmmModel, w.userDicts, w.idf, w.stopWords);
        parentPort.postMessage(addon.cut(w.text));`;
      const worker = new Worker(code, { eval: true, workerData: { addon: ADDON_PATH, dict, hmmModel, userDicts, idf, stopWords, text } });
      worker.once('message', (words: string) => void worker.terminate().then(() => resolve(words)));
      worker.once('error', reject);
    });

  it('gives another thread the words of the files, not the words this thread was taught', async () => {
    fs.writeFileSync(ownDict, '城乡规划落实\n');
    const addon = loadSegmenterAddon();
    addon.load(dict, hmmModel, `${userDict}|${ownDict}`, idf, stopWords);
    const fromFiles = addon.cut(text);
    expect(fromFiles.split(' ')).toContain('城乡规划落实');
    expect(addon.insertWord('县行政审批服务管理局')).toBe(true);
    expect(addon.cut(text).split(' ')).toContain('县行政审批服务管理局');
    expect(await cutOnThread(`${userDict}|${ownDict}`)).toBe(fromFiles);
    // Loading the same files again on this thread starts over too.
    addon.load(dict, hmmModel, `${userDict}|${ownDict}`, idf, stopWords);
    expect(addon.cut(text)).toBe(fromFiles);
  });

  it('reads a dictionary again once it has been written', async () => {
    fs.writeFileSync(ownDict, '城乡规划落实\n');
    const addon = loadSegmenterAddon();
    addon.load(dict, hmmModel, `${userDict}|${ownDict}`, idf, stopWords);
    expect(addon.cut(text).split(' ')).not.toContain('县人民政府统一领导');
    fs.writeFileSync(ownDict, '城乡规划落实\n县人民政府统一领导\n');
    addon.load(dict, hmmModel, `${userDict}|${ownDict}`, idf, stopWords);
    expect(addon.cut(text).split(' ')).toContain('县人民政府统一领导');
    expect((await cutOnThread(`${userDict}|${ownDict}`)).split(' ')).toContain('县人民政府统一领导');
    // Other files than the last read are read, not mistaken for them.
    addon.load(dict, hmmModel, userDict, idf, stopWords);
    expect(addon.cut(text).split(' ')).not.toContain('城乡规划落实');
  });
});

describe('loadSegmenterAddon', () => {
  it('names the missing build and the command that makes it', () => {
    const missing = path.join(path.dirname(ADDON_PATH), 'missing.node');
    expect(() => loadSegmenterAddon(missing)).toThrow(/not built .*missing\.node.*npm run build:native/);
  });
});
