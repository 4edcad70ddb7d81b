import express, { Router, type Request, type Response } from 'express';
import type { AppContext } from '../AppContext.js';
import { MethodNotAllowed } from '../errors/MethodNotAllowed.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { ServiceUnavailable } from '../errors/ServiceUnavailable.js';
import { chooseResultType } from '../sparql/chooseResultType.js';
import { ConcurrencyLimit } from '../sparql/ConcurrencyLimit.js';
import { chooseDescriptionType, DESCRIPTION_TYPES } from '../sparql/describeTypes.js';
import { readProtocolRequest } from '../sparql/readProtocolRequest.js';
import { sendResult } from '../sparql/sendResult.js';
import { sparqlHttpError } from '../sparql/sparqlHttpError.js';
import { yasguiAssetsDir } from '../sparql/yasguiAssetsDir.js';
import { EXAMPLE_QUERIES } from '../../sparql/exampleQueries.js';
import { resultTypesFor } from '../../sparql/resultTypes.js';
import { SERVICE_DESCRIPTION_PREFIXES, serviceDescription } from '../../sparql/serviceDescription.js';
import { SparqlEngine } from '../../sparql/SparqlEngine.js';
import { writeQuads } from '../../sparql/writeQuads.js';
import { sparqlPage } from '../../views/sparqlPage.js';
import { voidDatasetIri } from './voidRoute.js';

const ALLOW = 'GET, POST, OPTIONS, HEAD';
const EDITOR_ASSETS = '/sparql-editor/';
const PAGE_TYPES = [...DESCRIPTION_TYPES, 'text/html'] as const;
/** A form body is URL-encoded: up to three bytes per query byte. */
const FORM_OVERHEAD = 3;

/**
 * The SPARQL 1.1 Protocol endpoint at `/sparql`, query only (https://www.w3.org/TR/sparql11-protocol/ §2.1):
 *
 * - GET, form-encoded POST and `application/sparql-query` POST (§2.1.1–2.1.3); `default-graph-uri` and
 *   `named-graph-uri` (§2.1.4) select our own graphs and override the query's `FROM`; nothing is fetched;
 * - every query is parsed first (400 with the parser's message and position); updates are refused (403);
 *   `SERVICE` is allowed only to allow-listed endpoints (403 otherwise) and then runs through Comunica;
 * - results by content negotiation with q-values, `*\/*` and a `format` (or `output`/`results`) parameter,
 *   406 listing what is offered (§2.1.6); written in chunks from the worker's bytes;
 * - limits (config `sparql`): query size (413), result rows (a `LIMIT`), time (503 after the worker is
 *   stopped), concurrent queries (503 with `Retry-After`);
 * - GET without `query`: the service description (Turtle, JSON-LD, N-Triples, RDF/XML) or, for a browser,
 *   the query page with a bundled Yasgui editor; other methods 405; CORS open; `Vary: Accept`.
 */
export function sparqlRoute(context: AppContext): Router {
  const router = Router();
  const limits = context.config.sparql;
  const endpoint = `${context.config.baseUrl}sparql`;
  const engine = new SparqlEngine({
    graph: context.graph,
    endpoint,
    contextUrl: context.iris.context,
    limits,
    logger: context.logger.child({ component: 'sparql' }),
  });
  const concurrency = new ConcurrencyLimit(limits.maxConcurrent, limits.maxQueued);
  const descriptionOptions = { endpoint, limits, federation: limits.serviceAllowList.length > 0, dataset: voidDatasetIri(context.config.baseUrl) };
  const assets = yasguiAssetsDir();
  if (assets !== undefined) router.use(EDITOR_ASSETS, express.static(assets, { immutable: true, maxAge: '7d', index: false }));

  router.all('/sparql', (req, res, next) => {
    res.vary('Accept').set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'FAIRCat-Result-Limit, Retry-After' });
    if (req.method === 'OPTIONS') {
      res.set('Allow', ALLOW).status(204).end();
      return;
    }
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) throw new MethodNotAllowed(`${req.method} is not supported on the SPARQL endpoint.`, { headers: { Allow: ALLOW } });
    next();
  });
  router.post(
    '/sparql',
    express.urlencoded({ extended: false, limit: limits.maxQueryBytes * FORM_OVERHEAD }),
    express.text({ type: 'application/sparql-query', limit: limits.maxQueryBytes }),
  );
  router.all('/sparql', async (req, res) => {
    const request = readProtocolRequest(req);
    if (request.query === undefined) {
      await sendDescription(req, res, request.formats);
      return;
    }
    try {
      const prepared = engine.prepare(request.query);
      const type = chooseResultType(prepared.form, req.get('accept'), request.formats);
      if (type === undefined) throw new NotAcceptable(`Results of a ${prepared.form} query are available as ${resultTypesFor(prepared.form).join(', ')}.`);
      if (!concurrency.tryAcquire() && !(await waitForSlot(res))) {
        throw new ServiceUnavailable(`${limits.maxConcurrent} queries are running and ${limits.maxQueued} waiting already; try again shortly.`, { headers: { 'Retry-After': '1' } });
      }
      try {
        const result = await engine.execute(prepared, type, request);
        // Results change only when a harvest is applied: stored (e.g. by the response cache), revalidated by clients.
        res.set('Cache-Control', 'no-cache');
        if (prepared.capped) res.set('FAIRCat-Result-Limit', String(limits.maxRows));
        await sendResult(res, result.mediaType, result.body, req.method === 'HEAD');
      } finally {
        concurrency.release();
      }
    } catch (error) {
      throw sparqlHttpError(error) ?? error;
    }
  });

  /** Waits in the queue for a slot, giving up when the client goes away (only then: an abort is not free). */
  async function waitForSlot(res: Response): Promise<boolean> {
    const gone = new AbortController();
    const onClose = (): void => gone.abort();
    res.once('close', onClose);
    try {
      return await concurrency.acquire(limits.timeoutMs, gone.signal);
    } finally {
      res.off('close', onClose);
    }
  }

  /** §3 of the Service Description spec: the description is what a GET on the endpoint without a query returns. */
  async function sendDescription(req: Request, res: Response, formats: readonly string[]): Promise<void> {
    const type = chooseDescriptionType(PAGE_TYPES, req.get('accept'), formats);
    if (type === undefined) throw new NotAcceptable(`The service description is available as ${PAGE_TYPES.join(', ')}.`);
    if (type === 'text/html') {
      res.type('text/html').send(sparqlPage({ catalogTitle: context.config.catalog.title, endpoint, editorAssets: EDITOR_ASSETS, examples: EXAMPLE_QUERIES, limits }));
      return;
    }
    const body = await writeQuads(serviceDescription(descriptionOptions), type, { contextUrl: context.iris.context, prefixes: { ...SERVICE_DESCRIPTION_PREFIXES } });
    res.type(type).set('Cache-Control', 'public, max-age=300').send(body);
  }
  return router;
}
