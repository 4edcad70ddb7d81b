import { parseDocument, visit } from 'yaml';
import { ItemError } from '../../src/model/ItemError.js';

/**
 * Parses one YAML document with `yaml` under the YAML 1.2 core schema, so that unquoted dates such as
 * `date-released: 2025-03-19` stay strings (js-yaml and PyYAML would give a date; corpus README, cross-source
 * note 1). Plain numbers are kept as written, as strings: metadata files are text, and `version: 1.10` must not
 * become `1.1`. `~` is `null` and `{A, B}` a mapping, as YAML says; callers check types. Aliases are expanded
 * with a limit against alias bombs.
 *
 * @throws ItemError at `location`, with the line of the first syntax error, when the text is not YAML.
 */
export function parseYamlDocument(text: string, location: string): unknown {
  let document;
  try {
    document = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: true });
  } catch (cause) {
    throw new ItemError(`cannot parse YAML: ${firstLine(cause)}`, location, undefined, { cause });
  }
  const error = document.errors[0];
  if (error) throw new ItemError(`malformed YAML: ${firstLine(error)}`, location, error.linePos?.[0].line, { cause: error });
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && node.source !== undefined) node.value = node.source;
    },
  });
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
