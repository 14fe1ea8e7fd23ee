/**
 * @module bench/profile-summary
 * Reads a V8 CPU profile (`node --cpu-prof`) and lists where the time went: self time per
 * function, and per source file, as a share of the whole run — the bottleneck list the
 * benchmark prints after a profiled ingestion.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function shortUrl(url: string): string {
  const file = url.replace(/^file:\/\//, '');
  const inModules = file.lastIndexOf('node_modules/');
  if (inModules >= 0) return file.slice(inModules + 'node_modules/'.length);
  return file.startsWith(projectRoot) ? path.relative(projectRoot, file) : file || '(native)';
}

/**
 * The `top` functions by self time, as percentages of the profile's total; then the `top`
 * functions of this project by inclusive time (labelled `incl: …`, the time spent in them and
 * everything they call — what points at a stage or a store method); then the `top` source
 * files by self time (labelled `file: …`).
 *
 * @example summarizeProfile('var/bench/profiles/CPU.….cpuprofile', 10)
 * // → [{ fn: 'cutForSearch (nodejieba/lib/index.js:…)', selfPercent: 31.2 }, …]
 */
export function summarizeProfile(file: string, top = 15): Array<{ fn: string; selfPercent: number }> {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    total += delta;
    const where = shortUrl(frame.url);
    const fn = `${frame.functionName || '(anonymous)'} (${where}${frame.url ? `:${frame.lineNumber + 1}` : ''})`;
    selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + delta);
    selfByFile.set(where, (selfByFile.get(where) ?? 0) + delta);
    // Inclusive time of the project's own functions on this stack (each counted once).
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const f = byId.get(node)!.callFrame;
      if (!f.url.includes(projectRoot) || f.url.includes('node_modules')) continue;
      const key = `${f.functionName || '(anonymous)'} (${shortUrl(f.url)}:${f.lineNumber + 1})`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
    }
  });
  const ranked = (m: Map<string, number>, label: (k: string) => string) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => ({ fn: label(k), selfPercent: (100 * t) / (total || 1) }));
  return [...ranked(selfByFunction, (k) => k), ...ranked(inclusive, (k) => `incl: ${k}`), ...ranked(selfByFile, (k) => `file: ${k}`)];
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  for (const row of summarizeProfile(process.argv[2], Number(process.argv[3] ?? 20))) {
    process.stdout.write(`${row.selfPercent.toFixed(1).padStart(5)}%  ${row.fn}\n`);
  }
}
