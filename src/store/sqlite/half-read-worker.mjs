// Entry of the store's half-read thread (half-reads.ts). A worker does not inherit the
// TypeScript loader its parent was started with (bin/gazette.mjs, vitest), so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./half-read-worker.ts');
