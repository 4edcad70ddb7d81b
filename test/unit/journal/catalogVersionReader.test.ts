import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogVersionReader } from '../../../src/journal/catalogVersionReader.js';
import { Journal } from '../../../src/journal/Journal.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

describe('catalogVersionReader', () => {
  it('reads the catalog version as it changes, 0 before the first change', () => {
    const journal = Journal.open(':memory:', recordSerialiser(catalogIris('https://w3id.org/t/', 'http://t.test/')));
    const version = catalogVersionReader(journal);
    assert.equal(version(), 0);
    journal.bumpCatalogVersion();
    journal.bumpCatalogVersion();
    assert.equal(version(), journal.catalogVersion());
    assert.equal(version(), 2);
    journal.close();
  });
});
