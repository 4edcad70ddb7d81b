/** The parameters of one SPARQL 1.1 Protocol query request (§2.1), wherever the method put them. */
export interface ProtocolRequest {
  /** The query text; absent for a service description request. */
  query?: string;
  /** `default-graph-uri` values (§2.1.4). */
  defaultGraphs: string[];
  /** `named-graph-uri` values (§2.1.4). */
  namedGraphs: string[];
  /**
   * Result format overrides, in order: our `format` parameter and the `output` and `results` parameters that
   * SPARQLWrapper and other clients add (values such as `json`, `xml`, `csv` or a media type).
   */
  formats: string[];
}
