import { describe, expect, it } from 'vitest';
import { serveStore, parsePort } from '../../src/cli/serve';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/store/open-store';
import { jishanRecord } from '../api/app-fixture';

describe('serveStore', () => {
  it('listens, answers, and on stop finishes, closing the store', async () => {
    const store = openStore({ db: ':memory:' });
    store.putGazette(jishanRecord());
    const stop = new AbortController();
    let url = '';
    const served = serveStore(store, loadConfig({}, { logLevel: 'silent' }), { port: 0, host: '127.0.0.1' }, {
      onListening: (u) => (url = u),
      stop: stop.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await (await fetch(`${url}api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', documents: 2, backend: 'sqlite' });
    stop.abort();
    await served;
    expect(() => store.stats()).toThrow();
  });
});

describe('parsePort', () => {
  it.each([
    ['3000', 3000],
    [undefined, 8080],
  ])('reads %s', (value, expected) => {
    expect(parsePort(value, 8080)).toBe(expected);
  });

  it.each(['-1', '70000', 'abc', '3.5'])('refuses %s', (value) => {
    expect(() => parsePort(value, 3000)).toThrow(/--port/);
  });
});
