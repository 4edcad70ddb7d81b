import type { SourceReader } from '../Harvester.js';
import { FaircatFormatError } from './FaircatFormatError.js';
import { asNode, type JsonNode } from './jsonValues.js';

/**
 * Reads a JSON object from another FAIRCat through the source reader.
 *
 * @throws FaircatFormatError when the location does not exist or is not a JSON object: the run fails, the
 * position stays, the next run tries again.
 */
export async function readJson(reader: SourceReader, location: string): Promise<JsonNode> {
  const text = await reader.readText(location);
  if (text === undefined) throw new FaircatFormatError('not found', location);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FaircatFormatError(`not JSON: ${(error as Error).message}`, location);
  }
  const node = asNode(value);
  if (!node) throw new FaircatFormatError('not a JSON object', location);
  return node;
}
