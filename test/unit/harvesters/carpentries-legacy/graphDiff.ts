import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

/** The quads in the default graph, so that a Turtle file can state the expected record graph. */
export function inDefaultGraph(quads: readonly Quad[]): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

/** The quads only one side has, as readable lines (blank nodes labelled by their `schema:name`). */
export function graphDiff(actual: readonly Quad[], expected: readonly Quad[]): string {
  const a = describeQuads(actual);
  const e = describeQuads(expected);
  const missing = [...e].filter((line) => !a.has(line)).sort();
  const extra = [...a].filter((line) => !e.has(line)).sort();
  return [`missing (${missing.length}):`, ...missing.map((l) => `- ${l}`), `unexpected (${extra.length}):`, ...extra.map((l) => `+ ${l}`)].join('\n');
}

function describeQuads(quads: readonly Quad[]): Set<string> {
  const names = new Map<string, string>();
  for (const q of quads) if (q.subject.termType === 'BlankNode' && q.predicate.value.endsWith('/name')) names.set(q.subject.value, q.object.value);
  const term = (t: Term): string => {
    if (t.termType === 'BlankNode') return `_:[${names.get(t.value) ?? '?'}]`;
    if (t.termType === 'Literal') {
      const type = t.language ? `@${t.language}` : t.datatype.value.endsWith('#string') ? '' : `^^<${t.datatype.value}>`;
      return `${JSON.stringify(t.value)}${type}`;
    }
    return `<${t.value}>`;
  };
  return new Set(quads.map((q) => `${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .`));
}
