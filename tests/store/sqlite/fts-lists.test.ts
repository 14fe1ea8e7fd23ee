import { describe, expect, it } from 'vitest';
import { unpackPairs, unpackRowids } from '../../../src/store/sqlite/fts-lists';

/** A BLOB as gazette_pack lays it out (native-endian), optionally starting `shift` bytes into a larger buffer. */
function packed(rowids: number[], values?: number[], shift = 0): Buffer {
  const valueBytes = values ? values.length * 8 : 0;
  const bytes = Buffer.alloc(shift + valueBytes + rowids.length * 4);
  const blob = bytes.subarray(shift);
  if (values) new Uint8Array(blob.buffer, blob.byteOffset, valueBytes).set(new Uint8Array(Float64Array.from(values).buffer));
  new Uint8Array(blob.buffer, blob.byteOffset + valueBytes, rowids.length * 4).set(new Uint8Array(Uint32Array.from(rowids).buffer));
  return blob;
}

describe('unpackRowids', () => {
  it.each<[string, Buffer | null, number[]]>([
    ['NULL (no match)', null, []],
    ['an empty BLOB', Buffer.alloc(0), []],
    ['one rowid', packed([7]), [7]],
    ['rowids past 2^31, in the order given', packed([1, 20, 300, 4_000_000, 3_000_000_000, 2]), [1, 20, 300, 4_000_000, 3_000_000_000, 2]],
    ['a BLOB at an offset a Uint32Array cannot view', packed([5, 6, 7], undefined, 1), [5, 6, 7]],
  ])('reads %s', (_, blob, expected) => {
    expect([...unpackRowids(blob)]).toEqual(expected);
  });
});

describe('unpackPairs', () => {
  const top = 2 ** 50 - 1;
  it.each([0, 1, 4])('reads ranks and 50-bit masks exactly, with their rowids, from a BLOB %i bytes into its buffer', (shift) => {
    const { rowids, values } = unpackPairs(packed([3, 10, 12, 400, 4_000_000], [-1.25, -4.5e-6, 0, -12.000000000000002, top], shift));
    expect([...rowids]).toEqual([3, 10, 12, 400, 4_000_000]);
    expect([...values]).toEqual([-1.25, -4.5e-6, 0, -12.000000000000002, top]);
  });

  it('reads nothing from NULL', () => {
    expect(unpackPairs(null).rowids).toHaveLength(0);
    expect(unpackPairs(undefined).values).toHaveLength(0);
  });
});
