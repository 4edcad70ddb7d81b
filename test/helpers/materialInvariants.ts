import fc from 'fast-check';
import type { Agent, Material } from '../../src/model/Material.js';
import { ItemError } from '../../src/model/ItemError.js';
import { isPlaceholder } from '../../src/normalise/index.js';

/** A web link FAIRCat may publish: absolute http(s), no whitespace or characters that break out of an IRI. */
const SAFE_URL = /^https?:\/\/[^\s<>"{}|\\^`]+$/i;
/** A Software Heritage identifier (SWHID), the one non-web identifier kept. */
const SWHID = /^swh:1:(?:cnt|dir|rev|rel|snp|ori):[0-9a-f]{40}(?:;[^\s<>"]*)?$/i;

/**
 * What must never reach a catalog record from a harvester's pure map, however hostile its input: placeholder
 * text (FIXME, `<USERNAME>/<PROJECT>`, `{{ site.x }}`, lorem ipsum…) in any text field, and any link or identifier
 * that is not a safe absolute `http(s)` IRI (a `javascript:` or `data:` URL, a relative path, text with spaces).
 * Returns one line per problem, empty when the material is clean.
 */
export function materialProblems(material: Material): string[] {
  const problems: string[] = [];
  const text = (field: string, value: string | undefined): void => {
    if (value === undefined) return;
    if (typeof value !== 'string') problems.push(`${field} is not a string: ${JSON.stringify(value)}`);
    else if (value.trim() !== '' && isPlaceholder(value)) problems.push(`${field} is placeholder text: ${JSON.stringify(value.slice(0, 80))}`);
  };
  const link = (field: string, value: string | undefined, allowSwhid = false): void => {
    if (value === undefined) return;
    if (!SAFE_URL.test(value) && !(allowSwhid && SWHID.test(value))) problems.push(`${field} is not a safe http(s) IRI: ${JSON.stringify(value.slice(0, 80))}`);
  };
  const agents = (field: string, list: readonly Agent[]): void => {
    list.forEach((agent, index) => {
      text(`${field}[${index}].name`, agent.name);
      if (agent.name.trim() === '') problems.push(`${field}[${index}] has no name`);
      link(`${field}[${index}].url`, agent.url);
      if (agent.orcid !== undefined && !/^https:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(agent.orcid)) problems.push(`${field}[${index}].orcid ${agent.orcid}`);
    });
  };

  if (material.name.trim() === '') problems.push('name is empty');
  text('name', material.name);
  text('description', material.description);
  for (const [field, values] of Object.entries({
    alternateNames: material.alternateNames, keywords: material.keywords, teaches: material.teaches, competencyRequired: material.competencyRequired,
    audience: material.audience, learningResourceType: material.learningResourceType,
  })) values.forEach((value, index) => text(`${field}[${index}]`, value));
  for (const field of ['educationalLevel', 'version', 'creativeWorkStatus', 'inLanguage', 'timeRequired'] as const) text(field, material[field]);
  link('url', material.url);
  for (const field of ['doi', 'repository', 'license', 'isPartOf'] as const) link(field, material[field]);
  material.sameAs.forEach((value, index) => link(`sameAs[${index}]`, value));
  material.identifiers.forEach((value, index) => link(`identifiers[${index}]`, value, true));
  agents('authors', material.authors);
  agents('contributors', material.contributors);
  material.hasPart.forEach((part, index) => {
    const at = `hasPart[${index}]`;
    if (part.name.trim() === '') problems.push(`${at}.name is empty`);
    text(`${at}.name`, part.name);
    text(`${at}.description`, part.description);
    link(`${at}.url`, part.url);
    for (const field of ['teaches', 'questions', 'keypoints'] as const) part[field].forEach((value, item) => text(`${at}.${field}[${item}]`, value));
  });
  return problems;
}

/**
 * Runs a harvester's pure map on one input and says what went wrong: `undefined` when the map returned a clean
 * material or threw an `ItemError` (the contract: a per-item error, never a crash); otherwise the problems, or
 * the unexpected error.
 */
export function mapProblems(map: () => { material: Material } | ItemError): string | undefined {
  let result: { material: Material } | ItemError;
  try {
    result = map();
  } catch (error) {
    return error instanceof ItemError ? undefined : `threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`;
  }
  if (result instanceof ItemError) return undefined;
  const problems = materialProblems(result.material);
  return problems.length === 0 ? undefined : problems.join('\n');
}

/** Text that lesson templates, hostile providers and broken tools put where metadata belongs. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  'FIXME', '# FIXME', 'TODO: write this', '<USERNAME>/<PROJECT>', 'https://<USERNAME>.github.io/<PROJECT>', '{{ site.title }}', '{% include x %}',
  'lorem ipsum dolor sit amet', 'xxxxx', '10.1234/zenodo.xxxxx', 'Lesson Title', 'none', 'N/A',
  '<script>alert(1)</script>', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)',
  '[x](javascript:alert(1))', '<a href="javascript:alert(1)">x</a>', '![](data:image/png;base64,AAAA)',
  '~', 'null', '{A, B}', '[a, b', ': :', '- - -', '---', '...', ':::', ':::::: objectives', '```', '``', '> ', '{: .prereq}', '.. objectives::',
  '\u0000', '\uFFFD\uFFFD', '\u202E', '\u200B', '\t\t', '\r\n', '\n\n\n', '😀', 'e\u0301', '"', "'", '\\', '&amp;&#0;&#x110000;',
  'title: 2014-10-22', 'created: ~', 'episodes: {a.md, b.md}', 'keywords: [FIXME]', 'license: FIXME', 'url: javascript:alert(1)',
  'source: <USERNAME>/<PROJECT>', 'orcid: https://orcid.org/0000-0000-0000-0000', 'doi: javascript:alert(1)',
  'website: javascript:alert(1)', 'identifiers: [{type: other, value: "javascript:alert(1)"}]', 'url: "data:text/html,x"',
  '"url": "javascript:alert(1)"', '"@id": "data:x"', 'std:doc -1 javascript:alert(1) X',
];

/** One edit of a text: cut it, insert or swap in a hostile fragment or a random string, or duplicate a piece of it. */
function mutation(text: string): fc.Arbitrary<(value: string) => string> {
  const position = fc.nat({ max: Math.max(0, text.length) });
  const fragment = fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ unit: 'binary', maxLength: 40 }));
  return fc.oneof(
    position.map((at) => (value: string) => value.slice(0, Math.min(at, value.length))),
    fc.tuple(position, fragment).map(([at, piece]) => (value: string) => `${value.slice(0, at)}${piece}${value.slice(at)}`),
    fc.tuple(position, fc.nat({ max: 80 }), fragment).map(([at, length, piece]) => (value: string) => `${value.slice(0, at)}${piece}${value.slice(at + length)}`),
    fc.tuple(position, fc.nat({ max: 400 })).map(([at, length]) => (value: string) => `${value.slice(0, at + length)}${value.slice(at)}`),
    fc.tuple(position, fc.constantFrom(...HOSTILE_FRAGMENTS)).map(([at, piece]) => (value: string) => {
      // Swap in a fragment after the key of the line at `at` (`title: …` → `title: <fragment>`), to reach typed fields.
      const start = value.lastIndexOf('\n', at - 1) + 1;
      const end = value.indexOf('\n', at);
      const line = value.slice(start, end < 0 ? value.length : end);
      const key = /^(\s*-?\s*"?[\w@.-]+"?\s*:\s*)/.exec(line)?.[1] ?? '';
      return `${value.slice(0, start)}${key}${piece}${end < 0 ? '' : value.slice(end)}`;
    }),
  );
}

