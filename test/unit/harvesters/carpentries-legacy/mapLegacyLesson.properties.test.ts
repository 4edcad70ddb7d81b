import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mapLegacyLesson } from '../../../../harvesters/carpentries-legacy/mapLegacyLesson.js';
import { readLegacyLesson } from '../../../../harvesters/carpentries-legacy/readLegacyLesson.js';
import { assertNoProblems, describeFiles, HOSTILE_FRAGMENTS, mapProblems, mutatedFiles } from '../../../helpers/materialInvariants.js';
import { localReader } from '../../../helpers/localReader.js';
import { configYml, episodeMd, HPC_INTRO, lessonOf } from './legacyFixtures.js';

describe('mapLegacyLesson, on arbitrary and mutated input', async () => {
  const hpcIntro = await readLegacyLesson({ location: HPC_INTRO, repository: 'carpentries-incubator/hpc-intro' }, localReader());

  it('gives a clean material or an ItemError for the hpc-intro files with hostile edits', () => {
    assertNoProblems(mutatedFiles(hpcIntro.files), (files) => mapProblems(() => mapLegacyLesson({ ...hpcIntro, files })), describeFiles(hpcIntro.files));
  });

  it('gives a clean material or an ItemError whatever the values of the front matter and index page', () => {
    const fragment = fc.constantFrom(...HOSTILE_FRAGMENTS);
    assertNoProblems(fc.tuple(fragment, fragment, fragment, fragment), ([title, question, url, prose]) => mapProblems(() => mapLegacyLesson(lessonOf({
      '_config.yml': configYml({ url: JSON.stringify(url) }),
      '_episodes/01-a.md': episodeMd(`title: ${JSON.stringify(title)}`, 'questions:', `- ${JSON.stringify(question)}`, `objectives: ${question}`),
      'index.md': `${prose}\n\n> ## Prerequisites\n> - ${prose}\n{: .prereq}\n`,
    }))));
  });

  it('gives a clean material or an ItemError for random files', () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    assertNoProblems(fc.tuple(text, text, text), ([config, episode, index]) =>
      mapProblems(() => mapLegacyLesson(lessonOf({ '_config.yml': config, '_episodes/a.md': episode, 'index.md': index }, { repository: 'a/b' }))));
  });
});
