/**
 * @module domain/load-data
 * Reads the grammar tables in data/ once. The only file-system access of the domain layer,
 * kept at its edge so the functions that use the tables stay pure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

const cache = new Map<string, unknown>();

/** Parsed JSON of `data/<name>`, read once per process. */
export function loadDataJson<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(path.join(projectRoot, 'data', name), 'utf8'));
    cache.set(name, value);
  }
  return value as T;
}
