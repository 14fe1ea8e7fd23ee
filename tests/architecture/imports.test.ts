/**
 * The house's shape, checked with the tests: imports follow the rules in .dependency-cruiser.cjs
 * (one-way ingestion, pure stages, the store's interface free of its implementations, the web
 * UI over HTTP, no cycles). Sizes of files and functions are printed, for the review.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSizes, functionSizes, root } from './sizes';

describe('architecture', () => {
  it('has no import against the flow and no cycle', () => {
    const bin = path.join(root, 'node_modules/.bin/depcruise');
    let output = '';
    try {
      output = execFileSync(bin, ['src', 'ingest', 'web/src', 'bin', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toContain('no dependency violations found');
  });

  it('prints the files over 400 lines and the functions over 100', () => {
    const files = fileSizes().filter((f) => f.lines > 400);
    const functions = functionSizes().filter((f) => f.lines > 100);
    console.log(`files over 400 lines: ${files.map((f) => `${f.file} ${f.lines}`).join(', ') || 'none'}`);
    console.log(`functions over 100 lines: ${functions.map((f) => `${f.file}:${f.name} ${f.lines}`).join(', ') || 'none'}`);
    expect(fileSizes().length).toBeGreaterThan(100);
  });
});
