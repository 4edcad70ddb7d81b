/** The two source syntaxes of Sphinx lessons: MyST Markdown (`.md`) and reStructuredText (`.rst`). */
export type MarkupSyntax = 'myst' | 'rst';

/** The syntax of a source file, from its extension. */
export function syntaxOf(path: string): MarkupSyntax {
  return /\.rst$/i.test(path) ? 'rst' : 'myst';
}
