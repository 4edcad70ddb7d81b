import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAIRCAT, RDF, RDFS } from '../../../src/vocab/index.js';
import { parseRdf } from '../../helpers/rdf.js';

const quads = parseRdf(readFileSync(join(process.cwd(), 'ontology/catalog.ttl'), 'utf8'));
const terms = Object.entries(FAIRCAT).filter(([key]) => key !== '$base').map(([, iri]) => iri);
const objectsOf = (subject: string, predicate: string): string[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

describe('ontology/catalog.ttl', () => {
  for (const term of terms) {
    it(`defines ${term.slice(FAIRCAT.$base.length)} with a type, an English label and a comment`, () => {
      assert.ok(objectsOf(term, RDF.type).length > 0, 'no rdf:type');
      assert.ok(quads.some((q) => q.subject.value === term && q.predicate.value === RDFS.label && q.object.termType === 'Literal' && q.object.language === 'en'), 'no English rdfs:label');
      assert.ok(objectsOf(term, RDFS.comment).some((comment) => comment.length > 20), 'no rdfs:comment');
    });
  }

  it('defines no FAIRCat term that src/vocab/FAIRCAT.ts lacks', () => {
    const defined = new Set(quads.map((q) => q.subject.value).filter((iri) => iri.startsWith(FAIRCAT.$base)));
    assert.deepEqual([...defined].filter((iri) => !terms.includes(iri)), []);
  });
});
