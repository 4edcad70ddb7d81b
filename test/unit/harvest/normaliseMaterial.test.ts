import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseMaterial } from '../../../src/harvest/normaliseMaterial.js';
import { emptyMaterial, type Material } from '../../../src/model/Material.js';

const base = (): Material => emptyMaterial({ name: 'Introduction to version control', description: 'Version control with Git.', url: 'https://coderefinery.github.io/git-intro/', keywords: ['git'] });

/** Oddities from the developer corpus (../shared/corpus/README.md), each with its normal form or its fate. */
const table: [string, Partial<Material>, (m: Material) => unknown, unknown, RegExp | undefined][] = [
  // what, fields, what to look at, expected, warning
  ['a licence spelled "CC-BY 4.0" becomes its SPDX IRI', { license: 'CC-BY 4.0' }, (m) => m.license, 'https://spdx.org/licenses/CC-BY-4.0', undefined],
  ['a Creative Commons URL becomes the SPDX IRI', { license: 'https://creativecommons.org/licenses/by/4.0/' }, (m) => m.license, 'https://spdx.org/licenses/CC-BY-4.0', undefined],
  ['an SPDX HTML page URL becomes the SPDX IRI', { license: 'https://spdx.org/licenses/Apache-2.0.html' }, (m) => m.license, 'https://spdx.org/licenses/Apache-2.0', undefined],
  ['an unknown licence is dropped with a warning', { license: 'do what you like' }, (m) => m.license, undefined, /license "do what you like" dropped/],
  ['a date with a time zone offset becomes an ISO date', { dateModified: '2022-10-18 14:23:35 +0000' }, (m) => m.dateModified, '2022-10-18', undefined],
  ['an ISO date-time stays as it is', { dateModified: '2024-05-10T14:03:22Z' }, (m) => m.dateModified, '2024-05-10T14:03:22Z', undefined],
  ['a dotted date becomes ISO', { datePublished: '2025.01.21' }, (m) => m.datePublished, '2025-01-21', undefined],
  ['a date that is not one is dropped with a warning', { dateCreated: 'FIXME' }, (m) => m.dateCreated, undefined, /dateCreated "FIXME" dropped/],
  ['a bare DOI becomes a doi.org IRI', { doi: '10.5281/zenodo.16925023' }, (m) => m.doi, 'https://doi.org/10.5281/zenodo.16925023', undefined],
  ['a doi: DOI becomes a doi.org IRI, lower-cased', { doi: 'doi:10.5281/ZENODO.1' }, (m) => m.doi, 'https://doi.org/10.5281/zenodo.1', undefined],
  ['a placeholder DOI is dropped with a warning', { doi: '10.1234/zenodo.xxxxx' }, (m) => m.doi, undefined, /doi .* dropped/],
  ['"en-UK" becomes the BCP 47 tag en-GB', { inLanguage: 'en-UK' }, (m) => m.inLanguage, 'en-GB', undefined],
  ['a language name becomes its code', { inLanguage: 'English' }, (m) => m.inLanguage, 'en', undefined],
  ['a <USERNAME>/<PROJECT> repository is dropped with a warning', { repository: 'https://github.com/<USERNAME>/<PROJECT>' }, (m) => m.repository, undefined, /repository .* dropped/],
  ['runs of whitespace in a title collapse', { name: '  Introduction \t to\n version control ' }, (m) => m.name, 'Introduction to version control', undefined],
  ['a FIXME description is dropped (the record is then invalid)', { description: 'FIXME: describe this lesson' }, (m) => m.description, '', /description .* dropped: template placeholder/],
  ['lorem ipsum is dropped', { description: 'Lorem ipsum dolor sit amet.' }, (m) => m.description, '', /template placeholder/],
  ['the Workbench boilerplate description is kept but flagged', { description: 'A Carpentries Lesson teaching foundational data and coding skills to researchers worldwide.' }, (m) => m.description.length > 0, true, /boilerplate/],
  ['placeholder and duplicate keywords are dropped', { keywords: ['git', 'FIXME', 'Git', ' version control '] }, (m) => m.keywords, ['git', 'version control'], /keyword "FIXME" dropped/],
];

describe('normaliseMaterial', () => {
  for (const [what, fields, pick, expected, warning] of table) {
    it(what, () => {
      const { material, warnings } = normaliseMaterial({ ...base(), ...fields });
      assert.deepEqual(pick(material), expected);
      if (warning) assert.ok(warnings.some((w) => warning.test(w)), `no warning like ${warning} in ${JSON.stringify(warnings)}`);
      else assert.deepEqual(warnings, []);
    });
  }

  it('validates ORCID checksums: keeps a valid iD as an orcid.org IRI and drops a bad one with a warning', () => {
    const { material, warnings } = normaliseMaterial({
      ...base(),
      authors: [{ type: 'Person', name: 'Josiah Carberry', orcid: '0000-0002-1825-0097' }, { type: 'Person', name: 'Bad Checksum', orcid: '0000-0002-1825-0098' }],
    });
    assert.deepEqual(material.authors, [{ type: 'Person', name: 'Josiah Carberry', orcid: 'https://orcid.org/0000-0002-1825-0097' }, { type: 'Person', name: 'Bad Checksum' }]);
    assert.match(warnings.join('\n'), /ORCID "0000-0002-1825-0098" .* dropped/);
  });

  it('is idempotent: a normalised material passes unchanged and without warnings', () => {
    const once = normaliseMaterial({ ...base(), license: 'CC-BY 4.0', inLanguage: 'en-UK', doi: 'doi:10.5281/zenodo.1', keywords: ['git', 'Git'] }).material;
    const twice = normaliseMaterial(once);
    assert.deepEqual(twice, { material: once, warnings: [] });
  });
});
