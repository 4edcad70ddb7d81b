import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseAgentName } from '../../../src/normalise/normaliseAgentName.js';

/** [input, name or undefined, where it comes from] */
const cases: [string, string | undefined, string][] = [
  ['Gerard Capes', 'Gerard Capes', 'shell-novice .zenodo.json'],
  ['  G. A.   Devenyi ', 'G. A. Devenyi', 'whitespace'],
  ['bkmgit', 'bkmgit', '.zenodo.json: a GitHub handle as a name'],
  ['Bj\u00f8rn Lindi', 'Bjørn Lindi', 'git-intro bioschemas.yml escaped name'],
  ['CodeRefinery', 'CodeRefinery', 'git-intro CITATION.cff organisation'],
  ['CodeRefinery contributors', 'CodeRefinery contributors', 'git-intro conf.py author, a group'],
  ['David Henty EPCC', 'David Henty EPCC', 'ARCHER2 trainers: person and organisation mixed, kept as written'],
  ['Gabriel A. Devenyi (Ed.)', 'Gabriel A. Devenyi', 'shell-novice CITATION editor mark'],
  ['- [Christina Koch](mailto:ckoch5@wisc.edu)', 'Christina Koch', 'hpc-intro AUTHORS maintainer'],
  ['- [@ChristinaLK](https://github.com/ChristinaLK]', '@ChristinaLK', 'hpc-intro AUTHORS malformed Markdown link'],
  ['- [@jstaf](https://github.com/jstaf)', '@jstaf', 'hpc-intro AUTHORS'],
  ['Jane Doe <jane.doe@example.org>', 'Jane Doe', 'trailing address in angle brackets'],
  ['Jane Doe (jane.doe@example.org)', 'Jane Doe', 'trailing address in parentheses'],
  ['Jane Doe, jane.doe@example.org', 'Jane Doe', 'trailing address after a comma'],
  ['Tomas Beuzen & Tiffany Timbers', 'Tomas Beuzen & Tiffany Timbers', 'INTERSECT author: two people, kept as written'],
  ['team@carpentries.org', undefined, 'shell-novice config.yaml contact: an address, not a name'],
  ['The contributors', undefined, 'gpu-programming conf.py author'],
  ['…', undefined, 'shell-novice CITATION elision'],
  ['et al.', undefined, 'filler'],
  ['FIXME', undefined, 'placeholder'],
  ['<YOUR NAME>', undefined, 'template slot'],
  ['', undefined, 'empty'],
];

describe('normaliseAgentName', () => {
  for (const [input, expected, origin] of cases) {
    it(`${expected === undefined ? 'rejects' : `reads ${JSON.stringify(expected)} from`} ${JSON.stringify(input)} (${origin})`, () => {
      assert.equal(normaliseAgentName(input), expected);
    });
  }
});
