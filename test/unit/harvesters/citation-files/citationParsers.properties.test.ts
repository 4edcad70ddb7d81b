import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lessonCitation } from '../../../../harvesters/citation-files/lessonCitation.js';
import { emptyMaterial } from '../../../../src/model/Material.js';
import { assertNoProblems, mapProblems, mutatedText } from '../../../helpers/materialInvariants.js';
import { fixture } from './fixtures.js';

const TEXTS = {
  cff: fixture('git-intro/CITATION.cff'),
  zenodo: fixture('shell-novice/.zenodo.json'),
  citation: fixture('shell-novice/CITATION'),
  authors: fixture('hpc-intro/AUTHORS'),
};

describe('the citation file parsers, through lessonCitation, on arbitrary and mutated input', () => {
  /** What a citation gives a material, as a material, so that the same invariants apply. */
  const asMaterial = (texts: Partial<typeof TEXTS>): { material: ReturnType<typeof emptyMaterial> } => {
    const citation = lessonCitation(texts, (path) => `lesson/${path}`, []);
    const material = emptyMaterial({ name: 'L', description: citation.description ?? 'D', url: 'https://a.example/' });
    return { material: { ...material, authors: citation.authors, contributors: citation.contributors, identifiers: citation.identifiers, alternateNames: citation.titles, ...(citation.doi ? { doi: citation.doi } : {}), ...(citation.license ? { license: citation.license } : {}), ...(citation.version ? { version: citation.version } : {}) } };
  };

  for (const file of Object.keys(TEXTS) as (keyof typeof TEXTS)[]) {
    it(`never throws and lets no placeholder or unsafe link through a mutated ${file}`, () => {
      assertNoProblems(mutatedText(TEXTS[file]), (mutated) => mapProblems(() => asMaterial({ [file]: mutated })), (mutated) => JSON.stringify(mutated.slice(0, 600)));
    });
  }

  it('never throws for random texts in every file', () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    assertNoProblems(fc.tuple(text, text, text, text), ([cff, zenodo, citation, authors]) => mapProblems(() => asMaterial({ cff, zenodo, citation, authors })));
  });
});
