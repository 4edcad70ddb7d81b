import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseLicense } from '../../../src/normalise/normaliseLicense.js';
import { DEPRECATED_SPDX_LICENSE_IDS, SPDX_LICENSE_IDS } from '../../../src/normalise/SPDX_LICENSE_IDS.js';
import { IDENTIFIER_BASES } from '../../../src/vocab/PROFILES.js';

/** [input, SPDX id, where the spelling comes from] */
const known: [string, string, string][] = [
  ['CC-BY 4.0', 'CC-BY-4.0', 'shell-novice config.yaml'],
  ['License: CC BY 4.0', 'CC-BY-4.0', 'hpc-intro LICENSE.md title'],
  ['CC-BY-4.0', 'CC-BY-4.0', 'git-intro CITATION.cff, shell-novice .zenodo.json'],
  ['cc-by-4.0', 'CC-BY-4.0', 'Zenodo license.id'],
  ['CC BY 4.0', 'CC-BY-4.0', 'prose'],
  ['https://creativecommons.org/licenses/by/4.0/', 'CC-BY-4.0', 'git-intro bioschemas.yml'],
  ['http://creativecommons.org/licenses/by-sa/4.0/legalcode', 'CC-BY-SA-4.0', 'legal code URL'],
  ['https://creativecommons.org/licenses/by-nc/4.0/deed.en', 'CC-BY-NC-4.0', 'deed URL'],
  ['https://spdx.org/licenses/CC-BY-4.0.html', 'CC-BY-4.0', 'Galaxy 101 JSON-LD'],
  ['https://spdx.org/licenses/Apache-2.0.html', 'Apache-2.0', 'TeSS OAI-PMH record 1'],
  ['https://spdx.org/licenses/MIT.html', 'MIT', 'TeSS OAI-PMH record 2'],
  ['https://spdx.org/licenses/CC-BY-4.0', 'CC-BY-4.0', 'our own IRI'],
  ['MIT', 'MIT', 'SPDX id'],
  ['MIT License', 'MIT', 'licence name'],
  ['The MIT License (MIT)', 'MIT', 'Glittr README'],
  ['http://www.opensource.org/licenses/mit-license.php', 'MIT', 'old OSI URL'],
  ['Apache 2.0', 'Apache-2.0', 'informal'],
  ['Apache License, Version 2.0', 'Apache-2.0', 'licence title'],
  ['https://www.apache.org/licenses/LICENSE-2.0', 'Apache-2.0', 'Apache URL'],
  ['https://opensource.org/license/apache-2-0', 'Apache-2.0', 'new OSI URL'],
  ['BSD-3-Clause', 'BSD-3-Clause', 'RSE toolkit code licence'],
  ['CC0', 'CC0-1.0', 'informal'],
  ['cc0-1.0', 'CC0-1.0', 'Zenodo license.id'],
  ['cc-zero', 'CC0-1.0', 'Zenodo legacy license id'],
  ['CC0 1.0 Universal', 'CC0-1.0', 'licence title'],
  ['https://creativecommons.org/publicdomain/zero/1.0/', 'CC0-1.0', 'CC0 URL'],
  ['GPL-3.0', 'GPL-3.0-only', 'deprecated SPDX id'],
  ['GPL-3.0+', 'GPL-3.0-or-later', 'deprecated SPDX id'],
  ['GNU GPLv3', 'GPL-3.0-only', 'informal'],
  ['GNU General Public License v3.0 or later', 'GPL-3.0-or-later', 'GitHub licence name'],
  ['https://www.gnu.org/licenses/gpl-3.0.en.html', 'GPL-3.0-only', 'GNU URL'],
  ['LGPLv3', 'LGPL-3.0-only', 'informal'],
  ['CC BY-NC-SA 4.0', 'CC-BY-NC-SA-4.0', 'prose'],
  ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0', 'licence title'],
  ['Creative Commons Attribution 4.0 International (CC BY 4.0)', 'CC-BY-4.0', 'title with abbreviation'],
  ['Creative Commons Attribution-ShareAlike 4.0 International License', 'CC-BY-SA-4.0', 'licence title'],
  ['The Unlicense', 'Unlicense', 'licence title'],
  ['SPDX-License-Identifier: MIT', 'MIT', 'source header'],
  ['  cc-by-4.0  ', 'CC-BY-4.0', 'padded'],
];

/** [input, why it cannot be mapped] */
const unknown: [string, string][] = [
  ['CC-BY', 'no version'],
  ['BSD', 'no clause count'],
  ['MIT OR Apache-2.0', 'an SPDX expression, not one licence'],
  ['CC BY 4.0 for text, MIT for code', 'two licences'],
  ['https://creativecommons.org/licenses/by/3.0/us/', 'a jurisdiction port outside the table'],
  ['https://github.com/swcarpentry/shell-novice/blob/main/LICENSE.md', 'a licence file, not a licence'],
  ['https://spdx.org/licenses/Not-A-Licence.html', 'an unknown SPDX page'],
  ['Licenses', 'shell-novice LICENSE.md title'],
  ['FIXME', 'a placeholder'],
  ['', 'empty'],
  ['proprietary', 'not an open licence we know'],
];

describe('normaliseLicense', () => {
  for (const [input, id, origin] of known) {
    it(`maps ${JSON.stringify(input)} (${origin}) to the SPDX IRI of ${id}`, () => {
      assert.equal(normaliseLicense(input), IDENTIFIER_BASES.spdx + id);
    });
  }

  for (const [input, reason] of unknown) {
    it(`returns undefined for ${JSON.stringify(input)}: ${reason}`, () => {
      assert.equal(normaliseLicense(input), undefined);
    });
  }

  it('maps every identifier of the table to itself, so no two spellings collide', () => {
    for (const id of SPDX_LICENSE_IDS) assert.equal(normaliseLicense(id), IDENTIFIER_BASES.spdx + id, id);
  });

  it('maps every deprecated identifier to the replacement SPDX names', () => {
    for (const [deprecated, id] of Object.entries(DEPRECATED_SPDX_LICENSE_IDS)) {
      assert.equal(normaliseLicense(deprecated), IDENTIFIER_BASES.spdx + id, deprecated);
    }
  });
});
