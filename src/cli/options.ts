/**
 * @module cli/options
 * Options every subcommand shares: --db (the store) and --json (machine output).
 */
import type { Command } from 'commander';

export interface CommonOptions {
  db?: string;
  json?: boolean;
  backend?: 'sqlite' | 'meilisearch';
}

export function withCommonOptions(command: Command): Command {
  return command
    .option('--db <path>', '数据库文件路径 (SQLite store path; env GAZETTE_DB, default var/gazette.db)')
    .option('--json', '以 JSON 输出 (print JSON instead of a table)')
    .option('--backend <name>', '检索后端 sqlite | meilisearch (search backend; env GAZETTE_BACKEND, default meilisearch when MEILI_HOST is set)');
}
