/**
 * @module cli/commands
 * The list of subcommands. Each file exports `register<Name>(program)`; add yours here.
 */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
