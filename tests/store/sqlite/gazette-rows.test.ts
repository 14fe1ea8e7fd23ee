import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { gazetteSummary, listGazettes } from '../../../src/store/sqlite/gazette-rows';
import { migrate } from '../../../src/store/sqlite/schema';
import type { Sql } from '../../../src/store/sqlite/sql';
import { writeGazette } from '../../../src/store/sqlite/write-gazette';
import { jishanRecord, xiaxian2023Record } from '../records';

function connection(): Sql {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return (source) => db.prepare(source);
}

describe('gazette summaries', () => {
  it('name the issues a combined issue (合刊) holds, and no range for a single issue', () => {
    const sql = connection();
    const combined = jishanRecord();
    writeGazette(sql, { ...combined, issue: { ...combined.issue!, issue: 1, lastIssue: 3 } }, undefined, '2026-01-01T00:00:00Z');
    writeGazette(sql, xiaxian2023Record(), undefined, '2026-01-01T00:00:00Z');
    expect(gazetteSummary(sql, combined.id)).toMatchObject({ issue: 1, lastIssue: 3 });
    const single = listGazettes(sql).find((g) => g.id !== combined.id)!;
    expect(single.issue).toBeDefined();
    expect(single).not.toHaveProperty('lastIssue');
  });
});
