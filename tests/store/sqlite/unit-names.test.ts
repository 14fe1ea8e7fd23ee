import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/store/sqlite/schema';
import { unitAliasesReader, unitNamesReader } from '../../../src/store/sqlite/unit-names';

function store() {
  const db = new Database(':memory:');
  migrate(db);
  db.exec(`INSERT INTO units (id, county, name) VALUES ('稷山县:县人力资源和社会保障局', '稷山县', '县人力资源和社会保障局');
    INSERT INTO unit_aliases (unit_id, alias) VALUES ('稷山县:县人力资源和社会保障局', '县人社局');`);
  return db;
}

describe('unitNamesReader', () => {
  it.each([
    ['县人社局', ['县人社局', '县人力资源和社会保障局']],
    ['稷山县:县人力资源和社会保障局', ['稷山县:县人力资源和社会保障局', '县人力资源和社会保障局']],
    ['县人力资源和社会保障局', ['县人力资源和社会保障局']],
    ['县税务局', ['县税务局']],
  ])('%s stands for %o', (unit, names) => {
    expect(unitNamesReader(store())!(unit)).toEqual(names);
  });

  it('reads nothing on a connection without the unit tables', () => {
    expect(unitNamesReader(new Database(':memory:'))).toBeUndefined();
    expect(unitAliasesReader(new Database(':memory:'))).toBeUndefined();
  });
});

describe('unitAliasesReader', () => {
  it('lists the aliases seen', () => {
    expect(unitAliasesReader(store())!()).toEqual(['县人社局']);
  });
});
