import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GazetteError } from '../../src/errors';
import { chooseBackend, createBackend } from '../../src/store/create-backend';
import { openStore } from '../../src/store/open-store';
import { createSqliteSearchIndex } from '../../src/store/sqlite/search-index';

describe('chooseBackend', () => {
  it.each([
    [{}, 'sqlite'],
    [{ meiliHost: 'http://127.0.0.1:7700' }, 'meilisearch'],
    [{ backend: 'sqlite' as const, meiliHost: 'http://127.0.0.1:7700' }, 'sqlite'],
    [{ backend: 'meilisearch' as const }, 'meilisearch'],
  ])('%j → %s', (choice, name) => {
    expect(chooseBackend(choice)).toBe(name);
  });
});

describe('createBackend', () => {
  const sqlite = createSqliteSearchIndex(new Database(':memory:'));

  it('returns the store’s own SQLite index by default', () => {
    expect(createBackend({}, { sqlite })).toBe(sqlite);
  });

  it('builds a Meilisearch backend when a host is configured', () => {
    expect(createBackend({ meiliHost: 'http://127.0.0.1:7700' }, { sqlite }).name).toBe('meilisearch');
  });

  it('refuses Meilisearch without a host, saying what to set', () => {
    expect(() => createBackend({ backend: 'meilisearch' }, { sqlite })).toThrow(GazetteError);
    expect(() => createBackend({ backend: 'meilisearch' }, { sqlite })).toThrow(/MEILI_HOST/);
  });

  it('refuses a backend it does not know', () => {
    expect(() => createBackend({ backend: 'elastic' as never }, { sqlite })).toThrow(/elastic/);
  });

  it('is what openStore searches with', () => {
    const store = openStore({ db: ':memory:', backend: 'meilisearch', meiliHost: 'http://127.0.0.1:7700' });
    try {
      expect(store.search.name).toBe('meilisearch');
    } finally {
      store.close();
    }
    const plain = openStore({ db: ':memory:' });
    try {
      expect(plain.search.name).toBe('sqlite');
    } finally {
      plain.close();
    }
  });
});
