// Entry of the store's health probe thread. A worker does not inherit the TypeScript loader its
// parent was started with (bin/gazette.mjs, vitest), so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./probe-worker.ts');
