import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mapWorkbenchLesson } from '../../../../harvesters/carpentries-workbench/mapWorkbenchLesson.js';
import { assertNoProblems, describeFiles, HOSTILE_FRAGMENTS, mapProblems, mutatedFiles } from '../../../helpers/materialInvariants.js';
import { configYaml, episodeMd, fixtureLesson, lessonOf } from './lessonFixtures.js';

describe('mapWorkbenchLesson, on arbitrary and mutated input', () => {
  const shellNovice = fixtureLesson();

  it('gives a clean material or an ItemError for the shell-novice files with hostile edits', () => {
    assertNoProblems(mutatedFiles(shellNovice.files), (files) => mapProblems(() => mapWorkbenchLesson({ location: shellNovice.location, files })), describeFiles(shellNovice.files));
  });

  it('gives a clean material or an ItemError whatever the values of a small lesson\'s settings', () => {
    const keys = ['title', 'url', 'source', 'license', 'keywords', 'lang', 'created', 'life_cycle', 'carpentry', 'description', 'episodes'];
    const value = fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS).map((fragment) => JSON.stringify(fragment)), fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ unit: 'binary', maxLength: 30 }).map((text) => JSON.stringify(text)));
    const overrides = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5 });
    assertNoProblems(fc.tuple(overrides, fc.constantFrom(...HOSTILE_FRAGMENTS)), ([settings, objective]) => mapProblems(() => mapWorkbenchLesson(lessonOf({
      'config.yaml': configYaml(settings), 'episodes/intro.md': episodeMd('Intro', 10, 5, objective), 'episodes/next.md': episodeMd(objective, 1, 1, 'Two.'),
    }))));
  });

  it('gives a clean material or an ItemError for random files', () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    assertNoProblems(fc.tuple(text, text, text), ([config, index, episode]) => mapProblems(() => mapWorkbenchLesson(lessonOf({ 'config.yaml': config, 'index.md': index, 'episodes/e.md': episode }))));
  });
});
