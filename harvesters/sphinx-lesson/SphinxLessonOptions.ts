import { z } from 'zod';

/** One lesson: its location, optionally with the location of its built site (for `objects.inv`). */
const lesson = z.union([
  z.string().trim().min(1, 'a lesson location must not be empty'),
  z.object({
    location: z.string().trim().min(1, 'a lesson location must not be empty'),
    /** The built site (a URL, or a local directory such as a `gh-pages` checkout) that holds `objects.inv`. */
    site: z.string().trim().min(1).optional(),
  }),
]);

/** Options of a `sphinx-lesson` source: the lessons to read. */
export const sphinxLessonOptionsSchema = z.object({
  /**
   * Lesson locations: local directories or `file://` URLs (a sibling `<dir>@gh-pages/` is read as the built site),
   * `github:owner/repo[@branch]` or `https://github.com/owner/repo` (raw files; the built site is the lesson's
   * stated URL or its GitHub Pages site), or `{location, site}` to name the built site.
   */
  lessons: z.array(lesson).min(1, 'list at least one lesson'),
});

/** Validated options of a `sphinx-lesson` source. */
export type SphinxLessonOptions = z.infer<typeof sphinxLessonOptionsSchema>;

/** One entry of {@link SphinxLessonOptions.lessons}. */
export type SphinxLessonEntry = SphinxLessonOptions['lessons'][number];
