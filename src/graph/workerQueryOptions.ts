import type { GraphQueryOptions } from './GraphIndex.js';
import type { QueryShape } from './queryShape.js';
import type { WorkerQueryOptions } from './workerProtocol.js';

/**
 * Chooses the dataset a query runs against.
 *
 * - SPARQL 1.1 Protocol §2.1.4: "If different RDF Datasets are specified in both the protocol request and the
 *   SPARQL query string, then the SPARQL service must execute the query using the RDF Dataset given in the
 *   protocol request." With `default-graph-uri` and/or `named-graph-uri`, the dataset is exactly those
 *   graphs: the default graph is the merge of the `default-graph-uri`s (empty when none is given) and `GRAPH`
 *   sees only the `named-graph-uri`s (none when none is given), whatever `FROM` / `FROM NAMED` say. This is
 *   what Oxigraph's own server does. Empty lists count as not given.
 * - SPARQL 1.1 Query §13.2: otherwise a query with `FROM` / `FROM NAMED` gets the dataset it names.
 * - Otherwise our service's default dataset (DESIGN §3): the default graph is the union of all graphs (a bag:
 *   count across graphs with `DISTINCT`), and every named graph is visible to `GRAPH`.
 */
export function workerQueryOptions(options: GraphQueryOptions, shape: QueryShape, mediaType: string): WorkerQueryOptions {
  const common = { format: mediaType, ...(options.baseIri === undefined ? {} : { baseIri: options.baseIri }) };
  const defaultGraphs = nonEmpty(options.defaultGraphs);
  const namedGraphs = nonEmpty(options.namedGraphs);
  if (defaultGraphs !== undefined || namedGraphs !== undefined) {
    return { ...common, unionDefaultGraph: false, defaultGraphs: defaultGraphs ?? [], namedGraphs: namedGraphs ?? [] };
  }
  return { ...common, unionDefaultGraph: !shape.hasDatasetClause };
}

function nonEmpty(graphs: readonly string[] | undefined): readonly string[] | undefined {
  return graphs !== undefined && graphs.length > 0 ? [...graphs] : undefined;
}
