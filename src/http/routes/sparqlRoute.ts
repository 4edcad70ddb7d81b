import express, { Router, type Request } from 'express';
import type { AppContext } from '../AppContext.js';
import { BadRequest } from '../errors/BadRequest.js';
import { Forbidden } from '../errors/Forbidden.js';
import { MethodNotAllowed } from '../errors/MethodNotAllowed.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { PayloadTooLarge } from '../errors/PayloadTooLarge.js';
import { ServiceUnavailable } from '../errors/ServiceUnavailable.js';
import { UnsupportedMediaType } from '../errors/UnsupportedMediaType.js';
import { negotiate } from '../negotiate.js';
import { analyseQuery, QuerySyntaxError, UpdateNotAllowedError } from '../../sparql/analyseQuery.js';
import { QueryTimeoutError } from '../../graph/QueryTimeoutError.js';
import { QueryEvaluationError } from '../../graph/QueryEvaluationError.js';
import { serviceDescription } from '../../sparql/serviceDescription.js';

const RESULT_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'] as const;
const BOOLEAN_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml'] as const;
const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/n-quads', 'application/rdf+xml'] as const;
const SD_TYPES = ['text/turtle', 'application/n-triples'] as const;

/**
 * The SPARQL 1.1 Protocol endpoint (query only): GET, form-encoded POST and `application/sparql-query` POST
 * (§2.1.1–2.1.3). The query is parsed first (400 with the parser's message), updates are refused (403),
 * `SERVICE` to endpoints outside the allow-list is refused (403), results are negotiated with q-values
 * (`format`/`output`/`results` parameters override `Accept`, 406 lists what is offered), concurrency and time
 * are limited (503). GET without `query` answers the service description.
 */
export function sparqlRoute(context: AppContext): Router {
  const router = Router();
  const limits = context.config.sparql;
  const endpoint = `${context.config.baseUrl}sparql`;
  let inFlight = 0;
  const bodyLimit = { limit: limits.maxQueryBytes };

  router.options('/sparql', (_req, res) => {
    res.set('Allow', 'GET, POST, OPTIONS, HEAD').status(204).end();
  });
  router.post('/sparql', express.urlencoded({ extended: false, ...bodyLimit }), express.text({ type: 'application/sparql-query', ...bodyLimit }));
  router.all('/sparql', async (req, res) => {
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) throw new MethodNotAllowed(`${req.method} is not supported on the SPARQL endpoint.`, { headers: { Allow: 'GET, POST, OPTIONS, HEAD' } });
    const params = readProtocolParameters(req);
    res.vary('Accept').set('Access-Control-Allow-Origin', '*');
    if (params.query === undefined) {
      const type = negotiate(req.get('accept'), SD_TYPES, params.format);
      if (!type) throw new NotAcceptable(`The service description is available as ${SD_TYPES.join(', ')}.`);
      res.type(type).send(serviceDescription({ endpoint, limits, format: type }));
      return;
    }
    if (Buffer.byteLength(params.query) > limits.maxQueryBytes) throw new PayloadTooLarge(`The query is longer than ${limits.maxQueryBytes} bytes.`);
    let analysis;
    try {
      analysis = analyseQuery(params.query, endpoint);
    } catch (error) {
      if (error instanceof UpdateNotAllowedError) throw new Forbidden(error.message);
      if (error instanceof QuerySyntaxError) throw new BadRequest(`Syntax error in the query: ${error.message}`);
      throw error;
    }
    const disallowed = analysis.services.filter((service) => !limits.serviceAllowList.includes(service));
    if (disallowed.length > 0) throw new Forbidden(`SERVICE is not allowed to ${disallowed.join(', ')}: this endpoint calls only the endpoints of its allow-list.`);
    const offered = analysis.form === 'SELECT' ? RESULT_TYPES : analysis.form === 'ASK' ? BOOLEAN_TYPES : GRAPH_TYPES;
    const type = negotiate(req.get('accept'), offered, resultFormatAlias(params.format, analysis.form));
    if (!type) throw new NotAcceptable(`Results of a ${analysis.form} query are available as ${offered.join(', ')}.`);
    if (inFlight >= limits.maxConcurrent) throw new ServiceUnavailable('Too many queries are running; try again shortly.', { headers: { 'Retry-After': '1' } });
    inFlight++;
    try {
      const result = await context.graph.query(params.query, {
        format: type,
        baseIri: endpoint,
        timeoutMs: limits.timeoutMs,
        ...(params.defaultGraphs.length > 0 ? { defaultGraphs: params.defaultGraphs } : {}),
        ...(params.namedGraphs.length > 0 ? { namedGraphs: params.namedGraphs } : {}),
      });
      res.type(result.mediaType).send(result.body);
    } catch (error) {
      if (error instanceof QueryTimeoutError) throw new ServiceUnavailable(`The query ran longer than the limit of ${limits.timeoutMs} ms and was stopped.`);
      if (error instanceof QueryEvaluationError) throw new BadRequest(`The query could not be evaluated: ${error.message}`);
      throw error;
    } finally {
      inFlight--;
    }
  });
  return router;
}

