import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordNodeToMaterial } from '../../../../harvesters/faircat/recordNodeToMaterial.js';
import { catalogIris } from '../../../../src/model/CatalogIris.js';
import type { CatalogRecord } from '../../../../src/model/CatalogRecord.js';
import type { Material } from '../../../../src/model/Material.js';
import { materialToJsonLd } from '../../../../src/model/materialToJsonLd.js';

const iris = catalogIris('https://w3id.org/faircat-origin/', 'http://origin.test/');

function loadRecord(name: string): CatalogRecord {
  return JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/model/records', `${name}.json`), 'utf8')) as CatalogRecord;
}

/** The published graph lists every DOI among the identifiers; which one is *the* DOI is not in it. */
function published(material: Material): Material {
  const { doi, ...rest } = material;
  return { ...rest, identifiers: [...(doi === undefined ? [] : [doi]), ...material.identifiers] };
}

describe('recordNodeToMaterial', () => {
  for (const name of ['full', 'minimal', 'authors', 'parts']) {
    it(`reads back the ${name} record as it was published, with the origin record IRI added to sameAs`, () => {
      const record = loadRecord(name);
      const { '@context': _context, ...node } = materialToJsonLd(record, iris) as Record<string, unknown>;
      const mapped = recordNodeToMaterial(node);
      assert.ok(typeof mapped !== 'string', String(mapped));
      const origin = iris.material(record.id);
      assert.equal(mapped.origin, origin);
      assert.deepEqual(published(mapped.material), published({ ...record.material, sameAs: [...(record.material.sameAs ?? []), origin] }));
    });
  }

  it('takes the first DOI among the identifiers as the material DOI', () => {
    const mapped = recordNodeToMaterial({ '@id': 'https://o.test/materials/a', '@type': 'LearningResource', name: 'A', url: 'https://a.test/', identifier: ['https://o.test/materials/a', 'https://doi.org/10.1/x', 'https://doi.org/10.1/y'] });
    assert.ok(typeof mapped !== 'string');
    assert.equal(mapped.material.doi, 'https://doi.org/10.1/x');
    assert.deepEqual(mapped.material.identifiers, ['https://doi.org/10.1/y']);
  });

  const refused: [string, unknown, RegExp][] = [
    ['a string', 'lesson', /not a JSON object/],
    ['a node without @id', { '@type': 'LearningResource', name: 'A', url: 'https://a.test/' }, /no record IRI/],
    ['a node of another type', { '@id': 'https://o.test/x', '@type': 'Event', name: 'A', url: 'https://a.test/' }, /not a LearningResource/],
    ['a node without url', { '@id': 'https://o.test/x', '@type': 'LearningResource', name: 'A' }, /no name or no url/],
  ];
  for (const [label, node, message] of refused) {
    it(`refuses ${label}`, () => {
      assert.match(String(recordNodeToMaterial(node)), message);
    });
  }
});
