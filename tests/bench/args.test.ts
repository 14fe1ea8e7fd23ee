import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args';

describe('parseArgs', () => {
  it('defaults to the samples, every engine, the server on', () => {
    const args = parseArgs([]);
    expect(args).toMatchObject({ corpus: 'generated', scales: [1], seed: 20221, server: true, reuseStore: false });
    expect([...args.engines].sort()).toEqual(['groonga', 'like', 'minisearch', 'sqlite']);
  });

  it('reads the ladder, the real corpus and a choice of engines (the project always runs)', () => {
    expect(parseArgs(['--scale', '1,10,100,1000,5000']).scales).toEqual([1, 10, 100, 1000, 5000]);
    expect(parseArgs(['--corpus', 'laws', '--laws-dir', '/x']).lawsDir).toBe('/x');
    expect([...parseArgs(['--engines', 'groonga']).engines].sort()).toEqual(['groonga', 'sqlite']);
    expect(parseArgs(['--skip-server']).server).toBe(false);
    expect(parseArgs(['--scale', '5000', '--reuse-store']).reuseStore).toBe(true);
  });

  it.each([
    [['--corpus', 'web']],
    [['--engines', 'lucene']],
    [['--scale', 'ten']],
    [['--seed']],
    [['--fast']],
  ])('refuses %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow();
  });
});
