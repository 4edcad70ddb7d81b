import { DataFactory, Parser, Writer } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

/**
 * Renames the blank nodes of N-Quads to `b0`, `b1`, … in order of first appearance. n3's data factory numbers
 * blank nodes from a process-wide counter, so serialising the same record twice gives different labels; after
 * this the same record always gives the same bytes, which strong ETags need (RFC 9110 §8.8.3). Pure.
 */
export function stableBlankNodes(nquads: string): string {
  const labels = new Map<string, string>();
  const relabel = <T extends Term>(term: T): T => {
    if (term.termType !== 'BlankNode') return term;
    let label = labels.get(term.value);
    if (label === undefined) {
      label = `b${labels.size}`;
      labels.set(term.value, label);
    }
    return DataFactory.blankNode(label) as unknown as T;
  };
  const quads = new Parser({ format: 'N-Quads' }).parse(nquads).map((q: Quad) => DataFactory.quad(relabel(q.subject), q.predicate, relabel(q.object), q.graph));
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}
