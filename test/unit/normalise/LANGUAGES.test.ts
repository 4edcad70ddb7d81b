import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES } from '../../../src/normalise/LANGUAGES.js';

describe('LANGUAGES', () => {
  it('gives every code and name to one language only', () => {
    const owners = new Map<string, string>();
    for (const language of LANGUAGES) {
      for (const key of [language.tag, ...language.codes, ...language.names]) {
        const owner = owners.get(key);
        assert.ok(owner === undefined || owner === language.tag, `${key} belongs to ${String(owner)} and ${language.tag}`);
        owners.set(key, language.tag);
      }
    }
  });

  it('uses two-letter primary tags, three-letter codes and lower-case names', () => {
    for (const language of LANGUAGES) {
      assert.match(language.tag, /^[a-z]{2}$/);
      for (const code of language.codes) assert.match(code, /^[a-z]{3}$/);
      for (const name of language.names) assert.equal(name, name.toLowerCase());
    }
  });
});
