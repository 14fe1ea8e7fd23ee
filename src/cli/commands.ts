/**
 * @module cli/commands
 * The list of subcommands. Each file exports `register<Name>(program)`; add yours here.
 */
import type { Command } from 'commander';
import { registerCheck } from './check';
import { registerDoc } from './doc';
import { registerExport } from './export';
import { registerGazettes } from './gazettes';
import { registerIngest } from './ingest';
import { registerRefs } from './refs';
import { registerReindex } from './reindex';
import { registerSearch } from './search';
import { registerServe } from './serve';
import { registerStart } from './start';
import { registerStats } from './stats';
import { registerUnits } from './units';
import { registerWhoHandles } from './who-handles';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerIngest,
  registerSearch,
  registerGazettes,
  registerDoc,
  registerRefs,
  registerUnits,
  registerStats,
  registerExport,
  registerCheck,
  registerReindex,
  registerWhoHandles,
  registerServe,
  registerStart,
];
