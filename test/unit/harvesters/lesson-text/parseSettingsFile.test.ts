import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSettingsFile } from '../../../../harvesters/lesson-text/parseSettingsFile.js';
import { ItemError } from '../../../../src/model/ItemError.js';

describe('parseSettingsFile', () => {
  const at = (path: string): string => `lesson/${path}`;
  const of = (files: Record<string, string>, tooLarge: Record<string, number> = {}) => ({ files: new Map(Object.entries(files)), tooLarge: new Map(Object.entries(tooLarge)) });

  it('reads the settings and keeps the text for line numbers', () => {
    assert.deepEqual(parseSettingsFile(of({ 'config.yaml': 'title: T\n' }), 'config.yaml', at, 'not a lesson'), { settings: { title: 'T' }, text: 'title: T\n' });
  });

  const broken: [string, ReturnType<typeof of>, RegExp, number | undefined][] = [
    ['missing', of({}), /^no config\.yaml: not a lesson$/, undefined],
    ['over the size limit', of({}, { 'config.yaml': 10_485_760 }), /^config\.yaml is 10,485,760 bytes, larger than the 2 MiB limit/, undefined],
    ['malformed', of({ 'config.yaml': 'a: 1\nb: [1, 2\nc: 3\n' }), /^malformed YAML/, 3],
    ['a list', of({ 'config.yaml': '- a\n' }), /^expected config\.yaml to be a mapping of lesson settings, found a list$/, 1],
  ];
  for (const [what, files, message, line] of broken) {
    it(`throws an ItemError naming the file when it is ${what}`, () => {
      assert.throws(() => parseSettingsFile(files, 'config.yaml', at, 'not a lesson'), (error: unknown) =>
        error instanceof ItemError && error.location === 'lesson/config.yaml' && message.test(error.message) && error.line === line);
    });
  }
});
