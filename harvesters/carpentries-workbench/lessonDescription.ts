import { cleanText, isBoilerplateDescription, isPlaceholder } from '../../src/normalise/index.js';
import { plainTextOf, quoted } from '../lesson-text/index.js';
import { DESCRIPTION_MAX_LENGTH } from './mapIndexPage.js';

/** One place a lesson may describe itself, in order of precedence. */
export interface DescriptionCandidate {
  /** The text (Markdown or plain), when the place has one. */
  value?: string;
  /** Where it was read, for warnings. */
  where: string;
}

/**
 * The description of a Workbench lesson: the first candidate that is real prose, as plain text of at most
 * 10,000 characters. Placeholders and boilerplate — the sandpaper JSON-LD's "A Carpentries Lesson teaching
 * foundational data and coding skills to researchers worldwide" on every lesson — are passed over with a warning
 * each. When none is left, a description is generated from the title and the lesson programme
 * ("The Unix Shell: a lesson by Software Carpentry"), with a warning. Pure.
 */
export function lessonDescription(candidates: readonly DescriptionCandidate[], name: string, carpentry: string | undefined, warnings: string[]): string {
  for (const { value, where } of candidates) {
    if (value === undefined) continue;
    const text = plainTextOf(value, { maxLength: DESCRIPTION_MAX_LENGTH, stripHtml: true });
    if (text === '') continue;
    if (isPlaceholder(text) || isBoilerplateDescription(text)) {
      warnings.push(`${where}: dropped placeholder description ${quoted(text)}`);
      continue;
    }
    return text;
  }
  warnings.push(`${candidates.map((candidate) => candidate.where).join(', ')}: no description; using a generated one`);
  return cleanText(`${name}: a lesson by ${carpentry ?? 'The Carpentries community'}`, { singleLine: true });
}
