/**
 * @module api/logger
 * A one-line-per-event logger for the server (stdout for requests, stderr for errors).
 * `silent` (the level in tests) writes nothing.
 */
import type { Config } from '../config';
import type { Logger } from './route';

/**
 * @example createLogger('info').info('GET /api/search?q=助企纾困 200 12ms')
 */
export function createLogger(level: Config['logLevel']): Logger {
  if (level === 'silent') return { info: () => {}, error: () => {} };
  const stamp = () => new Date().toISOString();
  return {
    info: (message) => process.stdout.write(`${stamp()} ${message}\n`),
    error: (message, error) => {
      const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : error === undefined ? '' : ` ${String(error)}`;
      process.stderr.write(`${stamp()} ERROR ${message}${detail}\n`);
    },
  };
}
