import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { emptyFetchStats } from '../../../src/harvest/FetchStats.js';
import { FetchError, fetchWithPolicy, type FetchPolicy } from '../../../src/harvest/fetchWithPolicy.js';
import type { CachedResponse, HttpCache } from '../../../src/harvest/HttpCache.js';

type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

/** A loopback server whose answer per path is a function of how often the path was asked. */
let server: Server;
let base: string;
const handlers = new Map<string, Handler>();
const hits = new Map<string, number>();
const seen: IncomingMessage[] = [];

const policy = (extra: Partial<FetchPolicy> = {}): FetchPolicy => ({ userAgent: 'FAIRCat/test (+https://example.org)', timeoutMs: 2000, maxBytes: 1024, attempts: 3, random: () => 0, ...extra });

function memoryCache(): HttpCache & { entries: Map<string, CachedResponse> } {
  const entries = new Map<string, CachedResponse>();
  return { entries, get: (url) => entries.get(url), put: (url, response) => void entries.set(url, response), delete: (url) => void entries.delete(url) };
}

describe('fetchWithPolicy', () => {
  before(async () => {
    server = createServer((req, res) => {
      const hit = (hits.get(req.url!) ?? 0) + 1;
      hits.set(req.url!, hit);
      seen.push(req);
      const handler = handlers.get(req.url!);
      if (handler) handler(req, res, hit);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends a descriptive User-Agent and returns the body', async () => {
    handlers.set('/ok', (_req, res) => res.end('hello'));
    const body = await fetchWithPolicy(`${base}/ok`, policy());
    assert.equal(new TextDecoder().decode(body), 'hello');
    assert.equal(seen.at(-1)!.headers['user-agent'], 'FAIRCat/test (+https://example.org)');
  });

  it('answers undefined for 404 and 410', async () => {
    handlers.set('/gone', (_req, res) => res.writeHead(410).end());
    assert.equal(await fetchWithPolicy(`${base}/missing`, policy()), undefined);
    assert.equal(await fetchWithPolicy(`${base}/gone`, policy()), undefined);
  });

  it('retries a 500 with backoff and succeeds when the server recovers', async () => {
    handlers.set('/flaky', (_req, res, hit) => (hit < 3 ? res.writeHead(500).end('down') : res.end('up')));
    const stats = emptyFetchStats();
    const body = await fetchWithPolicy(`${base}/flaky`, policy({ stats }));
    assert.equal(new TextDecoder().decode(body), 'up');
    assert.deepEqual([stats.requests, stats.retries], [3, 2]);
  });

  it('gives up with the last error after its attempts', async () => {
    handlers.set('/down', (_req, res) => res.writeHead(503).end());
    await assert.rejects(fetchWithPolicy(`${base}/down`, policy({ attempts: 2 })), (error: unknown) => error instanceof FetchError && error.status === 503);
    assert.equal(hits.get('/down'), 2);
  });

  it('honours Retry-After on a 429', async () => {
    handlers.set('/busy', (_req, res, hit) => (hit === 1 ? res.writeHead(429, { 'retry-after': '1' }).end() : res.end('ok')));
    const started = performance.now();
    await fetchWithPolicy(`${base}/busy`, policy());
    assert.ok(performance.now() - started >= 950, 'waited the second Retry-After asked for');
  });

  it('fails at once when Retry-After asks for longer than it may wait', async () => {
    handlers.set('/later', (_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end());
    await assert.rejects(fetchWithPolicy(`${base}/later`, policy({ maxRetryAfterMs: 5000 })), /retry after 3600 s/);
    assert.equal(hits.get('/later'), 1);
  });

  it('does not retry other client errors', async () => {
    handlers.set('/forbidden', (_req, res) => res.writeHead(403).end());
    await assert.rejects(fetchWithPolicy(`${base}/forbidden`, policy()), (error: unknown) => error instanceof FetchError && error.status === 403);
    assert.equal(hits.get('/forbidden'), 1);
  });

  it('retries a request that times out', async () => {
    handlers.set('/slow', (_req, res, hit) => (hit === 1 ? setTimeout(() => res.end('late'), 500) : res.end('fast')));
    const body = await fetchWithPolicy(`${base}/slow`, policy({ timeoutMs: 150 }));
    assert.equal(new TextDecoder().decode(body), 'fast');
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    handlers.set('/big', (_req, res) => res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)));
    handlers.set('/big-chunked', (_req, res) => {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('x'.repeat(500));
      res.end();
    });
    await assert.rejects(fetchWithPolicy(`${base}/big`, policy()), /over the limit of 1024/);
    await assert.rejects(fetchWithPolicy(`${base}/big-chunked`, policy()), /over the limit of 1024/);
  });

  it('makes conditional requests with the cached ETag and Last-Modified and reuses the body on 304', async () => {
    handlers.set('/feed', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' }).end('feed v1');
    });
    const cache = memoryCache();
    const stats = emptyFetchStats();
    assert.equal(new TextDecoder().decode(await fetchWithPolicy(`${base}/feed`, policy({ cache, stats }))), 'feed v1');
    assert.equal(cache.entries.get(`${base}/feed`)?.etag, '"v1"');
    assert.equal(new TextDecoder().decode(await fetchWithPolicy(`${base}/feed`, policy({ cache, stats }))), 'feed v1');
    const conditional = seen.at(-1)!;
    assert.equal(conditional.headers['if-none-match'], '"v1"');
    assert.equal(conditional.headers['if-modified-since'], 'Wed, 01 Jan 2025 00:00:00 GMT');
    assert.equal(stats.notModified, 1);
  });

  it('forgets the validators of a URL that is gone', async () => {
    const cache = memoryCache();
    cache.put(`${base}/removed`, { etag: '"old"', body: new Uint8Array([1]) });
    assert.equal(await fetchWithPolicy(`${base}/removed`, policy({ cache })), undefined);
    assert.equal(cache.entries.has(`${base}/removed`), false);
  });
});
