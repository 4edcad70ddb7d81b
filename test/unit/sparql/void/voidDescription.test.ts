import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { vocabularies, voidDescription } from '../../../../src/sparql/void/voidDescription.js';
import { DCT, RDF, SCHEMA, VOID } from '../../../../src/vocab/index.js';

const statistics = {
  triples: 30,
  distinctSubjects: 7,
  properties: new Map([[SCHEMA.name, 10], [RDF.type, 20]]),
  classes: new Map([[SCHEMA.LearningResource, 5]]),
  examples: ['https://w3id.org/x/materials/a', 'https://w3id.org/x/materials/b'],
};
const options = {
  document: 'https://faircat.example/void',
  dataset: 'https://faircat.example/void#dataset',
  title: 'A catalog',
  description: 'Lessons.',
  publisher: 'Us',
  license: 'https://creativecommons.org/publicdomain/zero/1.0/',
  sparqlEndpoint: 'https://faircat.example/sparql',
  uriSpace: 'https://w3id.org/x/',
  dataDumps: ['https://faircat.example/dumps/catalog.nq.gz'],
  statistics,
};

describe('voidDescription', () => {
  const quads = voidDescription(options);
  const of = (subject: string, predicate: string): string[] => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

  it('describes the dataset with access points, URI space and statistics (VoID §4–6)', () => {
    assert.deepEqual(of(options.dataset, RDF.type), [VOID.Dataset]);
    assert.deepEqual(of(options.dataset, VOID.sparqlEndpoint), [options.sparqlEndpoint]);
    assert.deepEqual(of(options.dataset, VOID.dataDump), options.dataDumps);
    assert.deepEqual(of(options.dataset, VOID.uriSpace), [options.uriSpace]);
    assert.deepEqual(of(options.dataset, VOID.triples), ['30']);
    assert.deepEqual(of(options.dataset, VOID.distinctSubjects), ['7']);
    assert.deepEqual(of(options.dataset, VOID.properties), ['2']);
    assert.deepEqual(of(options.dataset, VOID.classes), ['1']);
    assert.deepEqual(of(options.dataset, VOID.exampleResource), statistics.examples);
    assert.deepEqual(of(options.dataset, DCT.license), [options.license]);
  });

  it('lists the vocabularies of the properties and classes in use', () => {
    assert.deepEqual(of(options.dataset, VOID.vocabulary).sort(), [RDF.$base, SCHEMA.$base].sort());
  });

  it('has one partition per class and per property, with its counts', () => {
    const classes = of(options.dataset, VOID.classPartition);
    assert.equal(classes.length, 1);
    assert.deepEqual(of(classes[0]!, VOID.class), [SCHEMA.LearningResource]);
    assert.deepEqual(of(classes[0]!, VOID.entities), ['5']);
    const properties = of(options.dataset, VOID.propertyPartition).map((partition) => [of(partition, VOID.property)[0], of(partition, VOID.triples)[0]]);
    assert.deepEqual(properties.sort(), [[SCHEMA.name, '10'], [RDF.type, '20']].sort());
  });

  it('is described by the document at /void', () => {
    assert.deepEqual(of(options.document, RDF.type), [VOID.DatasetDescription]);
  });
});

describe('vocabularies', () => {
  it('cuts IRIs at their last # or /, and ignores IRIs without a path', () => {
    assert.deepEqual(vocabularies(['http://schema.org/name', 'http://schema.org/url', 'http://www.w3.org/ns/prov#Entity', 'urn:x', 'http://example.org']), ['http://schema.org/', 'http://www.w3.org/ns/prov#']);
  });
});
