/** The suffix CodeRefinery's generator appends to the base title (`metadata.yml`: `" - CodeRefinery lesson" is appended`). */
const SUFFIX = /\s+[-–—]\s+(CodeRefinery|ENCCS)\s+lesson$/i;

/** "Introduction to version control - CodeRefinery lesson" → "Introduction to version control". */
export function stripLessonSuffix(title: string): string {
  const stripped = title.replace(SUFFIX, '').trim();
  return stripped === '' ? title : stripped;
}
