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
  /**
   * Runs one read-only SPARQL query and returns its results serialised in the requested media type, as bytes
   * (UTF-8) that the caller can write out in chunks without another copy.
   */
  query(query: string, options: GraphQueryOptions): Promise<GraphQueryResult>;
  /** Number of quads in the dataset. */
  size(): Promise<number>;
  /** Whether the dataset has been loaded once (an index that loads in the background says no until then). */
  isLoaded?(): boolean;
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
   * `application/n-quads`, `application/rdf+xml`, `application/ld+json` (expanded JSON-LD: compact it with
   * the bundled context before sending it to a client).
   */
  format: string;
  /** Base IRI for relative IRIs in the query (the endpoint URL). */
  baseIri?: string;
  /**
   * SPARQL 1.1 Protocol `default-graph-uri` (§2.1.4). When this list or `namedGraphs` is non-empty, the two
   * lists together are the whole RDF dataset of the query and override its `FROM` / `FROM NAMED`: the default
   * graph is the merge of these graphs (empty when only `namedGraphs` is given). An empty or missing list
   * counts as not given.
   */
  defaultGraphs?: readonly string[];
  /**
   * SPARQL 1.1 Protocol `named-graph-uri` (§2.1.4). When this list or `defaultGraphs` is non-empty, `GRAPH`
   * sees exactly these graphs (none when only `defaultGraphs` is given), whatever the query's `FROM NAMED`
   * says. When neither list is given: the query's own dataset clauses, else the service's default dataset
   * (the union of all graphs as default graph, every graph named).
   */
  namedGraphs?: readonly string[];
  /** The query is stopped after this many milliseconds with a `QueryTimeoutError`. */
  timeoutMs: number;
}

export interface GraphQueryResult {
  /**
   * The serialised results, UTF-8. Oxigraph cannot stream: it returns a whole string, which the worker encodes
   * and transfers (not copies) to the caller, so one copy of the result lives in the main thread.
   */
  body: Uint8Array;
  mediaType: string;
}
