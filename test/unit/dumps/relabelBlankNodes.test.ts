import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { relabelBlankNodes } from '../../../src/dumps/relabelBlankNodes.js';
import { parseRdf, sameGraph } from '../../helpers/rdf.js';

const one = '<https://a.test/m/1> <http://schema.org/author> _:n3-0 <https://a.test/m/1> .\n_:n3-0 <http://schema.org/name> "A _:n3-0 B" <https://a.test/m/1> .\n';
const two = '<https://a.test/m/2> <http://schema.org/author> _:n3-0 <https://a.test/m/2> .\n_:n3-0 <http://schema.org/name> "C" <https://a.test/m/2> .\n';

describe('relabelBlankNodes', () => {
  it('keeps each record its own blank nodes when records are concatenated into one dump', () => {
    const dump = parseRdf(relabelBlankNodes(one, '1') + relabelBlankNodes(two, '2'), { format: 'N-Quads' });
    const authors = new Set(dump.filter((q) => q.predicate.value === 'http://schema.org/author').map((q) => q.object.value));
    assert.equal(authors.size, 2);
    assert.ok(sameGraph(dump, [...parseRdf(one, { format: 'N-Quads' }), ...parseRdf(two, { format: 'N-Quads', blankNodePrefix: 'other' } as never)]));
  });

  it('leaves text that only looks like a blank node alone, and records without blank nodes unchanged', () => {
    assert.match(relabelBlankNodes(one, '1'), /"A _:n3-0 B"/);
    const plain = '<https://a.test/m/3> <http://schema.org/name> "x" <https://a.test/m/3> .\n';
    assert.equal(relabelBlankNodes(plain, '3'), plain);
  });
});
