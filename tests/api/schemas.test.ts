import { describe, expect, it } from 'vitest';
import { GazetteError } from '../../src/errors';
import { parseInput, referencesQuery, searchQuery, whoHandlesQuery } from '../../src/api/schemas';

function failure(run: () => unknown): GazetteError {
  try {
    run();
  } catch (error) {
    return error as GazetteError;
  }
  throw new Error('expected a failure');
}

describe('parseInput', () => {
  it('fills defaults for an empty search', () => {
    expect(parseInput(searchQuery, {})).toMatchObject({ q: '', page: 1, limit: 20, sort: 'relevance', explain: false });
  });

  it.each([
    [{ county: '稷山县,夏县' }, ['稷山县', '夏县']],
    [{ county: ['稷山县', '夏县'] }, ['稷山县', '夏县']],
    [{ county: '稷山县，夏县' }, ['稷山县', '夏县']],
    [{ county: '' }, undefined],
  ])('reads the county list %j', (input, expected) => {
    expect(parseInput(searchQuery, input).county).toEqual(expected);
  });

  it('turns depth into a number', () => {
    expect(parseInput(referencesQuery, { depth: '2' }).depth).toBe(2);
  });

  it('takes the last of a repeated single value', () => {
    expect(parseInput(searchQuery, { limit: ['5', '7'] }).limit).toBe(7);
  });

  it('names the parameter, the value and the expectation in Chinese and English', () => {
    const error = failure(() => parseInput(searchQuery, { limit: '500' }));
    expect(error.code).toBe('BAD_PARAMETER');
    expect(error.details).toEqual({ parameter: 'limit' });
    expect(error.message).toContain('"500"');
    expect(error.message).toContain('1–100');
    expect(error.message).toContain('invalid query parameter limit');
  });

  it('refuses a blank question', () => {
    expect(failure(() => parseInput(whoHandlesQuery, { q: '   ' })).details).toEqual({ parameter: 'q' });
  });
});
