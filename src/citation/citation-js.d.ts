/**
 * The part of Citation.js's untyped API that `src/citation` uses (@citation-js/core 0.8 `Cite`, the BibTeX,
 * RIS and CSL output plugins register themselves on import; @citation-js/name 0.4 `parse`).
 */
declare module '@citation-js/core' {
  export interface CiteOutputOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    type?: 'string' | 'json' | 'html';
  }
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    readonly data: Record<string, unknown>[];
    format(name: string, options?: CiteOutputOptions): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/name' {
  export interface ParsedName {
    given?: string;
    family?: string;
    suffix?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
  }
  export function parse(name: string): ParsedName;
}
