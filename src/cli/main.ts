/**
 * @module cli/main
 * The `gazette` program: one file per subcommand in this folder, registered in commands.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { isGazetteError } from '../errors';
import { commands } from './commands';
import { inChinese } from './usage-errors';

export function createProgram(): Command {
  const program = new Command('gazette')
    .description('政府公报全文检索与知识库 — full-text search and knowledge base over Chinese government gazettes')
    .version('0.1.0')
    .showHelpAfterError('（加 --help 查看用法 add --help for usage）')
    .configureOutput({ outputError: (message, write) => write(inChinese(message)) })
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

let pipeWatched = false;

/**
 * A reader that stops early (gazette export | head) closes the pipe: the program then stops
 * quietly with its code, as Unix tools do, instead of dying on the unhandled write error.
 */
function stopQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

/** Runs the CLI and returns the exit code (0 ok, 1 error, 2 usage, 3 partial failure). */
export async function main(argv: string[]): Promise<number> {
  stopQuietlyOnClosedPipe();
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isGazetteError(error)) {
      process.stderr.write(`错误 [${error.code}]: ${error.message}\n`);
      // A bad option value is a usage error, like an unknown option.
      return error.code === 'BAD_PARAMETER' ? 2 : 1;
    }
    process.stderr.write(`意外错误: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 1;
  }
}

// Run as a script (npx tsx src/cli/main.ts …) as bin/gazette.mjs runs it; imported, it waits to be called.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = await main(process.argv);
