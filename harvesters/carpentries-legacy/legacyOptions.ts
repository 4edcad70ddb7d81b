import { z } from 'zod';

/** One lesson of a `carpentries-legacy` source, after validation. */
export interface LegacyLessonOption {
  /** Local directory, `file://` URL, `github:owner/repo[@branch]` (branch default `gh-pages`) or GitHub URL. */
  location: string;
  /** Source repository (`owner/repo` or a GitHub URL), when the location does not say it. */
  repository?: string;
  /** Landing page, when neither `_config.yml` nor the repository gives the right one. */
  url?: string;
}

/** The options of a `carpentries-legacy` source, after validation. */
export interface LegacyOptions {
  lessons: LegacyLessonOption[];
}

const lessonSchema = z.union([
  z.string().trim().min(1).transform((location): LegacyLessonOption => ({ location })),
  z
    .object({
      location: z.string().trim().min(1),
      repository: z.string().trim().min(1).optional(),
      url: z.url({ protocol: /^https?$/ }).optional(),
    })
    .strict(),
]);

/**
 * Validates the `options` of a `carpentries-legacy` source:
 *
 * ```yaml
 * options:
 *   lessons:
 *     - github:carpentries-incubator/hpc-intro          # branch gh-pages
 *     - location: ./snapshots/hpc-intro                 # a local copy…
 *       repository: carpentries-incubator/hpc-intro     # …whose repository gives the GitHub Pages URL
 *     - location: github:hpc-carpentry/hpc-shell@main
 *       url: https://www.hpc-carpentry.org/hpc-shell/   # an explicit landing page
 * ```
 */
export const legacyOptionsSchema: z.ZodType<LegacyOptions> = z
  .object({ lessons: z.array(lessonSchema).min(1, 'list at least one lesson under `lessons`') })
  .strict();

/** Options that read exactly one lesson (used by `faircat map carpentries-legacy <location>`). */
export function legacyOptionsFor(location: string): LegacyOptions {
  return { lessons: [{ location }] };
}
