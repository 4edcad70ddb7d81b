import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { licenseIdFromUrl } from '../../../src/normalise/licenseIdFromUrl.js';

const cases: [string, string | undefined][] = [
  ['https://spdx.org/licenses/CC-BY-4.0.html', 'CC-BY-4.0'],
  ['https://spdx.org/licenses/Apache-2.0.json', 'Apache-2.0'],
  ['https://creativecommons.org/licenses/by/4.0/', 'CC-by-4.0'],
  ['http://creativecommons.org/licenses/by-sa/4.0/legalcode', 'CC-by-sa-4.0'],
  ['https://creativecommons.org/licenses/by/4.0/legalcode.de', 'CC-by-4.0'],
  ['https://creativecommons.org/licenses/by/3.0/igo/', 'CC-by-3.0-igo'],
  ['https://creativecommons.org/publicdomain/zero/1.0/', 'CC0-1.0'],
  ['https://creativecommons.org/publicdomain/mark/1.0/', undefined],
  ['https://opensource.org/licenses/MIT', 'MIT'],
  ['https://opensource.org/license/bsd-3-clause', 'bsd-3-clause'],
  ['https://opensource.org/license/mpl-2-0', 'mpl-2.0'],
  ['http://www.apache.org/licenses/LICENSE-2.0.txt', 'Apache-2.0'],
  ['https://www.gnu.org/licenses/old-licenses/gpl-2.0.html', 'gpl-2.0'],
  ['https://choosealicense.com/licenses/mit/', 'mit'],
  ['https://coderefinery.org/', undefined],
];

describe('licenseIdFromUrl', () => {
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(licenseIdFromUrl(new URL(input)), expected);
    });
  }
});
