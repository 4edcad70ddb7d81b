import type { Logger } from 'pino';
import type { GraphIndex } from '../graph/GraphIndex.js';
import { analyseQuery } from './analyseQuery.js';
import { capResultRows } from './capResultRows.js';
import { compactJsonLd } from './compactJsonLd.js';
import { ComunicaFederation } from './federation/ComunicaFederation.js';
import type { FederatedResult } from './federation/FederatedResult.js';
import { ownEndpointAnswerer } from './federation/ownEndpointAnswerer.js';
import type { PreparedQuery, ProtocolDataset, SparqlResult } from './PreparedQuery.js';
import { QueryTooLargeError } from './QueryTooLargeError.js';
import { rewriteQuery } from './rewrite/rewriteQuery.js';
import { writeSolutions } from './results/writeSolutions.js';
import { ServiceNotAllowedError } from './ServiceNotAllowedError.js';
import { writeQuads } from './writeQuads.js';

/** The limits of the SPARQL endpoint (config `sparql`). */
export interface SparqlEngineLimits {
  timeoutMs: number;
  maxRows: number;
  maxQueryBytes: number;
  serviceAllowList: readonly string[];
}

/** What a {@link SparqlEngine} needs. */
export interface SparqlEngineOptions {
  graph: GraphIndex;
  /** The endpoint URL: base IRI of queries (SPARQL 1.1 Query §4.1.1) and the local source of federated ones. */
  endpoint: string;
  /** URL of our JSON-LD context (`CatalogIris.context`), referred to by JSON-LD results. */
  contextUrl: string;
  limits: SparqlEngineLimits;
  logger: Logger;
  /** Overrides how federated queries run (tests). */
  federation?: ComunicaFederation;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The SPARQL query engine of the endpoint and of `faircat query`: checks a query (size, syntax, read-only,
 * `SERVICE` allow-list), applies the row limit, and runs it on the graph index (Oxigraph) or, with allow-listed
 * `SERVICE`, through Comunica with the graph index answering the local part. Independent of HTTP: it throws
 * typed errors (`QueryTooLargeError`, `QuerySyntaxError`, `UpdateNotAllowedError`, `ServiceNotAllowedError`,
 * `FederatedQueryError`, and from the graph index `QueryTimeoutError`, `QueryEvaluationError`, `GraphWorkerError`).
 */
export class SparqlEngine {
  private readonly federation: ComunicaFederation;

  constructor(private readonly options: SparqlEngineOptions) {
    this.federation = options.federation ?? new ComunicaFederation({
      endpoint: options.endpoint,
      allowList: options.limits.serviceAllowList,
      logger: options.logger,
    });
  }

  /**
   * Checks a query, rewrites the few constructs Oxigraph answers differently from SPARQL 1.1 (decision 0033;
   * any other query keeps the client's text) and applies the row limit; throws before anything runs. Pure
   * apart from parsing.
   */
  prepare(query: string): PreparedQuery {
    const { limits, endpoint } = this.options;
    if (Buffer.byteLength(query, 'utf8') > limits.maxQueryBytes) throw new QueryTooLargeError(limits.maxQueryBytes);
    const analysis = analyseQuery(query, endpoint);
    const allowed = new Set(limits.serviceAllowList);
    const refused = analysis.services.filter((service) => !allowed.has(service));
    if (refused.length > 0) throw new ServiceNotAllowedError(refused);
    const { query: text, capped } = capResultRows(rewriteQuery(analysis.syntaxTree) ?? query, analysis.form, limits.maxRows);
    return { text, form: analysis.form, services: analysis.services, capped };
  }

  /** Runs a prepared query and serialises its results in `mediaType` (one of `resultTypesFor(form)`). */
  async execute(prepared: PreparedQuery, mediaType: string, dataset: ProtocolDataset): Promise<SparqlResult> {
    if (prepared.services.length > 0) return this.executeFederated(prepared, mediaType, dataset);
    const { graph, endpoint, limits, contextUrl } = this.options;
    const result = await graph.query(prepared.text, {
      format: mediaType,
      baseIri: endpoint,
      timeoutMs: limits.timeoutMs,
      defaultGraphs: dataset.defaultGraphs,
      namedGraphs: dataset.namedGraphs,
    });
    if (result.mediaType !== 'application/ld+json') return result;
    // Oxigraph writes expanded JSON-LD; clients get it compacted with our context (DESIGN §4).
    const compacted = await compactJsonLd(JSON.parse(decoder.decode(result.body)) as object, contextUrl);
    return { mediaType: result.mediaType, body: encoder.encode(JSON.stringify(compacted, null, 1)) };
  }

  private async executeFederated(prepared: PreparedQuery, mediaType: string, dataset: ProtocolDataset): Promise<SparqlResult> {
    const { graph, endpoint, limits } = this.options;
    const answerOwn = ownEndpointAnswerer(graph, { endpoint, timeoutMs: limits.timeoutMs, dataset });
    const result = await this.federation.run(prepared.text, { timeoutMs: limits.timeoutMs, answerOwn });
    return { mediaType, body: encoder.encode(await this.write(result, mediaType)) };
  }

  private write(result: FederatedResult, mediaType: string): Promise<string> | string {
    if (result.kind === 'quads') return writeQuads(result.quads, mediaType, { contextUrl: this.options.contextUrl });
    return writeSolutions(result, mediaType);
  }
}
