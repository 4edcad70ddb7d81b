import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonLicense } from '../../../../harvesters/carpentries-workbench/lessonLicense.js';

const CC_BY = 'https://spdx.org/licenses/CC-BY-4.0';

describe('lessonLicense', () => {
  it("maps the Workbench 'CC-BY 4.0' to SPDX", () => {
    assert.equal(lessonLicense([{ value: 'CC-BY 4.0', where: 'config.yaml' }], []), CC_BY);
  });

  it('falls through an unknown or placeholder statement to the next, warning about each', () => {
    const warnings: string[] = [];
    const license = lessonLicense([
      { value: 'FIXME', where: 'config.yaml' },
      { value: 'Licenses', where: 'LICENSE.md title' },
      { value: 'License: CC BY 4.0', where: 'other LICENSE.md title' },
    ], warnings);
    assert.equal(license, CC_BY);
    assert.equal(warnings.length, 2);
  });

  it('gives undefined when nothing states a licence', () => {
    assert.equal(lessonLicense([{ where: 'config.yaml' }], []), undefined);
  });
});
