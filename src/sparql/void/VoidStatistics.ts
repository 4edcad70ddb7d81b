/** Counts of the catalog's dataset as the graph index holds it, for its VoID description. */
export interface VoidStatistics {
  /** Triples in all graphs (the default graph and every named graph; what the N-Quads dump holds). */
  triples: number;
  distinctSubjects: number;
  /** Triples per property IRI. */
  properties: ReadonlyMap<string, number>;
  /** Distinct instances per class IRI. */
  classes: ReadonlyMap<string, number>;
  /** A few learning resources (records, not their parts), in IRI order. */
  examples: readonly string[];
}
