import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbenchConfig } from '../../../../harvesters/carpentries-workbench/workbenchConfig.js';
import { parseYamlMapping } from '../../../../harvesters/lesson-text/parseYamlMapping.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { FIXTURES } from './lessonFixtures.js';

describe('workbenchConfig', () => {
  it('reads the shell-novice config.yaml', () => {
    const text = readFileSync(join(FIXTURES, 'shell-novice', 'config.yaml'), 'utf8');
    const warnings: string[] = [];
    const config = workbenchConfig(parseYamlMapping(text, 'config.yaml', 'a mapping'), text, 'config.yaml', warnings);
    assert.deepEqual(
      [config.name, config.carpentry?.name, config.repository, config.url, config.license, config.inLanguage, config.dateCreated, config.creativeWorkStatus, config.keywords],
      ['The Unix Shell', 'Software Carpentry', 'https://github.com/swcarpentry/shell-novice', 'https://swcarpentry.github.io/shell-novice/', 'CC-BY 4.0', 'en', '2014-10-22', 'stable', []],
    );
    assert.equal(config.at('keywords'), 'config.yaml:20 keywords');
    assert.deepEqual(warnings, ['config.yaml:20 keywords: dropped the template default keywords "software, data, lesson, The Carpentries"']);
  });

  it('throws an ItemError with the line for the template\'s placeholder title', () => {
    const text = "carpentry: 'incubator'\ntitle: 'Lesson Title'\n";
    assert.throws(() => workbenchConfig(parseYamlMapping(text, 'config.yaml', 'a mapping'), text, 'config.yaml', []), (error: unknown) =>
      error instanceof ItemError && error.line === 2 && /placeholder/.test(error.message));
  });
});
