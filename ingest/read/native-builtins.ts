/**
 * @module ingest/read/native-builtins
 * pdf.js's legacy build (the one for Node) carries core-js, which on Node 20 replaces
 * Array.prototype.push with a JavaScript version (for a V8 bug on arrays whose length cannot be
 * written, which no code here makes) and wraps JSON.parse. After the first PDF every push in
 * the process ran ~3× slower: the pipeline's, the store's, the server's searches. Imported
 * before pdf.js, this module keeps the natives; restoreNativeBuiltins puts them back once pdf.js
 * has loaded (pdf.js only calls them, as every other caller does).
 */
type Owner = Record<string, unknown>;

const natives: Array<[owner: Owner, key: string, native: unknown]> = [
  [Array.prototype as unknown as Owner, 'push', Array.prototype.push],
  [JSON as unknown as Owner, 'parse', JSON.parse],
];

export function restoreNativeBuiltins(): void {
  for (const [owner, key, native] of natives) {
    if (owner[key] !== native) Object.defineProperty(owner, key, { value: native, writable: true, configurable: true, enumerable: false });
  }
}
