/**
 * Import rules: data flows one way — read → stages → pipeline → store → kb → api / cli / web.
 * Checked with the tests (tests/architecture/imports.test.ts) and by `npm run lint:imports`.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Modules that import each other cannot be read or tested alone.', from: {}, to: { circular: true } },
    // The CLI is the composition root: its commands wire ingestion into the store and the server
    // (serve injects the upload ingester into the app). Nothing else in src/ knows ingestion.
    { name: 'src-not-to-ingest', severity: 'error', comment: 'src/ serves every front end; ingestion builds on it, never the other way (the CLI, the composition root, wires both).', from: { path: '^src/', pathNot: '^src/cli/' }, to: { path: '^ingest/' } },
    { name: 'readers-not-to-stages', severity: 'error', comment: 'Readers return text; what the text is, is the pipeline\'s call.', from: { path: '^ingest/read/' }, to: { path: '^ingest/(stages/|pipeline)' } },
    { name: 'stages-are-pure', severity: 'error', comment: 'Stages take records and return records: no readers, no store, no workers.', from: { path: '^ingest/stages/' }, to: { path: '^(ingest/(read|workers)/|ingest/(pipeline|prepare-file|ingest-files|ingest-buffers)|src/(store|kb|api|cli)/)' } },
    { name: 'ingest-not-into-store-internals', severity: 'error', comment: 'Ingestion talks to the store through its interface, not its SQLite or Meilisearch internals.', from: { path: '^ingest/' }, to: { path: '^src/store/(sqlite|meilisearch|query)/' } },
    { name: 'store-interface-not-to-implementations', severity: 'error', comment: 'The interface names no implementation.', from: { path: '^src/store/(gazette-store|search-backend)\\.ts$' }, to: { path: '^src/store/(sqlite|meilisearch)/' } },
    { name: 'model-is-leaf', severity: 'error', comment: 'Shared types depend on nothing but each other.', from: { path: '^src/model/' }, to: { path: '^(src/(?!model/)|ingest/|web/)' } },
    { name: 'grammar-and-text-below-store', severity: 'error', comment: 'The grammar and the tokenizer are used by everything, and use none of it.', from: { path: '^src/(domain|text)/' }, to: { path: '^src/(store|kb|api|cli)/' } },
    { name: 'store-below-kb-and-front-ends', severity: 'error', from: { path: '^src/store/' }, to: { path: '^src/(kb|api|cli)/' } },
    { name: 'kb-below-front-ends', severity: 'error', from: { path: '^src/kb/' }, to: { path: '^src/(api|cli)/' } },
    { name: 'api-not-to-cli', severity: 'error', from: { path: '^src/api/' }, to: { path: '^src/cli/' } },
    { name: 'web-talks-http', severity: 'error', comment: 'The web UI calls the HTTP API; it may share the wire types in src/model only.', from: { path: '^web/src/' }, to: { path: '^(src/(?!model/)|ingest/)' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
