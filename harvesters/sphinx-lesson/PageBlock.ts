/** A prose block of a Sphinx source page: what `parsePageBlocks` keeps (directives and code are left out). */
export type PageBlock =
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: string[]; line: number };
