import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_LD_CONTEXT } from '../../../src/model/jsonLdContext.js';
import { DCT, FAIRCAT, PROV, SCHEMA, XSD } from '../../../src/vocab/index.js';

const context = JSON_LD_CONTEXT['@context'] as Record<string, unknown>;

describe('JSON_LD_CONTEXT', () => {
  it('is the parsed ontology/context.jsonld', () => {
    const file: unknown = JSON.parse(readFileSync(join(process.cwd(), 'ontology/context.jsonld'), 'utf8'));
    assert.deepEqual(JSON_LD_CONTEXT, file);
  });

  it('uses the http schema.org namespace as its vocabulary (DESIGN §3)', () => {
    assert.equal(context['@vocab'], SCHEMA.$base);
    assert.equal(context.schema, SCHEMA.$base);
  });

  it('declares the prefixes FAIRCat documents use', () => {
    assert.deepEqual(
      ['schema', 'dct', 'prov', 'xsd', 'skos', 'hydra', 'void', 'sd', 'as', 'owl', 'faircat'].filter((prefix) => typeof context[prefix] !== 'string'),
      [],
    );
    assert.equal(context.dct, DCT.$base);
    assert.equal(context.prov, PROV.$base);
    assert.equal(context.faircat, FAIRCAT.$base);
    assert.equal(context.xsd, XSD.$base);
    assert.equal(context.hydra, 'http://www.w3.org/ns/hydra/core#');
    assert.equal(context.as, 'https://www.w3.org/ns/activitystreams#');
  });

  it('keeps @id and @type as they are, without id/type aliases', () => {
    assert.equal(context.id, undefined);
    assert.equal(context.type, undefined);
  });

  it('coerces IRI-valued terms to @id but leaves teaches, which mixes text and IRIs, alone', () => {
    for (const term of ['url', 'license', 'identifier', 'sameAs', 'isPartOf', 'provider', 'hasPart', 'author', 'contributor', 'conformsTo', 'wasGeneratedBy', 'wasDerivedFrom', 'sourceRepository']) {
      assert.equal((context[term] as { '@type'?: string } | undefined)?.['@type'], '@id', term);
    }
    assert.equal((context.teaches as { '@type'?: string })['@type'], undefined);
  });

  it('types dates, times and positions', () => {
    const typeOf = (term: string): unknown => (context[term] as { '@type'?: string })['@type'];
    assert.deepEqual(['dateCreated', 'dateModified', 'datePublished'].map(typeOf), ['xsd:date', 'xsd:date', 'xsd:date']);
    assert.equal(typeOf('generatedAtTime'), 'xsd:dateTime');
    assert.equal(typeOf('position'), 'xsd:integer');
  });

  it('maps every FAIRCat term into the FAIRCat namespace', () => {
    for (const [key, iri] of Object.entries(FAIRCAT)) {
      if (key === '$base') continue;
      const definition = context[key];
      const id = typeof definition === 'string' ? definition : (definition as { '@id'?: string } | undefined)?.['@id'];
      assert.equal(id?.replace(/^faircat:/, FAIRCAT.$base), iri, key);
    }
  });

  it('is frozen, so that no caller can change what every document means', () => {
    assert.ok(Object.isFrozen(JSON_LD_CONTEXT));
    assert.ok(Object.isFrozen(context));
    assert.ok(Object.isFrozen(context.keywords));
  });
});
