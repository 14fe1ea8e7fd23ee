import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodePlainRecord, encodeRecord, encodeTextRecord } from '../../../src/store/sqlite/record-codec';

const record = { title: '关于做好居民医保征缴工作的通知', paragraphs: Array.from({ length: 40 }, (_, i) => `第${i}段：各乡（镇）人民政府、县直各有关单位要高度重视征缴工作。`) };

describe('record codec', () => {
  it('reads back what it wrote, several times smaller than the JSON', () => {
    const stored = encodeRecord(record);
    expect(decodeRecord(stored)).toEqual(record);
    expect(stored.length * 3).toBeLessThan(Buffer.byteLength(JSON.stringify(record)));
  });

  it('keeps characters outside the Basic Multilingual Plane and lone surrogates', () => {
    const odd = { title: '𠮷野家\ud800与〇', list: ['𡘙'] };
    expect(decodeRecord(encodeRecord(odd))).toEqual(odd);
  });

  it('reads back an uncompressed record, odd characters included, two bytes a Chinese character', () => {
    for (const value of [record, { title: '𠮷野家\ud800与〇' }, [], ['']]) expect(decodeRecord(encodePlainRecord(value))).toEqual(value);
    const texts = record.paragraphs;
    expect(encodePlainRecord(texts).length).toBe(1 + 2 * JSON.stringify(texts).length);
  });

  it('reads back an LZ4 text record, odd characters included, smaller than its UTF-16', () => {
    for (const value of [record, { title: '𠮷野家\ud800与〇' }, [], ['']]) expect(decodeRecord(encodeTextRecord(value))).toEqual(value);
    const texts = record.paragraphs;
    expect(encodeTextRecord(texts).length).toBeLessThan(encodePlainRecord(texts).length / 2);
  });

  it('tells every kind of row from the others by its first byte', () => {
    const firsts = [encodeRecord(record), encodePlainRecord(record), encodeTextRecord(record)].map((row) => row[0]);
    expect(new Set(firsts).size).toBe(3);
    // deflate reserves block type 3 (bits x11x of the first byte): no raw deflate row starts like these
    for (const first of firsts) expect(first & 0b110).toBe(0b110);
  });

  it('reads rows of earlier versions: brotli over UTF-8, raw deflate and plain JSON', () => {
    const utf8 = zlib.brotliCompressSync(Buffer.from(JSON.stringify(record)));
    expect(decodeRecord(Buffer.concat([Buffer.of(0xcf), utf8]))).toEqual(record);
    expect(decodeRecord(zlib.deflateRawSync(Buffer.from(JSON.stringify(record))))).toEqual(record);
    expect(decodeRecord(JSON.stringify(record))).toEqual(record);
  });

  it('never takes a deflate row of any level for a brotli one', () => {
    for (const level of [1, 6, 9]) {
      for (const value of [record, [], '短', { a: 1 }]) {
        expect(decodeRecord(zlib.deflateRawSync(Buffer.from(JSON.stringify(value)), { level }))).toEqual(value);
      }
    }
  });
});
