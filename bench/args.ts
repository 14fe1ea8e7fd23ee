/**
 * @module bench/args
 * The options of `npm run bench` (see bench/run.ts).
 */
export type EngineKind = 'sqlite' | 'groonga' | 'like' | 'minisearch';
export const ENGINE_KINDS: readonly EngineKind[] = ['sqlite', 'groonga', 'like', 'minisearch'];

export interface Args {
  /** 'generated' (N× the samples, the scale ladder) or 'laws' (the real corpus). */
  corpus: 'generated' | 'laws';
  lawsDir?: string;
  scales: number[];
  seed: number;
  loadSeconds: number;
  connections: number;
  server: boolean;
  profile: boolean;
  /** Search the store an earlier run left (var/bench/store-<label>.db) instead of ingesting again. */
  reuseStore: boolean;
  /** Engines to run; the project's (sqlite) always runs. */
  engines: Set<EngineKind>;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: 'generated', scales: [1], seed: 20221, loadSeconds: 10, connections: 16, server: true, profile: false, reuseStore: false, engines: new Set(ENGINE_KINDS) };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    const arg = argv[i];
    if (arg === '--scale') args.scales = value().split(',').map(Number);
    else if (arg === '--corpus') args.corpus = corpusOf(value());
    else if (arg === '--laws-dir') args.lawsDir = value();
    else if (arg === '--seed') args.seed = Number(value());
    else if (arg === '--load-seconds') args.loadSeconds = Number(value());
    else if (arg === '--connections') args.connections = Number(value());
    else if (arg === '--engines') args.engines = enginesOf(value());
    else if (arg === '--skip-server') args.server = false;
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--reuse-store') args.reuseStore = true;
    else throw new Error(`unknown option ${arg} (see bench/run.ts)`);
  }
  for (const n of [...args.scales, args.seed, args.loadSeconds, args.connections]) {
    if (!Number.isFinite(n) || n < 0) throw new Error('--scale, --seed, --load-seconds and --connections take non-negative numbers');
  }
  return args;
}

function corpusOf(value: string): Args['corpus'] {
  if (value === 'generated' || value === 'laws') return value;
  throw new Error(`--corpus takes generated or laws, not ${value}`);
}

function enginesOf(value: string): Set<EngineKind> {
  const kinds = value.split(',').filter(Boolean);
  const unknown = kinds.filter((k) => !ENGINE_KINDS.includes(k as EngineKind));
  if (unknown.length > 0) throw new Error(`--engines takes ${ENGINE_KINDS.join(',')}, not ${unknown.join(',')}`);
  return new Set(['sqlite', ...kinds] as EngineKind[]);
}
