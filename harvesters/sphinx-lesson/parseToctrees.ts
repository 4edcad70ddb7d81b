import type { MarkupSyntax } from './MarkupSyntax.js';
import { parseDirectives } from './parseDirectives.js';

/** One `toctree` directive of an index page: its caption and entries, in order. */
export interface Toctree {
  caption?: string;
  /** `:glob:` is set: entries are patterns, not document names. */
  glob: boolean;
  entries: ToctreeEntry[];
}

/** One toctree line: `commits`, or `Shell crash course <https://youtu.be/xbTTDLA3txI>`. */
export interface ToctreeEntry {
  /** Explicit title, when the line is `Title <target>`. */
  title?: string;
  /** Document name (relative, without extension) or URL. */
  target: string;
  /** The target is a URL, not a page of the lesson. */
  external: boolean;
}

/**
 * Reads the `toctree` directives of a Sphinx page (MyST ```` ```{toctree} ```` with `:caption:` options, or RST
 * `.. toctree::`), which give a lesson's pages and their order. `self` entries are left out; a `.md`/`.rst`
 * extension on a target is dropped, as Sphinx does.
 */
export function parseToctrees(text: string, syntax: MarkupSyntax): Toctree[] {
  return parseDirectives(text, syntax)
    .filter((directive) => directive.name === 'toctree')
    .map((directive) => {
      const toctree: Toctree = { glob: directive.options.glob !== undefined, entries: [] };
      const caption = directive.options.caption?.trim();
      if (caption) toctree.caption = caption;
      for (const line of directive.body.split('\n')) {
        const entry = entryOf(line.trim());
        if (entry) toctree.entries.push(entry);
      }
      return toctree;
    });
}

function entryOf(line: string): ToctreeEntry | undefined {
  if (line === '' || line === 'self' || line.startsWith(':') || line.startsWith('..')) return undefined;
  const titled = /^(.*\S)\s*<([^<>]+)>$/.exec(line);
  const target = (titled?.[2] ?? line).trim();
  const external = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || target.startsWith('mailto:');
  const entry: ToctreeEntry = { target: external ? target : target.replace(/\.(md|rst|ipynb)$/i, '').replace(/^\/+/, ''), external };
  const title = titled?.[1]?.trim();
  if (title) entry.title = title;
  return entry;
}
