import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { mapSphinxLesson } from '../../../../harvesters/sphinx-lesson/mapSphinxLesson.js';
import { readSphinxLesson } from '../../../../harvesters/sphinx-lesson/readSphinxLesson.js';
import { assertNoProblems, describeFiles, HOSTILE_FRAGMENTS, mapProblems, mutatedFiles, mutatedText } from '../../../helpers/materialInvariants.js';
import { localReader } from '../../../helpers/localReader.js';
import { FIXTURES, lessonOf } from './fixtures.js';

/** An `objects.inv` (Sphinx inventory v2) holding `body`, zlib-compressed after the four header lines. */
function inventory(body: string): Uint8Array {
  const header = '# Sphinx inventory version 2\n# Project: P\n# Version: 1\n# The remainder of this file is compressed using zlib.\n';
  return new Uint8Array([...new TextEncoder().encode(header), ...deflateSync(Buffer.from(body))]);
}

describe('mapSphinxLesson, on arbitrary and mutated input', async () => {
  const lessons = await Promise.all(['git-intro', 'gpu-programming', 'documentation'].map((name) => readSphinxLesson(`${FIXTURES}/${name}`, localReader())));

  for (const lesson of lessons) {
    it(`gives a clean material or an ItemError for ${lesson.location} with hostile edits`, () => {
      assertNoProblems(mutatedFiles(lesson.files), (files) => mapProblems(() => mapSphinxLesson({ ...lesson, files })), describeFiles(lesson.files));
    });
  }

  it('gives a clean material or an ItemError for a hostile objects.inv', () => {
    const body = 'commits std:doc -1 commits/ Recording changes\nbasics std:doc -1 basics/ Basics\n';
    const index = '# Lesson\n\n```{toctree}\ncommits\nbasics\n```\n';
    assertNoProblems(mutatedText(body), (mutated) => mapProblems(() => mapSphinxLesson(lessonOf(
      { 'content/index.md': index, 'content/conf.facts.json': '{"html_baseurl": "https://example.org/l/"}' },
      { inventory: { bytes: inventory(mutated), location: 'objects.inv' } },
    ))), (mutated) => JSON.stringify(mutated.slice(0, 400)));
  });

  it('gives a clean material or an ItemError whatever the directives and metadata say', () => {
    const fragment = fc.constantFrom(...HOSTILE_FRAGMENTS);
    assertNoProblems(fc.tuple(fragment, fragment, fragment), ([objective, url, name]) => mapProblems(() => mapSphinxLesson(lessonOf({
      'CITATION.cff': `cff-version: 1.2.0\ntitle: ${JSON.stringify(name)}\nurl: ${JSON.stringify(url)}\nauthors:\n  - name: ${JSON.stringify(name)}\n    website: ${JSON.stringify(url)}\n`,
      'bioschemas.yml': JSON.stringify({ name, url, teaches: objective, author: [{ '@type': 'Person', name, url }] }),
      'content/index.md': `# ${name}\n\n${objective}\n\n:::{prereq}\n${objective}\n:::\n\n\`\`\`{toctree}\nep\n\`\`\`\n`,
      'content/ep.md': `# ${name}\n\n:::{objectives}\n- ${objective}\n:::\n\n\`\`\`{instructor-note}\n- ${objective} min teaching\n\`\`\`\n`,
    }))));
  });

  it('gives a clean material or an ItemError for random files', () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    assertNoProblems(fc.tuple(text, text, text), ([cff, index, episode]) =>
      mapProblems(() => mapSphinxLesson(lessonOf({ 'CITATION.cff': cff, 'content/index.rst': index, 'content/ep.rst': episode }, { repository: 'https://github.com/a/b' }))));
  });
});
