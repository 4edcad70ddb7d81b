/**
 * Builds a typed table of IRIs for the terms of one vocabulary, so that code says `SCHEMA.name`
 * instead of an inline IRI string (STYLE principle 6).
 */
export type Namespace<T extends string> = { readonly [K in T]: string } & { readonly $base: string };

export function namespace<const T extends string>(base: string, terms: readonly T[]): Namespace<T> {
  const table: Record<string, string> = { $base: base };
  for (const term of terms) table[term] = base + term;
  return Object.freeze(table) as Namespace<T>;
}
