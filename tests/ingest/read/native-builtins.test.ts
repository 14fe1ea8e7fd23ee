import { describe, expect, it } from 'vitest';

describe('the PDF reader and the built-ins', () => {
  it('leaves Array.prototype.push and JSON.parse native once pdf.js has loaded', async () => {
    // Each test file runs in its own process: these are the natives, taken before pdf.js loads.
    const push = Array.prototype.push;
    const parse = JSON.parse;
    await import('../../../ingest/read/pdf');
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
  });

  it('still reads arrays and JSON as before', async () => {
    await import('../../../ingest/read/pdf');
    const list: number[] = [];
    expect(list.push(1, 2)).toBe(2);
    expect(list).toEqual([1, 2]);
    expect(JSON.parse('{"a":[1]}', (key, value) => (key === 'a' ? value.length : value))).toEqual({ a: 1 });
  });
});
