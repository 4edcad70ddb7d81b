import type { GraphIndex } from '../../graph/GraphIndex.js';
import { QueryEvaluationError } from '../../graph/QueryEvaluationError.js';
import { queryShape } from '../../graph/queryShape.js';
import type { ProtocolDataset } from '../PreparedQuery.js';
import { readProtocolQuery } from './readProtocolQuery.js';

/**
 * Answers the SPARQL Protocol requests Comunica sends to our own endpoint during a federated query, from the
 * graph index and in-process: SELECT/ASK in SPARQL JSON, CONSTRUCT/DESCRIBE in N-Triples, a request without a
 * query with an empty service description. These sub-queries are Comunica's, not the client's: they get the
 * time limit but not the row limit (cutting them would make joins silently wrong).
 */
export function ownEndpointAnswerer(graph: GraphIndex, options: { endpoint: string; timeoutMs: number; dataset: ProtocolDataset }): (request: Request) => Promise<Response> {
  return async (request) => {
    const query = await readProtocolQuery(request);
    if (query === undefined) return new Response('', { headers: { 'content-type': 'text/turtle' } });
    const { form } = queryShape(query);
    const format = form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'application/n-triples' : 'application/sparql-results+json';
    try {
      const result = await graph.query(query, {
        format,
        baseIri: options.endpoint,
        timeoutMs: options.timeoutMs,
        defaultGraphs: options.dataset.defaultGraphs,
        namedGraphs: options.dataset.namedGraphs,
      });
      return new Response(result.body, { headers: { 'content-type': result.mediaType } });
    } catch (error) {
      if (error instanceof QueryEvaluationError) return new Response(error.message, { status: 400, headers: { 'content-type': 'text/plain' } });
      throw error;
    }
  };
}