interface ProtocolParameters {
  query?: string;
  defaultGraphs: string[];
  namedGraphs: string[];
  format?: string;
}

/** Reads query, dataset and format parameters the way SPARQL 1.1 Protocol §2.1 allows for each method. */
function readProtocolParameters(req: Request): ProtocolParameters {
  const url = req.query as Record<string, unknown>;
  const list = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);
  const one = (name: string, value: unknown): string | undefined => {
    const values = list(value);
    if (values.length > 1) throw new BadRequest(`The parameter ${name} may be given only once.`);
    return values[0];
  };
  let query: string | undefined;
  let defaultGraphs = list(url['default-graph-uri']);
  let namedGraphs = list(url['named-graph-uri']);
  if (req.method === 'POST') {
    const contentType = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const charset = /charset=([^;]+)/i.exec(req.get('content-type') ?? '')?.[1]?.trim().toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new UnsupportedMediaType('Queries must be sent in UTF-8.');
    if (contentType === 'application/x-www-form-urlencoded') {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (body.update !== undefined) throw new Forbidden('This endpoint is read-only: SPARQL Update operations are not accepted.');
      query = one('query', body.query);
      defaultGraphs = [...defaultGraphs, ...list(body['default-graph-uri'])];
      namedGraphs = [...namedGraphs, ...list(body['named-graph-uri'])];
      if (url.query !== undefined) throw new BadRequest('A form POST carries the query in its body, not in the URL.');
    } else if (contentType === 'application/sparql-query') {
      query = typeof req.body === 'string' ? req.body : undefined;
      if (url.query !== undefined) throw new BadRequest('A direct POST carries the query in its body, not in the URL.');
    } else if (contentType === 'application/sparql-update') {
      throw new Forbidden('This endpoint is read-only: SPARQL Update operations are not accepted.');
    } else {
      throw new UnsupportedMediaType('POST a query as application/x-www-form-urlencoded or application/sparql-query.');
    }
  } else {
    if (url.update !== undefined) throw new Forbidden('This endpoint is read-only: SPARQL Update operations are not accepted.');
    query = one('query', url.query);
  }
  const format = one('format', url.format) ?? one('output', url.output) ?? one('results', url.results);
  return { ...(query === undefined ? {} : { query }), defaultGraphs, namedGraphs, ...(format === undefined ? {} : { format }) };
}

/** `json`/`xml` mean result formats for SELECT/ASK; for graph results `json` means JSON-LD, `xml` RDF/XML. */
function resultFormatAlias(format: string | undefined, form: string): string | undefined {
  if (format === undefined) return undefined;
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
    if (format === 'json') return 'application/ld+json';
    if (format === 'xml') return 'application/rdf+xml';
  }
  return format;
}
