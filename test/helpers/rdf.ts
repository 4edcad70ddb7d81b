import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import type { Quad } from '@rdfjs/types';

/** Parses Turtle, TriG, N-Triples or N-Quads with n3. */
export function parseRdf(text: string, options: { format?: string; baseIRI?: string } = {}): Quad[] {
  return new Parser(options).parse(text) as Quad[];
}

/** True when the two quad sets are the same graph up to blank-node renaming. */
export function sameGraph(actual: readonly Quad[], expected: readonly Quad[]): boolean {
  return isomorphic([...actual], [...expected]);
}
