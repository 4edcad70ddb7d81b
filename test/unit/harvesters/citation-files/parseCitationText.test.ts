import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitationText } from '../../../../harvesters/citation-files/parseCitationText.js';
import { fixture } from './fixtures.js';

describe('parseCitationText', () => {
  it('finds the DOI in the old resolver form of the shell-novice CITATION', () => {
    const info = parseCitationText(fixture('shell-novice/CITATION'), 'shell-novice/CITATION');
    assert.equal(info.doi, 'https://doi.org/10.5281/zenodo.3266823');
    assert.equal(info.identifiers, undefined);
    assert.deepEqual(info.warnings, []);
  });

  it('keeps the citation text without its "Please cite as:" lead-in, on one line', () => {
    const info = parseCitationText(fixture('shell-novice/CITATION'), 'shell-novice/CITATION');
    assert.match(info.citation ?? '', /^Gabriel A\. Devenyi \(Ed\.\), Gerard Capes \(Ed\.\),/);
    assert.match(info.citation ?? '', /Zenodo\. http:\/\/doi\.org\/10\.5281\/zenodo\.3266823$/);
    assert.ok(!(info.citation ?? '').includes('\n'));
  });

  it('gives nothing but a warning for the hpc-intro placeholder "FIXME: describe how to cite this lesson."', () => {
    const info = parseCitationText(fixture('hpc-intro/CITATION'), 'hpc-intro/CITATION');
    assert.deepEqual(Object.keys(info), ['warnings']);
    assert.equal(info.warnings.length, 1);
    assert.match(info.warnings[0] ?? '', /^hpc-intro\/CITATION: placeholder text/);
  });

  it('keeps further DOIs as identifiers', () => {
    const info = parseCitationText('Cite doi:10.5281/zenodo.1 and https://doi.org/10.5281/zenodo.2 and again 10.5281/zenodo.1.', 'CITATION');
    assert.equal(info.doi, 'https://doi.org/10.5281/zenodo.1');
    assert.deepEqual(info.identifiers, ['https://doi.org/10.5281/zenodo.2']);
  });

  it('gives nothing for an empty file', () => {
    assert.deepEqual(parseCitationText('\n\n', 'CITATION'), { warnings: [] });
  });
});
