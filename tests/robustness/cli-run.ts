/**
 * Runs the real `gazette` command as a child process for the robustness tests: the way staff
 * run it, so a SIGKILL or a memory peak is the process's own, not the test runner's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config';

export const gazetteBin = path.join(projectRoot, 'bin', 'gazette.mjs');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Environment of every child: SQLite backend, no Meilisearch, quiet logs. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, MEILI_HOST: '', GAZETTE_BACKEND: 'sqlite', GAZETTE_LOG: 'silent', ...extra };
}

/** Starts `gazette <args>`; the caller may kill it. */
export function startGazette(args: string[], env: NodeJS.ProcessEnv = childEnv(), cwd = projectRoot): { child: ChildProcess; done: Promise<CliRun> } {
  const started = performance.now();
  const child = spawn(process.execPath, [gazetteBin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
  return { child, done };
}

/** Runs `gazette <args>` to the end. */
export function runGazette(args: string[], env?: NodeJS.ProcessEnv, cwd?: string): Promise<CliRun> {
  return startGazette(args, env, cwd).done;
}

/** A running `gazette serve` and its base URL (http://127.0.0.1:port). */
export interface ServerRun {
  child: ChildProcess;
  base: string;
  done: Promise<CliRun>;
  stop(): Promise<CliRun>;
}

/** Starts `gazette serve --port 0 <args>` and waits until it prints its URL. */
export async function startServer(args: string[], env: NodeJS.ProcessEnv = childEnv()): Promise<ServerRun> {
  const run = startGazette(['serve', '--port', '0', ...args], env);
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    run.child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (url) resolve(url[0]);
    });
    void run.done.then((ended) => reject(new Error(`gazette serve exited (${ended.code}): ${ended.stderr}`)));
  });
  return {
    child: run.child,
    base,
    done: run.done,
    stop: () => {
      run.child.kill('SIGTERM');
      return run.done;
    },
  };
}
