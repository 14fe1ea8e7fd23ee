import { describe, expect, it } from 'vitest';
import { secretsEqual } from '../../src/api/admin-token';

describe('secretsEqual', () => {
  it.each([
    ['s3cret', 's3cret', true],
    ['s3cret', 's3creT', false],
    ['s3cret', 's3cret ', false],
    ['', 's3cret', false],
    ['令牌', '令牌', true],
  ])('compares %j with %j → %s', (given, expected, result) => {
    expect(secretsEqual(given, expected)).toBe(result);
  });
});
