import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { licenseOfLicenseFile } from '../../../../harvesters/carpentries-legacy/licenseOfLicenseFile.js';

describe('licenseOfLicenseFile', () => {
  const cases: [string, string, string | undefined][] = [
    ['the front-matter title', '---\ntitle: "License: CC BY 4.0"\n---\nMIT license for code.\n', 'https://spdx.org/licenses/CC-BY-4.0'],
    ['the first heading without front matter', '# Licence: CC-BY-4.0\n\nText.\n', 'https://spdx.org/licenses/CC-BY-4.0'],
    ['nothing from a body that names licences in prose', 'Under the MIT license and CC BY 4.0.\n', undefined],
    ['nothing from an unknown title', '---\ntitle: Licenses\n---\n', undefined],
  ];
  for (const [what, text, expected] of cases) {
    it(`reads ${what}`, () => assert.equal(licenseOfLicenseFile(text, 'LICENSE.md', []), expected));
  }

  it('warns when it recognises no licence', () => {
    const warnings: string[] = [];
    licenseOfLicenseFile('nothing', 'LICENSE.md', warnings);
    assert.equal(warnings.length, 1);
  });
});
