/**
 * @module store/shown-path
 * A source path as answers show it: relative paths as they were ingested (data/samples/…), an
 * absolute or climbing one by its file name only — an API answer or a message a client may see
 * must not tell where the server keeps its files.
 */
import path from 'node:path';

/** @example shownPath('/srv/gazettes/2023/夏县公报.txt') // → '夏县公报.txt'; shownPath('data/samples/jishan-2022-03.txt') unchanged */
export function shownPath(stored: string): string {
  const parts = stored.split(/[\\/]/);
  if (path.isAbsolute(stored) || /^[A-Za-z]:/.test(stored) || parts.includes('..')) return parts[parts.length - 1];
  return stored;
}
