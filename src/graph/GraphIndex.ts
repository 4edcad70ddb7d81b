/**
 * The graph index: an in-memory RDF dataset, one named graph per record plus shared graphs, answering
 * SPARQL queries. It is rebuilt from the journal (the source of truth) and never written by anything else.
 * A small interface, so that other backends (a remote SPARQL store, DESIGN §7) can follow.
 */
export interface GraphIndex {
  /** Replaces the whole dataset with these N-Quads documents (concatenated), e.g. at start-up. */
  loadAll(nquads: readonly string[]): Promise<void>;
  /**
   * Replaces each listed named graph by the given N-Quads (every quad of a document must be in that graph);
   * an empty document drops the graph. Applied atomically per call from the point of view of queries.
   */
  replaceGraphs(graphs: readonly GraphReplacement[]): Promise<void>;
  /** Runs one read-only SPARQL query and returns its results serialised in the requested media type. */
  query(query: string, options: GraphQueryOptions): Promise<GraphQueryResult>;
  /** Number of quads in the dataset. */
  size(): Promise<number>;
  close(): Promise<void>;
}

export interface GraphReplacement {
  graph: string;
  nquads: string;
}

export interface GraphQueryOptions {
  /**
   * Media type of the results: for SELECT/ASK `application/sparql-results+json`, `…+xml`, `text/csv`,
   * `text/tab-separated-values`; for CONSTRUCT/DESCRIBE `text/turtle`, `application/n-triples`,
   * `application/n-quads`, `application/rdf+xml`.
   */
  format: string;
  /** Base IRI for relative IRIs in the query (the endpoint URL). */
  baseIri?: string;
  /** SPARQL Protocol `default-graph-uri`: when given, the default graph is their merge instead of the union. */
  defaultGraphs?: readonly string[];
  /** SPARQL Protocol `named-graph-uri`: when given, only these graphs are visible to `GRAPH`. */
  namedGraphs?: readonly string[];
  /** The query is stopped after this many milliseconds with a `QueryTimeoutError`. */
  timeoutMs: number;
}

export interface GraphQueryResult {
  /** The serialised results. */
  body: string;
  mediaType: string;
}
