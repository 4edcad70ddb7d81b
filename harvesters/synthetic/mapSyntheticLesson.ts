import { emptyMaterial, type Material, type MaterialPart } from '../../src/model/Material.js';
import type { ParsedSyntheticLesson } from './SyntheticLesson.js';

/**
 * Maps one lesson of a synthetic lesson list to a material (Bioschemas TrainingMaterial fields). Values are passed
 * on as the list writes them (SPDX ids, bare ORCID iDs and DOIs, language codes): normalising them is the runner's
 * job, as for every harvester. Pure.
 */
export function mapSyntheticLesson(lesson: ParsedSyntheticLesson): Material {
  const material = emptyMaterial({
    types: lesson.type === 'course' ? ['LearningResource', 'Course'] : ['LearningResource'],
    name: lesson.title,
    description: lesson.abstract,
    url: lesson.url,
    keywords: lesson.tags,
    authors: lesson.authors.map((author) => ({ type: 'Person', name: author.name, ...(author.orcid ? { orcid: author.orcid } : {}) })),
    learningResourceType: lesson.type ? [lesson.type] : [],
    teaches: lesson.objectives,
    teachesSkills: lesson.skills,
    competencyRequired: lesson.prerequisites,
    audience: lesson.audience,
    hasPart: lesson.episodes.map((episode, index): MaterialPart => ({
      position: index + 1,
      slug: episode.slug,
      name: episode.title,
      url: new URL(`${episode.slug}.html`, lesson.url.endsWith('/') ? lesson.url : `${lesson.url}/`).href,
      teaches: episode.objectives,
      questions: episode.questions,
      keypoints: episode.keypoints,
      ...(episode.minutes ? { timeRequired: `PT${episode.minutes}M` } : {}),
    })),
  });
  const optional: [keyof Material, string | undefined][] = [
    ['repository', lesson.repository], ['doi', lesson.doi], ['license', lesson.license], ['inLanguage', lesson.language],
    ['educationalLevel', lesson.level], ['timeRequired', lesson.minutes ? `PT${lesson.minutes}M` : undefined],
    ['dateCreated', lesson.created], ['dateModified', lesson.modified], ['datePublished', lesson.published],
    ['version', lesson.version], ['creativeWorkStatus', lesson.status],
  ];
  for (const [key, value] of optional) if (value !== undefined && value !== '') Object.assign(material, { [key]: value });
  return material;
}