/** A real file text with one to four hostile edits. */
export function mutatedText(text: string): fc.Arbitrary<string> {
  return fc.array(mutation(text), { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce((value, edit) => edit(value), text));
}

/**
 * The files of a lesson with hostile edits: each file either kept, mutated, replaced by a random string, or
 * removed. Maps stay keyed by path.
 */
export function mutatedFiles(files: ReadonlyMap<string, string>): fc.Arbitrary<Map<string, string>> {
  const entries = [...files].map(([path, text]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant<string | undefined>(text) },
      { weight: 4, arbitrary: mutatedText(text) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
      { weight: 1, arbitrary: fc.constant<string | undefined>(undefined) },
    ).map((value): [string, string | undefined] => [path, value]),
  );
  return fc.tuple(...entries).map((pairs) => new Map(pairs.filter((pair): pair is [string, string] => pair[1] !== undefined)));
}

/** How many inputs each property tries: enough to find the quirks, few enough to keep `npm test` quick. */
export const PROPERTY_RUNS = Number(process.env.FAIRCAT_PROPERTY_RUNS ?? 60);

/**
 * Checks a property with fast-check and, on failure, fails with the problems the shrunk counterexample gives and a
 * short description of it (`describe`), rather than the whole input.
 */
export function assertNoProblems<T>(arbitrary: fc.Arbitrary<T>, problemsOf: (value: T) => string | undefined, describe: (value: T) => string = (value) => JSON.stringify(value).slice(0, 2000)): void {
  const details = fc.check(fc.property(arbitrary, (value) => problemsOf(value) === undefined), { numRuns: PROPERTY_RUNS });
  const counterexample = details.counterexample?.[0];
  if (details.failed && counterexample !== undefined) {
    throw new Error(`${problemsOf(counterexample) ?? 'the property failed'}\nseed ${details.seed}, path ${details.counterexample === null ? '' : String(details.counterexamplePath)}; input:\n${describe(counterexample)}`);
  }
  if (details.failed) throw new Error(`the property failed: ${String(details.errorInstance)}`);
}

/** The files of a mutated lesson that differ from the originals, each shown around its first difference. */
export function describeFiles(originals: ReadonlyMap<string, string>): (files: ReadonlyMap<string, string>) => string {
  return (files) => {
    const lines: string[] = [];
    for (const [path, original] of originals) {
      const text = files.get(path);
      if (text === undefined) lines.push(`${path}: removed`);
      else if (text !== original) {
        let at = 0;
        while (at < text.length && text[at] === original[at]) at += 1;
        lines.push(`${path}: ${JSON.stringify(text.slice(Math.max(0, at - 80), at + 160))} (first difference at ${at}, length ${text.length})`);
      }
    }
    for (const [path, text] of files) if (!originals.has(path)) lines.push(`${path}: added ${JSON.stringify(text.slice(0, 200))}`);
    return lines.join('\n') || '(unchanged)';
  };
}
