import { parseDocument } from 'yaml';
import { ItemError } from '../../src/model/ItemError.js';

/**
 * Parses one YAML document with `yaml` (YAML 1.2 core schema), so that unquoted dates such as `2014-10-22`
 * stay strings and never become JS `Date`s. Throws an `ItemError` at `location` with the parser's line for the
 * first error (bad indentation, unclosed quote, duplicate key…). Aliases are expanded with the library's limit
 * against alias bombs.
 */
export function parseYaml(text: string, location: string): unknown {
  let document;
  try {
    document = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: true });
  } catch (error) {
    throw new ItemError(`cannot parse YAML: ${firstLine(error)}`, location, undefined, { cause: error });
  }
  const error = document.errors[0];
  if (error) {
    throw new ItemError(`malformed YAML: ${firstLine(error)}`, location, error.linePos?.[0].line, { cause: error });
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new ItemError(`cannot read YAML: ${firstLine(cause)}`, location, undefined, { cause });
  }
}

/** The parser's message without its code frame and its own `at line L, column C` (the line is reported apart). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n', 1)[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, '');
}
