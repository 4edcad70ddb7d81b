import { parseDocument } from 'yaml';
import { ItemError } from '../../src/model/ItemError.js';

/** Largest YAML text read (characters): lesson settings and front matter are a few kilobytes. */
export const MAX_YAML_LENGTH = 1_000_000;

/**
 * Parses one YAML document with `yaml` under the YAML 1.2 core schema, so that unquoted dates such as
 * `2014-10-22` stay strings (never JS `Date`s), `~` is `null` and `{A, B}` is a mapping. Throws an `ItemError` at
 * `location` with the line of the first error (bad indentation, unclosed quote, duplicate key…). Aliases are
 * expanded with a limit, against alias bombs, and a text longer than {@link MAX_YAML_LENGTH} is refused unread
 * (parsing 10 MB takes seconds).
 */
export function parseYaml(text: string, location: string): unknown {
  if (text.length > MAX_YAML_LENGTH) {
    throw new ItemError(`YAML of ${text.length} characters is larger than the limit of ${MAX_YAML_LENGTH}; not read`, location);
  }
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

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
