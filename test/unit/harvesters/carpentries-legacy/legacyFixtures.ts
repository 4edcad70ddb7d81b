import { join } from 'node:path';
import type { LegacyLessonFiles } from '../../../../harvesters/carpentries-legacy/LegacyLessonFiles.js';

/** Directory of this harvester's fixtures, from the project root where tests run. */
export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'carpentries-legacy');

/** The hpc-intro fixture directory, as a path relative to the project root. */
export const HPC_INTRO = 'test/fixtures/carpentries-legacy/hpc-intro';

/** A lesson made of in-memory files, for broken and hostile inputs. */
export function lessonOf(
  files: Record<string, string>,
  extra: { repository?: string; url?: string } = { repository: 'example/example-lesson' },
): LegacyLessonFiles {
  const location = 'lessons/example';
  return { location, files: new Map(Object.entries(files)), fileLocation: (path) => `${location}/${path}`, ...extra };
}

/** A small valid `_config.yml`, with lines replaced or added by `overrides` (key → YAML value text, or undefined to drop). */
export function configYml(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    carpentry: '"swc"',
    title: '"Example Lesson"',
    life_cycle: '"beta"',
    repository: '<USERNAME>/<PROJECT>',
    ...overrides,
  };
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n') + '\n';
}

/** An episode file whose front matter has the given YAML lines. */
export function episodeMd(...frontMatter: string[]): string {
  return ['---', ...frontMatter, '---', '', 'Body text.', ''].join('\n');
}

/** A typical episode: a title, times and one item of each list. */
export function simpleEpisode(title: string, objective = 'Do a thing.'): string {
  return episodeMd(`title: "${title}"`, 'teaching: 10', 'exercises: 5', 'questions:', '- "Why?"', 'objectives:', `- "${objective}"`, 'keypoints:', '- "It works."');
}
