import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/cli/ingest';
import { ingestSettings } from '../../src/config';

describe('workerCount (--workers, GAZETTE_INGEST_WORKERS)', () => {
  it.each([
    [{}, {}, undefined],
    [{ workers: '0' }, {}, 0],
    [{ workers: '3' }, { GAZETTE_INGEST_WORKERS: '1' }, 3],
    [{}, { GAZETTE_INGEST_WORKERS: '2' }, 2],
    [{}, { GAZETTE_INGEST_WORKERS: '' }, undefined],
  ])('%o with env %o → %s', (options, env, expected) => {
    expect(workerCount(options, ingestSettings(env))).toBe(expected);
  });

  it.each(['-1', '1.5', 'two', '17'])('refuses %s with a message naming the option', (value) => {
    expect(() => workerCount({ workers: value }, {})).toThrow(/--workers .*"/);
  });
});
