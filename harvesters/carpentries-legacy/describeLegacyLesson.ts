import { cleanText } from '../../src/normalise/index.js';
import type { Carpentry } from '../lesson-text/index.js';

/** Longest description written by {@link describeLegacyLesson} or kept from `index.md`. */
export const MAX_DESCRIPTION_LENGTH = 2_000;

/**
 * A description for a legacy lesson whose `index.md` has no prose (or is missing): the styles template has no
 * description field, so it is built only from what the lesson says about itself, its title, its Carpentries
 * programme and the questions its episodes answer, e.g. "Introduction to High-Performance Computing: a lesson
 * from The Carpentries Incubator. Questions it covers: Why would I be interested in High Performance Computing
 * (HPC)? What can I expect to learn from this course?". A question without final punctuation gets a `?`. Pure.
 */
export function describeLegacyLesson(title: string, carpentry: Carpentry | undefined, questions: readonly string[]): string {
  const origin = carpentry?.known ? `a lesson from ${carpentry.name}` : 'a lesson built with The Carpentries lesson template';
  const asked = questions.map((question) => (/[.?!…]$/.test(question) ? question : `${question}?`));
  const text = `${title}: ${origin}.${asked.length > 0 ? ` Questions it covers: ${asked.join(' ')}` : ''}`;
  return cleanText(text, { singleLine: true, maxLength: MAX_DESCRIPTION_LENGTH });
}
