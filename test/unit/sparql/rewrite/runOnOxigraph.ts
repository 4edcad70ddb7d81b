import oxigraph from 'oxigraph';
import sparqljs from 'sparqljs';

/** The test data's prefix, declared in every query and data text below. */
export const PREFIX = 'PREFIX : <http://example/>\n';

/**
 * Runs a query on a fresh Oxigraph store holding `trig` (TriG, `:` bound to `http://example/`), with the union
 * of all graphs as default graph as FAIRCat's endpoint does (DESIGN §3), and returns the rows as sorted
 * strings `?a=<term> ?b=<term>` (variables sorted; a multiset: duplicates kept), or the boolean of an ASK.
 */
export function runOnOxigraph(trig: string, query: string): string[] | boolean {
  const store = new oxigraph.Store();
  if (trig.trim() !== '') store.load(`@prefix : <http://example/> .\n${trig}`, { format: 'application/trig' });
  const result = store.query(query, { use_default_graph_as_union: true }) as boolean | Map<string, { toString(): string }>[];
  if (typeof result === 'boolean') return result;
  return result.map((row) => [...row.entries()].map(([name, term]) => `?${name}=${term.toString()}`).sort().join(' ')).sort();
}

/** Parses a query as `analyseQuery` does (base IRI, no SPARQL-star). */
export function parse(query: string): sparqljs.SparqlQuery {
  return new sparqljs.Parser({ baseIRI: 'http://localhost/sparql', sparqlStar: false }).parse(query);
}

/** Parses and regenerates a query with sparqljs, to compare two queries whatever their layout. */
export function normalise(query: string): string {
  return new sparqljs.Generator().stringify(parse(query));
}

/** The text of a rewritten syntax tree, or `undefined` when the rewrite left the query alone. */
export function textOf(tree: sparqljs.SparqlQuery | undefined): string | undefined {
  return tree === undefined ? undefined : new sparqljs.Generator().stringify(tree);
}
