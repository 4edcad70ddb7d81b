/**
 * One directive of a Sphinx source page: MyST ```` ```{objectives} ```` / `:::{objectives}` or RST
 * `.. objectives::`, with its argument, options and body (dedented, options removed).
 */
export interface Directive {
  /** Directive name, lower-case: `objectives`, `instructor-note`, `toctree`. */
  name: string;
  /** Text after the name on the opening line (an exercise title, a figure path). */
  argument: string;
  /** `:caption: Getting started` → `{caption: 'Getting started'}`; flags such as `:glob:` map to `''`. */
  options: Record<string, string>;
  body: string;
  /** 1-based line of the opening line. */
  line: number;
}
