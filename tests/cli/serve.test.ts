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

describe('serveStore with a long pasted query', () => {
  it.each([300, 3_000, 20_000])('answers a GET of %i characters with 200, not 431', async (length) => {
    const store = openStore({ db: ':memory:' });
    store.putGazette(jishanRecord());
    const stop = new AbortController();
    let url = '';
    const served = serveStore(store, loadConfig({}, { logLevel: 'silent' }), { port: 0, host: '127.0.0.1' }, { onListening: (u) => (url = u), stop: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const q = encodeURIComponent('停电了怎么办，找哪个部门？'.repeat(Math.ceil(length / 13)).slice(0, length));
    for (const route of ['api/search', 'api/who-handles']) expect((await fetch(`${url}${route}?q=${q}`)).status).toBe(200);
    stop.abort();
    await served;
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
