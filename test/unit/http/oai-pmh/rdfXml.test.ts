import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { rdfXml } from '../../../../src/http/oai-pmh/rdfXml.js';
import { catalogIris } from '../../../../src/model/CatalogIris.js';
import type { CatalogRecord } from '../../../../src/model/CatalogRecord.js';
import { materialToQuads } from '../../../../src/model/materialToQuads.js';
import { parseRdfXml } from '../../../helpers/parseRdfXml.js';
import { sameGraph } from '../../../helpers/rdf.js';

const iris = catalogIris('https://w3id.org/faircat-test/', 'http://localhost:3000/');
const { namedNode, literal, blankNode, quad } = DataFactory;

describe('rdfXml', () => {
  for (const name of ['full', 'minimal', 'authors', 'parts']) {
    it(`writes the ${name} record so that an RDF/XML parser reads the same graph`, async () => {
      const record = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/model/records', `${name}.json`), 'utf8')) as CatalogRecord;
      const triples = materialToQuads(record, iris).map((q) => quad(q.subject, q.predicate, q.object));
      assert.ok(sameGraph(await parseRdfXml(rdfXml(triples).text), triples));
    });
  }

  it('keeps language tags, datatypes, blank nodes and markup in text', async () => {
    const b = blankNode('x');
    const triples = [
      quad(namedNode('https://a.test/s?x=1&y=2'), namedNode('http://schema.org/name'), literal('<b>Tom & "Jerry"</b>', 'en')),
      quad(namedNode('https://a.test/s?x=1&y=2'), namedNode('http://schema.org/audience'), b),
      quad(b, namedNode('http://other.test/vocab#level'), literal('3', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
    ];
    assert.ok(sameGraph(await parseRdfXml(rdfXml(triples).text), triples));
  });

  it('refuses a predicate that RDF/XML cannot write', () => {
    assert.throws(() => rdfXml([quad(namedNode('https://a.test/s'), namedNode('https://a.test/p/1'), literal('x'))]), /cannot write/);
  });
});
