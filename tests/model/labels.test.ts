import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidityStatus, NOT_IN_FORCE_STATUSES, RELATION_LABELS, ROLE_LABELS, VALIDITY_STATUSES } from '../../src/model';
import { searchQuery } from '../../src/api/schemas';

describe('validity statuses', () => {
  it.each([
    ['现行有效', true],
    ['已废止', true],
    ['已失效', true],
    ['尚未生效', true],
    // must not match: near misses a user or an old store might send
    ['有效', false],
    ['废止', false],
    ['現行有效', false],
    ['', false],
  ])('isValidityStatus(%j) → %s', (value, expected) => {
    expect(isValidityStatus(value)).toBe(expected);
  });

  it('is the list the API accepts in ?status=', () => {
    for (const status of VALIDITY_STATUSES) expect(searchQuery.safeParse({ q: '通知', status }).success, status).toBe(true);
    expect(searchQuery.safeParse({ q: '通知', status: '有效' }).success).toBe(false);
  });

  it('lists the statuses no longer in force among the statuses', () => {
    for (const status of NOT_IN_FORCE_STATUSES) expect(VALIDITY_STATUSES).toContain(status);
    expect(NOT_IN_FORCE_STATUSES).not.toContain('现行有效');
  });
});

describe('role and relation labels', () => {
  it('labels every role the unit grammar in data/units.json can assign', () => {
    const table = JSON.parse(readFileSync(path.join(__dirname, '../../data/units.json'), 'utf8')) as {
      roles: { labels: Record<string, string>; verbs: Array<[string, string]> };
    };
    const assigned = new Set([...Object.values(table.roles.labels), ...table.roles.verbs.map(([, role]) => role)]);
    for (const role of assigned) expect(ROLE_LABELS, role).toHaveProperty(role);
  });

  it('has one Chinese label per relation', () => {
    expect(Object.values(RELATION_LABELS).every((label) => /^\p{Script=Han}+$/u.test(label))).toBe(true);
  });
});
