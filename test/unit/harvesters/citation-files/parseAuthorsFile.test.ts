import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAuthorsFile } from '../../../../harvesters/citation-files/parseAuthorsFile.js';
import { fixture } from './fixtures.js';

describe('parseAuthorsFile', () => {
  describe('on the shell-novice AUTHORS (plain names)', () => {
    const info = parseAuthorsFile(fixture('shell-novice/AUTHORS'), 'shell-novice/AUTHORS');

    it('reads all 143 lines as persons, in order', () => {
      assert.equal(info.authors?.length, 143);
      assert.deepEqual(info.authors?.slice(0, 2), [
        { type: 'Person', name: 'Inigo Aldazabal Mensa' },
        { type: 'Person', name: 'Harriet Alexander' },
      ]);
      assert.equal(info.authors?.at(-1)?.name, 'Will Furnass');
    });

    it('keeps accented and particle names whole', () => {
      const names = info.authors?.map((agent) => agent.name) ?? [];
      for (const name of ['Stéphane Guillou', 'Anelda van der Walt', 'Jens von der Linden', 'W. Trevor King']) assert.ok(names.includes(name), name);
    });

    it('gives no warnings', () => assert.deepEqual(info.warnings, []));
  });

  describe('on the hpc-intro AUTHORS (Markdown links, some malformed)', () => {
    const info = parseAuthorsFile(fixture('hpc-intro/AUTHORS'), 'hpc-intro/AUTHORS');

    it('reads the link texts as names, skipping the prose lines that introduce them', () => {
      assert.deepEqual(info.authors?.map((agent) => agent.name), ['Christina Koch', 'ChristinaLK', 'jstaf', 'psteinb', 'symulation', 'tkphd']);
    });

    it('keeps GitHub profile targets as URLs even when the link ends with "]", and no mailto target', () => {
      assert.deepEqual(info.authors?.[0], { type: 'Person', name: 'Christina Koch' });
      assert.deepEqual(info.authors?.[1], { type: 'Person', name: 'ChristinaLK', url: 'https://github.com/ChristinaLK' });
      assert.deepEqual(info.authors?.[4], { type: 'Person', name: 'symulation', url: 'https://github.com/symulation' });
    });

    it('gives no warnings', () => assert.deepEqual(info.warnings, []));
  });

  const lines: [string, string, string | undefined][] = [
    ['a git-style e-mail', 'Jane Doe <jane@example.org>', 'Jane Doe'],
    ['a list item', '* Jane Doe', 'Jane Doe'],
    ['a numbered item', '3. Jane Doe', 'Jane Doe'],
    ['a heading', '# Authors', undefined],
    ['a colon lead-in', 'Contributors:', undefined],
  ];
  for (const [what, line, name] of lines) {
    it(`reads ${what} as ${name === undefined ? 'no name' : `"${name}"`}`, () => {
      assert.deepEqual(parseAuthorsFile(line).authors?.map((agent) => agent.name), name === undefined ? undefined : [name]);
    });
  }

  it('skips placeholder and over-long lines with a warning, and merges repeated names', () => {
    const info = parseAuthorsFile('FIXME\nJane Doe\n' + 'word '.repeat(50) + '\njane doe\n', 'AUTHORS');
    assert.deepEqual(info.authors, [{ type: 'Person', name: 'Jane Doe' }]);
    assert.equal(info.warnings.length, 2);
    assert.match(info.warnings[0] ?? '', /^AUTHORS:1: /);
  });

  it('survives replacement characters from non-UTF-8 bytes', () => {
    const text = new TextDecoder().decode(new Uint8Array([0x4a, 0xf6, 0x72, 0x67, 0x0a, 0x41, 0x6e, 0x6e]));
    assert.deepEqual(parseAuthorsFile(text).authors?.map((agent) => agent.name), ['J\uFFFDrg', 'Ann']);
  });
});
