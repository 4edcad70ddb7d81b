import { z } from 'zod';

/** Options of a `carpentries-workbench` source: the lessons to read. */
export const workbenchOptionsSchema = z.object({
  /**
   * Lesson locations: local directories or `file://` URLs (relative paths resolve against the config file's
   * directory), `github:owner/repo[@branch]`, or `https://github.com/owner/repo`.
   */
  lessons: z.array(z.string().trim().min(1, 'a lesson location must not be empty')).min(1, 'list at least one lesson'),
});

/** Validated options of a `carpentries-workbench` source. */
export type WorkbenchOptions = z.infer<typeof workbenchOptionsSchema>;
