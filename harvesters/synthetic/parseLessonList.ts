import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';
import { mapSyntheticLesson } from './mapSyntheticLesson.js';
import { syntheticLessonSchema } from './SyntheticLesson.js';

/**
 * Reads one lesson list (NDJSON: one lesson per line, blank lines ignored) into materials located at
 * `<list>#<lesson id>`, or item errors located at `<list>:<line>` for lines that are not lessons. Pure.
 */
export function parseLessonList(text: string, location: string): Array<HarvestedMaterial | ItemError> {
  const out: Array<HarvestedMaterial | ItemError> = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      out.push(new ItemError(`not JSON: ${(error as Error).message}`, location, index + 1));
      continue;
    }
    const lesson = syntheticLessonSchema.safeParse(value);
    if (!lesson.success) {
      out.push(new ItemError(`not a lesson: ${lesson.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`, location, index + 1));
      continue;
    }
    out.push({ material: mapSyntheticLesson(lesson.data), location: `${location}#${lesson.data.id}`, warnings: [] });
  }
  return out;
}
