/**
 * The 1-based line of the first top-level `key:` of a YAML text (a lesson's `config.yaml` or `_config.yml`),
 * for messages that point a provider at the line to fix; `undefined` when the key is not written at the top level.
 */
export function keyLine(yaml: string, key: string): number | undefined {
  const lines = yaml.replace(/\r\n?/g, '\n').split('\n');
  const index = lines.findIndex((line) => line.startsWith(key) && /^[ \t]*:/.test(line.slice(key.length)));
  return index < 0 ? undefined : index + 1;
}
