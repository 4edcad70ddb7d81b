import { splitKeywords } from '../../src/normalise/index.js';
import { quoted } from '../lesson-text/index.js';

/**
 * The keywords sandpaper's `config.yaml` template ships (`keywords: 'software, data, lesson, The Carpentries'`),
 * lower-case. Even the flagship shell-novice lesson still has them.
 */
export const TEMPLATE_KEYWORDS: readonly string[] = ['software', 'data', 'lesson', 'the carpentries'];

/**
 * The keywords of `config.yaml`'s `keywords:`: a comma string, a list, or a flow mapping by mistake
 * (`{shell, bash}` → its keys), split and cleaned by `splitKeywords`. The template default is dropped as a whole,
 * with a warning: when all four template keywords are present they are removed, and keywords added to them are
 * kept; a template word used in a real list (`data, python`) is real and kept. Other placeholders are dropped.
 */
export function lessonKeywords(value: unknown, location: string, warnings: string[]): string[] {
  const keywords = splitKeywords(value);
  const raw = rawText(value);
  // splitKeywords already drops the template when it is the whole value.
  const lower = (keywords.length > 0 ? keywords : raw.split(/[,;\n]/)).map((keyword) => keyword.trim().toLowerCase());
  if (isTemplate(lower)) {
    warnings.push(`${location}: dropped the template default keywords "software, data, lesson, The Carpentries"`);
    return keywords.filter((keyword) => !TEMPLATE_KEYWORDS.includes(keyword.toLowerCase()));
  }
  if (keywords.length === 0 && raw !== '') warnings.push(`${location}: dropped placeholder keywords ${quoted(raw)}`);
  return keywords;
}

function isTemplate(lowerCaseKeywords: readonly string[]): boolean {
  return TEMPLATE_KEYWORDS.every((keyword) => lowerCaseKeywords.includes(keyword));
}

function rawText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string' || typeof item === 'number').join(', ').trim();
  return '';
}

