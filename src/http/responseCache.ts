import type { OutgoingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { catalogVersionReader } from '../journal/catalogVersionReader.js';
import type { AppContext } from './AppContext.js';
import { cacheKey } from './cache/cacheKey.js';
import { ResponseCache } from './cache/ResponseCache.js';

/** Headers of a response that belong to one connection or one moment, never replayed from the cache. */
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'x-cache']);

/** Limits of the response cache (config `cache`). */
export interface ResponseCacheOptions {
  /** Total bytes of kept responses. 0 turns the cache off. */
  maxBytes: number;
  /** Larger responses are not kept. */
  maxEntryBytes: number;
  /**
   * SPARQL results are kept only for a catalog version that has been current this long and while this process
   * is not harvesting: the graph index takes the journal's changes after the journal (at once for this process's
   * harvests, within seconds for another process's, see `followJournal`), and results read from it before it has
   * them must not be kept under the new version.
   */
  sparqlSettleMs: number;
}

/**
 * Caches whole `200` answers of the read routes that only change when a harvest is applied — records and feeds
 * (`/materials…`, served from the journal) and SPARQL GET queries (`/sparql?query=…`) — by (catalog version,
 * request URL, `Accept`), in a byte-bounded LRU (DESIGN §7: the catalog is read-mostly; every response can be
 * cached until the next applied harvest). A hit replays the route's status, headers (ETag, Link, Vary, CORS…) and
 * bytes; the catalog version is read from the journal on every request, so a harvest applied by any process empties
 * the cache. Conditional requests and `Cache-Control: no-cache` go to the route, which answers them itself
 * (RFC 9111 §5.2.1.4). Answers carry `X-Cache: hit` or `miss`.
 */
export function responseCache(context: AppContext, options: ResponseCacheOptions): RequestHandler {
  const cache = new ResponseCache(options);
  const version = catalogVersionReader(context.journal);
  cache.version = version();
  // The test hooks replace the graph index behind the journal's back: SPARQL answers are never kept with them on.
  const testHooks = context.config.server.enableTestHooks;
  const settled = (): boolean => !testHooks && performance.now() - cache.versionSince >= options.sparqlSettleMs && (context.runner?.runningSources().length ?? 0) === 0;
  return (req: Request, res: Response, next: NextFunction) => {
    const kind = cacheableKind(req);
    if (options.maxBytes <= 0 || kind === undefined) {
      next();
      return;
    }
    const current = version();
    if (current !== cache.version) cache.reset(current, performance.now());
    const key = cacheKey(req.originalUrl, req.get('accept'));
    const bypass = req.get('if-none-match') !== undefined || req.get('if-modified-since') !== undefined || /no-cache|no-store/i.test(req.get('cache-control') ?? '');
    const hit = bypass ? undefined : cache.get(key);
    if (hit) {
      res.status(200).set(hit.headers).set('X-Cache', 'hit');
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    res.set('X-Cache', 'miss');
    if (req.method !== 'GET' || (kind === 'sparql' && !settled())) {
      next();
      return;
    }
    const capture = captureBody(res, options.maxEntryBytes);
    res.once('finish', () => {
      const body = capture.body();
      if (body === undefined || res.statusCode !== 200 || cache.version !== current || /no-store|private/i.test(String(res.getHeader('cache-control') ?? ''))) return;
      const headers = replayable(res.getHeaders());
      cache.set(key, { headers, body, bytes: body.length + key.length + JSON.stringify(headers).length });
    });
    next();
  };
}

/** Which cached family a request belongs to, if any: GET/HEAD of a record or feed, or a SPARQL query by GET. */
function cacheableKind(req: Request): 'journal' | 'sparql' | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  if (req.path === '/materials' || req.path.startsWith('/materials/')) return 'journal';
  if (req.path === '/sparql' && typeof (req.query as Record<string, unknown>).query === 'string') return 'sparql';
  return undefined;
}

/**
 * Copies what a response writes (whether the route uses `send`, or `write` and `end`), up to `limit` bytes: the body
 * when the response has finished, or `undefined` when it was larger.
 */
function captureBody(res: Response, limit: number): { body(): Buffer | undefined } {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const collect = (chunk: unknown, encoding: unknown): void => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const bytes = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    size += bytes.length;
    if (size > limit) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(bytes);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as Response['end'];
  return { body: () => (overflow ? undefined : Buffer.concat(chunks)) };
}

function replayable(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name.toLowerCase())));
}
