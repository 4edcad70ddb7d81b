import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordToDataCite } from '../../../src/citation/recordToDataCite.js';
import { dataCiteJsonProblems } from '../../helpers/citationChecks.js';
import { RECORD_FIXTURES, subjectOf } from '../../helpers/recordFixtures.js';

describe('recordToDataCite', () => {
  for (const name of RECORD_FIXTURES) {
    it(`has every mandatory DataCite 4.5 property for the ${name} record`, () => {
      const resource = recordToDataCite(subjectOf(name));
      assert.deepEqual(dataCiteJsonProblems(resource as unknown as Record<string, unknown>), []);
      assert.equal(resource.types.resourceTypeGeneral, 'InteractiveResource');
      assert.equal(resource.schemaVersion, 'http://datacite.org/schema/kernel-4');
    });
  }

  it('finds a resource without creators, titles or year incomplete (the check can fail)', () => {
    assert.deepEqual(dataCiteJsonProblems({ identifiers: [], creators: [], titles: [], publisher: '', publicationYear: 'soon', types: {} }), [
      '1 Identifier', '2 Creator', '3 Title', '4 Publisher', '5 PublicationYear', '10 ResourceType',
    ]);
  });

  it('uses the material DOI as the identifier and lists the PID and other identifiers after it', () => {
    const resource = recordToDataCite(subjectOf('full'));
    assert.equal(resource.doi, '10.5281/zenodo.7886938');
    assert.equal(resource.id, 'https://doi.org/10.5281/zenodo.7886938');
    assert.deepEqual(resource.identifiers, [
      { identifier: '10.5281/zenodo.7886938', identifierType: 'DOI' },
      { identifier: 'https://w3id.org/faircat-test/materials/m3x7k2q9', identifierType: 'URL' },
      { identifier: '10.5281/zenodo.7886939', identifierType: 'DOI' },
      { identifier: 'https://hdl.handle.net/20.500.12345/678', identifierType: 'URL' },
    ]);
  });

  it('identifies a material without a DOI by its PID and credits its provider as an organisation', () => {
    const resource = recordToDataCite(subjectOf('minimal'));
    assert.equal(resource.doi, undefined);
    assert.deepEqual(resource.identifiers, [{ identifier: subjectOf('minimal').citeAs, identifierType: 'URL' }]);
    assert.deepEqual(resource.creators, [{ name: 'Software Carpentry', nameType: 'Organizational', nameIdentifiers: [] }]);
  });

  it('gives persons family and given names and their ORCID iD, and the licence as an SPDX right', () => {
    const resource = recordToDataCite(subjectOf('full'));
    assert.deepEqual(resource.creators[0], {
      name: 'Carberry, Josiah', nameType: 'Personal', givenName: 'Josiah', familyName: 'Carberry',
      nameIdentifiers: [{ nameIdentifier: 'https://orcid.org/0000-0002-1825-0097', nameIdentifierScheme: 'ORCID', schemeUri: 'https://orcid.org' }],
    });
    assert.deepEqual(resource.rightsList, [{ rights: 'CC-BY-4.0', rightsUri: 'https://spdx.org/licenses/CC-BY-4.0', rightsIdentifier: 'cc-by-4.0', rightsIdentifierScheme: 'SPDX', schemeUri: 'https://spdx.org/licenses/' }]);
    assert.equal(resource.publicationYear, 2023);
  });

  it('relates a cited version to the record it is a version of', () => {
    const resource = recordToDataCite(subjectOf('full', 2));
    assert.ok(resource.relatedIdentifiers.some((r) => r.relationType === 'IsVersionOf' && r.relatedIdentifier === 'https://w3id.org/faircat-test/materials/m3x7k2q9'));
  });
});
