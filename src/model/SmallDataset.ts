import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { XSD } from '../vocab/index.js';

const XSD_STRING = XSD.string;

/**
 * An RDF/JS `DatasetCore` for the few dozen quads of one record, for shacl-engine to walk. Much cheaper to build
 * than an n3 `Store` (no per-graph indexes, no stream per `match`): the quads live in one array, indexed by
 * subject on first use, and `match` returns a view over a filtered array. Duplicates are dropped, as in any
 * RDF dataset.
 */
export class SmallDataset implements DatasetCore {
  #quads: Quad[];
  #keys: Set<string> | undefined;
  #bySubject: Map<string, Quad[]> | undefined;

  constructor(quads: Iterable<Quad> = []) {
    this.#quads = [];
    for (const quad of quads) this.add(quad);
  }

  get size(): number {
    return this.#quads.length;
  }

  add(quad: Quad): this {
    const keys = this.#keySet();
    const key = quadKey(quad);
    if (!keys.has(key)) {
      keys.add(key);
      this.#quads.push(quad);
      this.#bySubject = undefined;
    }
    return this;
  }

  delete(quad: Quad): this {
    const key = quadKey(quad);
    if (this.#keySet().delete(key)) {
      this.#quads = this.#quads.filter((q) => quadKey(q) !== key);
      this.#bySubject = undefined;
    }
    return this;
  }

  has(quad: Quad): boolean {
    return this.#keySet().has(quadKey(quad));
  }

  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): SmallDataset {
    const candidates = subject ? this.#subjectIndex().get(subjectKey(subject)) ?? [] : this.#quads;
    const view = new SmallDataset();
    // A subset of a duplicate-free array is duplicate-free: no need to key it again.
    view.#quads = candidates.filter((q) =>
      (!predicate || q.predicate.equals(predicate)) && (!object || q.object.equals(object)) && (!graph || q.graph.equals(graph)));
    view.#keys = undefined;
    return view;
  }

  [Symbol.iterator](): Iterator<Quad> {
    return this.#quads[Symbol.iterator]();
  }

  #keySet(): Set<string> {
    this.#keys ??= new Set(this.#quads.map(quadKey));
    return this.#keys;
  }

  #subjectIndex(): Map<string, Quad[]> {
    if (this.#bySubject === undefined) {
      this.#bySubject = new Map();
      for (const quad of this.#quads) {
        const key = subjectKey(quad.subject);
        const list = this.#bySubject.get(key);
        if (list) list.push(quad);
        else this.#bySubject.set(key, [quad]);
      }
    }
    return this.#bySubject;
  }
}

/** Subjects are IRIs, blank nodes or quoted triples: their type and value identify them. */
function subjectKey(term: Term): string {
  return term.termType === 'Quad' ? `<<${quadKey(term as Quad)}>>` : `${term.termType[0]}${term.value}`;
}

/** A string that identifies a term, in the form of n3's term ids (which n3 terms carry already as `id`). */
function termKey(term: Term): string {
  const { id } = term as { id?: unknown };
  if (typeof id === 'string') return id;
  switch (term.termType) {
    case 'NamedNode': return term.value;
    case 'BlankNode': return `_:${term.value}`;
    case 'Variable': return `?${term.value}`;
    case 'DefaultGraph': return '';
    case 'Literal': return `"${term.value}"${term.language ? `@${term.language}` : term.datatype.value === XSD_STRING ? '' : `^^${term.datatype.value}`}`;
    case 'Quad': return `<<${quadKey(term as Quad)}>>`;
  }
}

function quadKey(quad: Quad): string {
  return `${termKey(quad.subject)} ${termKey(quad.predicate)} ${termKey(quad.object)} ${termKey(quad.graph)}`;
}
