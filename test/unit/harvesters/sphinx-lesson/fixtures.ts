import { join } from 'node:path';
import type { SphinxLessonFiles } from '../../../../harvesters/sphinx-lesson/SphinxLessonFiles.js';

/** The sphinx-lesson fixtures, relative to the project root (tests run from there), as a harvest source names them. */
export const FIXTURES = 'test/fixtures/sphinx-lesson';

/** Absolute path of a fixture file or directory. */
export function fixturePath(path: string): string {
  return join(process.cwd(), FIXTURES, path);
}

/** An in-memory lesson for robustness tests: files by relative path, content under `content/`. */
export function lessonOf(files: Record<string, string>, extra: Partial<SphinxLessonFiles> = {}): SphinxLessonFiles {
  return { location: 'memory/lesson', fileBase: 'memory/lesson/', contentDir: 'content/', files: new Map(Object.entries(files)), ...extra };
}
