import { z } from 'zod';

const text = z.string();
const texts = z.array(z.string()).default([]);

/** One episode of a synthetic lesson. */
export const syntheticEpisodeSchema = z.object({
  slug: z.string().min(1),
  title: text,
  minutes: z.number().int().positive().optional(),
  objectives: texts,
  questions: texts,
  keypoints: texts,
});

/**
 * One line of a synthetic lesson list: a lesson as a plain "list of lessons" source would describe it (the shape of
 * curated lists and portal exports), written by the benchmark's generator (`bench/synthetic/`). Values are as a
 * source writes them: SPDX ids, bare ORCID iDs and DOIs, short language codes; the runner normalises them.
 */
export const syntheticLessonSchema = z.object({
  id: z.string().min(1),
  title: text,
  abstract: text,
  url: text,
  repository: z.string().optional(),
  doi: z.string().optional(),
  tags: texts,
  authors: z.array(z.object({ name: z.string(), orcid: z.string().optional() })).default([]),
  license: z.string().optional(),
  language: z.string().optional(),
  level: z.string().optional(),
  type: z.string().optional(),
  objectives: texts,
  /** Competency concept IRIs (`schema:teaches`). */
  skills: texts,
  prerequisites: texts,
  /** Intended learners (`schema:audience`). */
  audience: texts,
  minutes: z.number().int().positive().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  published: z.string().optional(),
  version: z.string().optional(),
  status: z.string().optional(),
  episodes: z.array(syntheticEpisodeSchema).default([]),
});

export type SyntheticLesson = z.input<typeof syntheticLessonSchema>;
export type ParsedSyntheticLesson = z.output<typeof syntheticLessonSchema>;
