import type { QueryForm } from '../graph/queryShape.js';

/** A query that passed every check of `SparqlEngine.prepare`, ready to run. */
export interface PreparedQuery {
  /** The query text as it runs: the client's text (regenerated when a rewrite of decision 0033 applied) with the row limit applied. */
  text: string;
  form: QueryForm;
  /** Allow-listed `SERVICE` endpoints it calls; none means Oxigraph answers it alone. */
  services: readonly string[];
  /** True when the row limit was applied to the text, so that the results may be cut. */
  capped: boolean;
}

/** SPARQL 1.1 Protocol §2.1.4 `default-graph-uri` and `named-graph-uri`; empty lists mean not given. */
export interface ProtocolDataset {
  defaultGraphs: readonly string[];
  namedGraphs: readonly string[];
}

/** Serialised query results. */
export interface SparqlResult {
  mediaType: string;
  /** UTF-8 bytes, written out as they are. */
  body: Uint8Array;
}
