import { ItemError } from '../../src/model/ItemError.js';
import { describeType, isRecord } from './looseValues.js';
import { parseYaml } from './parseYaml.js';

/**
 * Parses a YAML document that must be a mapping (`CITATION.cff`, `metadata.yml`, `bioschemas.yml`) with
 * {@link parseYaml}.
 *
 * @throws ItemError at `location` when the text is not YAML, is over the size limit, or is not a mapping
 * (`what` names what was expected: `a CFF mapping`), e.g. a truncated file that is left with one scalar.
 */
export function parseYamlMapping(text: string, location: string, what: string): Record<string, unknown> {
  const document = parseYaml(text, location);
  if (!isRecord(document)) throw new ItemError(`expected ${what}, found ${describeType(document)}`, location, 1);
  return document;
}
