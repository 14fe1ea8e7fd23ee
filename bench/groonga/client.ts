/**
 * @module bench/groonga/client
 * Groonga as its own process (`groonga [-n] <db>`, commands on stdin, one JSON response a line
 * on stdout), so its memory is its own and read from /proc. The benchmark's native peer: where
 * the `groonga` command is not installed, `groongaVersion()` says so and the bench skips it.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { GroongaRecord } from './commands';

/** The installed Groonga's version line, or undefined when `groonga` cannot be run. */
export function groongaVersion(): string | undefined {
  const result = spawnSync('groonga', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

export interface GroongaReply {
  body: unknown;
  /** What Groonga says the command took (its own clock). */
  elapsedMs: number;
  /** Write to parsed reply, as a client in the same machine sees it. */
  roundTripMs: number;
}

export interface GroongaMemory {
  rssBytes: number;
  /** Anonymous memory: what is Groonga's own, without the database files it maps. */
  anonBytes: number;
  peakBytes: number;
}

export class GroongaProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Array<(line: string) => void> = [];
  private exited?: string;

  private constructor(dbPath: string, create: boolean) {
    this.child = spawn('groonga', [...(create ? ['-n'] : []), dbPath], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`  groonga: ${chunk}`));
    readline.createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on('line', (line) => this.waiting.shift()?.(line));
    this.child.on('exit', (code, signal) => {
      this.exited = `groonga exited (${code ?? signal})`;
      for (const resolve of this.waiting.splice(0)) resolve('');
    });
  }

  /** Opens a database, creating it (and its folder) when `create` is set. */
  static open(dbPath: string, create = false): GroongaProcess {
    if (create) {
      fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
      fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    }
    return new GroongaProcess(dbPath, create);
  }

  get pid(): number {
    return this.child.pid!;
  }

  private reply(started: number, line: string): GroongaReply {
    const roundTripMs = performance.now() - started;
    if (!line) throw new Error(this.exited ?? 'groonga gave no reply');
    const [header, body] = JSON.parse(line) as [[number, number, number, string?], unknown];
    if (header[0] !== 0) throw new Error(`groonga: ${header[3] ?? `status ${header[0]}`}`);
    return { body, elapsedMs: header[2] * 1000, roundTripMs };
  }

  /** Sends one command line and waits for its reply. */
  async command(line: string): Promise<GroongaReply> {
    if (this.exited) throw new Error(this.exited);
    const answer = new Promise<string>((resolve) => this.waiting.push(resolve));
    const started = performance.now();
    this.child.stdin.write(`${line}\n`);
    return this.reply(started, await answer);
  }

  /** Loads records into Docs as one streamed `load` (backpressure respected); the count loaded. */
  async load(records: Iterable<GroongaRecord>): Promise<number> {
    const answer = new Promise<string>((resolve) => this.waiting.push(resolve));
    const started = performance.now();
    const write = async (text: string) => {
      if (!this.child.stdin.write(text)) await new Promise((resolve) => this.child.stdin.once('drain', resolve));
    };
    await write('load --table Docs\n[');
    let first = true;
    for (const record of records) {
      await write(`${first ? '' : ',\n'}${JSON.stringify(record)}`);
      first = false;
    }
    await write(']\n');
    return this.reply(started, await answer).body as number;
  }

  /** Disk usage of an object (table, column) as object_inspect reports it. */
  async diskUsage(name: string): Promise<number> {
    const { body } = await this.command(`object_inspect ${name}`);
    return (body as { disk_usage?: number }).disk_usage ?? 0;
  }

  memory(): GroongaMemory {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rssBytes: kb('VmRSS'), anonBytes: kb('RssAnon'), peakBytes: kb('VmHWM') };
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const done = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end('quit\n');
    await done;
  }
}

/** Bytes of every file of a database (its folder holds nothing else). */
export function databaseBytes(dbPath: string): number {
  const dir = path.dirname(dbPath);
  return fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
}
