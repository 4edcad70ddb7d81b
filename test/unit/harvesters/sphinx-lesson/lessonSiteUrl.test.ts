import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonSiteUrl } from '../../../../harvesters/sphinx-lesson/lessonSiteUrl.js';
import type { LessonSources } from '../../../../harvesters/sphinx-lesson/LessonSources.js';

const none: LessonSources = { episodes: new Map(), warnings: [] };

describe('lessonSiteUrl', () => {
  it('prefers html_baseurl over the CFF url', () => {
    const sources: LessonSources = { ...none, facts: { htmlBaseurl: 'https://a.example.org/' }, cff: { url: 'https://b.example.org/', warnings: [] } };
    assert.deepEqual(lessonSiteUrl(sources, undefined), { url: 'https://a.example.org/', derived: false });
  });

  it('takes the bioschemas url when nothing else states one', () => {
    const sources: LessonSources = { ...none, bioschemas: { url: 'https://coderefinery.github.io/git-intro', warnings: [] } };
    assert.deepEqual(lessonSiteUrl(sources, undefined), { url: 'https://coderefinery.github.io/git-intro', derived: false });
  });

  it('derives the GitHub Pages site of a repository, lower-casing the owner', () => {
    assert.deepEqual(lessonSiteUrl(none, 'https://github.com/ENCCS/gpu-programming'), { url: 'https://enccs.github.io/gpu-programming/', derived: true });
  });

  it('derives the root site of an owner.github.io repository', () => {
    assert.deepEqual(lessonSiteUrl(none, 'https://github.com/coderefinery/coderefinery.github.io'), { url: 'https://coderefinery.github.io/', derived: true });
  });

  it('gives nothing for a repository that is not on GitHub', () => {
    assert.deepEqual(lessonSiteUrl(none, 'https://gitlab.com/a/b'), { derived: false });
  });
});
