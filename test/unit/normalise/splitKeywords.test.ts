import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitKeywords } from '../../../src/normalise/splitKeywords.js';

/** [value, keywords, where the shape comes from] */
const cases: [unknown, string[], string][] = [
  ['software, data, lesson, The Carpentries', [], 'shell-novice config.yaml template keywords'],
  [['software', 'data', 'lesson', 'The Carpentries'], [], 'the template keywords as a list'],
  ['version control, git', ['version control', 'git'], 'git-intro bioschemas.yml comma string'],
  ['documentation, sphinx, static website', ['documentation', 'sphinx', 'static website'], 'documentation bioschemas.yml'],
  [{ Git: null }, ['Git'], 'INTERSECT training.yml tags: {Git}'],
  [{ Git: null, Collaboration: null }, ['Git', 'Collaboration'], 'INTERSECT tags: {Git, Collaboration}'],
  [{ 'Software Engineering': null, Development: null }, ['Software Engineering', 'Development'], 'INTERSECT tags: {Software Engineering,Development}'],
  [['developer', 'intermediate'], ['developer', 'intermediate'], 'ARCHER2 keywords list'],
  [['testing', 'example'], ['testing', 'example'], 'TeSS repeated sdo:keywords'],
  ['introduction', ['introduction'], 'Galaxy 101 keywords'],
  ['testing, documentaiton, design, licensing', ['testing', 'documentaiton', 'design', 'licensing'], 'RSE toolkit CSV skills, typo kept'],
  [
    'project setups, IDEs, Conda & VirtualEnv, documentation (using Sphinx), testing ',
    ['project setups', 'IDEs', 'Conda & VirtualEnv', 'documentation (using Sphinx)', 'testing'],
    'RSE toolkit CSV skills with a trailing space',
  ],
  [['python', 'english', 'digital-humanities', 'spreadsheets'], ['python', 'english', 'digital-humanities', 'spreadsheets'], 'Carpentries feed lesson_tags'],
  [[], [], 'Sciware keywords: []'],
  [['a, b', 'A', ' c '], ['a', 'b', 'c'], 'Zenodo keywords as one comma string in a list, duplicates by case'],
  [['HPC', 'hpc', 'Hpc'], ['HPC'], 'first spelling wins'],
  ['Python; R;;', ['Python', 'R'], 'semicolons and empties'],
  ['git\nshell', ['git', 'shell'], 'line breaks'],
  [['Python', 'FIXME', '', 'none'], ['Python'], 'placeholders dropped one by one'],
  [[{ '@type': 'DefinedTerm', name: 'HPC' }], ['HPC'], 'schema.org DefinedTerm'],
  [['python', ['r', ['sql']]], ['python', 'r', 'sql'], 'nested lists'],
  [[2020, 'python'], ['2020', 'python'], 'numbers from YAML'],
  [new Set(['git', 'git']), ['git'], 'a Set'],
  [null, [], 'null'],
  [undefined, [], 'absent'],
  [true, [], 'a boolean'],
  ['', [], 'empty string'],
];

describe('splitKeywords', () => {
  for (const [value, expected, origin] of cases) {
    const shown = value instanceof Set ? `Set(${JSON.stringify([...value])})` : JSON.stringify(value);
    it(`turns ${shown ?? 'undefined'} into ${JSON.stringify(expected)} (${origin})`, () => {
      assert.deepEqual(splitKeywords(value), expected);
    });
  }
});
