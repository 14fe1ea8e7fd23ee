// Entry of an ingestion worker thread. A worker does not inherit the TypeScript loader its
// parent was started with (`node --import tsx`, bin/gazette.mjs), so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
