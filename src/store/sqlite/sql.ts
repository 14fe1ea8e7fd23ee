/**
 * @module store/sqlite/sql
 * How the store's modules ask for SQL: a statement of the store's connection, prepared once per
 * SQL text (sqlite-store.ts keeps the cache). Its own module so the readers and writers that
 * take it depend on nothing else of each other.
 */
import type Database from 'better-sqlite3';

/** A statement of the store's connection, prepared once per SQL text. */
export type Sql = (source: string) => Database.Statement;
