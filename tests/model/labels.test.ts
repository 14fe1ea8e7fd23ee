import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteLabel, isValidityStatus, NOT_IN_FORCE_STATUSES, publishedIn, RELATION_LABELS, ROLE_LABELS, VALIDITY_STATUSES } from '../../src/model';
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

describe('gazetteLabel', () => {
  it('names the issue as printed on the cover', () => {
    expect(gazetteLabel({ name: '稷山县人民政府公报', year: 2022, issue: 3, totalIssue: 7 })).toBe('稷山县人民政府公报 2022年第3期（总第7期）');
    expect(gazetteLabel({ name: '兴安盟行政公署公报', year: 2019, issue: 1, lastIssue: 3, totalIssue: 52 })).toBe('兴安盟行政公署公报 2019年第1—3期（合刊）（总第52期）');
  });

  it('leaves out what is unknown', () => {
    expect(gazetteLabel({ name: '夏县人民政府公报' })).toBe('夏县人民政府公报');
  });
});

describe('publishedIn', () => {
  it('names the issue of a gazette and only the file of a single document or a law', () => {
    expect(publishedIn({ kind: 'gazette', name: '稷山县人民政府公报', year: 2022, issue: 3 })).toBe('稷山县人民政府公报 2022年第3期');
    expect(publishedIn({ kind: 'law', name: '中华人民共和国突发事件应对法', year: 2024, issue: 1 })).toBe('中华人民共和国突发事件应对法');
    expect(publishedIn({ kind: 'document' })).not.toMatch(/第\d+期/);
  });
});

describe('publishedIn on what is no gazette (gazette doc prints it too)', () => {
  it.each([
    ['a single document', { kind: 'document', name: '某县人民政府关于某事的通知' }, '某县人民政府关于某事的通知'],
    ['a single document with no name', { kind: 'document' }, '单独发布的文件'],
    ['a law', { kind: 'law' }, '法律法规文本'],
  ])('never prints an issue for %s', (_, gazette, label) => {
    expect(publishedIn(gazette)).toBe(label);
    expect(publishedIn(gazette)).not.toContain('期');
  });
});
