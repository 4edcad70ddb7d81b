import { parseDocument, visit } from 'yaml';
import { ItemError } from '../../src/model/ItemError.js';
import { MAX_SOURCE_FILE_SIZE, tooLargeMessage } from './sourceFileSize.js';

/**
 * Parses one YAML document (a lesson's `config.yaml`, `_config.yml`, front matter, `CITATION.cff`,
 * `metadata.yml`) with `yaml` under the YAML 1.2 core schema, so that unquoted dates such as `created: 2014-10-22`
 * or `date-released: 2025-03-19` stay strings (js-yaml and PyYAML would give a date; corpus README, cross-source
 * note 1). Plain numbers are kept as written, as strings: metadata files are text, and `version: 1.10` must not
 * become `1.1`; callers that want a number (`teaching: 5`) convert it. `~` is `null` and `{A, B}` a mapping, as
 * YAML says; callers check types. Aliases are expanded with a limit against alias bombs.
 *
 * @throws ItemError at `location`, with the line of the first syntax error (bad indentation, unclosed quote,
 * duplicate key…), when the text is not YAML; and, unparsed, when it is longer than {@link MAX_SOURCE_FILE_SIZE}
 * characters (parsing 10 MB of YAML takes seconds; lesson metadata is a few kilobytes).
 */
export function parseYaml(text: string, location: string): unknown {
  if (text.length > MAX_SOURCE_FILE_SIZE) throw new ItemError(tooLargeMessage(text.length), location);
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

/** The parser's message without its code frame and its own `at line L, column C` (the line is reported apart). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n', 1)[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, '');
}
