import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAuthorsFile } from '../../../../harvesters/carpentries-workbench/parseAuthorsFile.js';
import type { AuthorsLine } from '../../../../harvesters/carpentries-workbench/parseAuthorsFile.js';
import { SHELL_NOVICE } from './lessonFixtures.js';

function names(lines: AuthorsLine[]): string[] {
  return lines.flatMap((line) => ('agent' in line ? [line.agent.name] : []));
}

describe('parseAuthorsFile', () => {
  const cases: [string, string, AuthorsLine[]][] = [
    ['plain name lines', 'Inigo Aldazabal Mensa\nHarriet Alexander\n', [
      { agent: { type: 'Person', name: 'Inigo Aldazabal Mensa' } }, { agent: { type: 'Person', name: 'Harriet Alexander' } }]],
    ['blank lines, headings and comments', '# Authors\n\n<!-- sorted -->\nJane Doe\n\n', [{ agent: { type: 'Person', name: 'Jane Doe' } }]],
    ['a placeholder line', 'FIXME\nJane Doe', [{ skipped: 'placeholder "FIXME"' }, { agent: { type: 'Person', name: 'Jane Doe' } }]],
    ['introductory prose', 'HPC Intro is maintained by\n\n- Jane Doe', [
      { skipped: 'not a name: "HPC Intro is maintained by"' }, { agent: { type: 'Person', name: 'Jane Doe' } }]],
    ['a Markdown link to an e-mail address', '- [Christina Koch](mailto:ckoch5@wisc.edu)', [{ agent: { type: 'Person', name: 'Christina Koch' } }]],
    ['a GitHub handle link with a mistyped closing bracket', '- [@ChristinaLK](https://github.com/ChristinaLK]', [
      { agent: { type: 'Person', name: 'ChristinaLK', url: 'https://github.com/ChristinaLK' } }]],
    ['a name with an e-mail address', 'Jane Doe <jane@example.org>', [{ agent: { type: 'Person', name: 'Jane Doe' } }]],
    ['a lone e-mail address', 'team@carpentries.org', []],
    ['non-ASCII names', 'Stéphane Guillou\nAndraš Tšitškan', [
      { agent: { type: 'Person', name: 'Stéphane Guillou' } }, { agent: { type: 'Person', name: 'Andraš Tšitškan' } }]],
    ['CRLF line endings', 'Jane Doe\r\nJohn Roe\r\n', [{ agent: { type: 'Person', name: 'Jane Doe' } }, { agent: { type: 'Person', name: 'John Roe' } }]],
  ];
  for (const [name, text, expected] of cases) {
    it(`reads ${name}`, () => assert.deepEqual(parseAuthorsFile(text), expected));
  }

  it('reads the 143 names of the shell-novice AUTHORS file', () => {
    const lines = parseAuthorsFile(readFileSync(join(process.cwd(), SHELL_NOVICE, 'AUTHORS'), 'utf8'));
    assert.equal(names(lines).length, 143);
    assert.ok(names(lines).includes('Gabriel A. Devenyi'));
    assert.ok(lines.every((line) => 'agent' in line));
  });
});
