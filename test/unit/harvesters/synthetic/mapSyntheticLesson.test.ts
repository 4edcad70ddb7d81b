import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapSyntheticLesson } from '../../../../harvesters/synthetic/mapSyntheticLesson.js';
import { syntheticLessonSchema } from '../../../../harvesters/synthetic/SyntheticLesson.js';
import { emptyMaterial } from '../../../../src/model/Material.js';

const lesson = syntheticLessonSchema.parse({
  id: 'lesson-7',
  title: 'Introduction to Modern Fortran',
  abstract: 'This lesson introduces Modern Fortran to researchers.',
  url: 'https://example.org/lessons/fortran-7/',
  repository: 'https://github.com/example/fortran-7',
  doi: '10.5281/zenodo.1000006',
  tags: ['fortran', 'hpc', 'numerical methods'],
  authors: [{ name: 'Ada Smith', orcid: '0000-0002-0000-0018' }, { name: 'Lars Li' }],
  license: 'CC-BY-4.0',
  language: 'en',
  level: 'Beginner',
  type: 'course',
  objectives: ['Write a small program that uses fortran.'],
  skills: ['https://w3id.org/faircat-bench/skills/s009'],
  prerequisites: ['Basic familiarity with hpc.'],
  audience: ['researchers'],
  minutes: 240,
  created: '2019-03-04',
  modified: '2023-01-02',
  published: '2019-05-06',
  version: '1.2',
  status: 'stable',
  episodes: [{ slug: '01-introduction', title: 'Introduction', minutes: 10, objectives: ['Explain fortran.'], questions: ['What is fortran?'], keypoints: [] }],
});

describe('mapSyntheticLesson', () => {
  it('maps every field of a lesson, leaving values as the list writes them for the runner to normalise', () => {
    assert.deepEqual(mapSyntheticLesson(lesson), emptyMaterial({
      types: ['LearningResource', 'Course'],
      name: 'Introduction to Modern Fortran',
      description: 'This lesson introduces Modern Fortran to researchers.',
      url: 'https://example.org/lessons/fortran-7/',
      repository: 'https://github.com/example/fortran-7',
      doi: '10.5281/zenodo.1000006',
      keywords: ['fortran', 'hpc', 'numerical methods'],
      authors: [{ type: 'Person', name: 'Ada Smith', orcid: '0000-0002-0000-0018' }, { type: 'Person', name: 'Lars Li' }],
      license: 'CC-BY-4.0',
      inLanguage: 'en',
      educationalLevel: 'Beginner',
      learningResourceType: ['course'],
      teaches: ['Write a small program that uses fortran.'],
      teachesSkills: ['https://w3id.org/faircat-bench/skills/s009'],
      competencyRequired: ['Basic familiarity with hpc.'],
      audience: ['researchers'],
      timeRequired: 'PT240M',
      dateCreated: '2019-03-04',
      dateModified: '2023-01-02',
      datePublished: '2019-05-06',
      version: '1.2',
      creativeWorkStatus: 'stable',
      hasPart: [{
        position: 1, slug: '01-introduction', name: 'Introduction', url: 'https://example.org/lessons/fortran-7/01-introduction.html',
        teaches: ['Explain fortran.'], questions: ['What is fortran?'], keypoints: [], timeRequired: 'PT10M',
      }],
    }));
  });

  it('maps a lesson with only the required fields to a plain LearningResource', () => {
    const minimal = syntheticLessonSchema.parse({ id: 'x', title: 'T', abstract: 'D', url: 'https://example.org/x/' });
    assert.deepEqual(mapSyntheticLesson(minimal), emptyMaterial({ name: 'T', description: 'D', url: 'https://example.org/x/' }));
  });
});
