/**
 * Template text that lesson templates ship and authors forget to replace. It carries no information, so
 * harvesters drop it instead of publishing it (corpus README, cross-source note 4).
 */

/** How much of a value {@link isPlaceholder} looks at: more than the longest text FAIRCat stores (10,000). */
export const PLACEHOLDER_SCAN_LENGTH = 20_000;

/** Whole values (compared lower-case, whitespace collapsed, trailing `.`/`:` dropped) that mean "nothing here". */
const PLACEHOLDER_VALUES: ReadonlySet<string> = new Set([
  'none', 'n/a', 'na', 'n.a', 'null', 'nil', 'undefined', 'unknown', 'tbd', 'tba', 'todo', 'fixme',
  'lesson title', 'title', 'workshop title', 'your name', 'your lesson title', 'description',
  'no description', 'no description provided', 'not available', 'not applicable',
  // The Carpentries Workbench and styles template default keywords (`config.yaml`), treated as a whole.
  'software, data, lesson, the carpentries',
]);

/** Markers of unreplaced template text anywhere in the value. */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // 'FIXME', '# FIXME', 'FIXME: describe how to cite this lesson.' (Carpentries styles template)
  /\bFIXME\b/i,
  // 'TODO: write a description', 'TBD', 'XXX' at the start of the value
  /^[\s#*>-]*(TODO|TBD|TBA|XXX)\b/i,
  // '<USERNAME>/<PROJECT>', '<YOUR NAME>', '<LESSON_TITLE>': upper-case template slots, never HTML tags
  /<[A-Z][A-Z0-9_ -]{2,}>/,
  // '<your-name>', '<username>': lower-case slots with a tell-tale word
  /<\s*(your|my|insert|user|username|project|repo|repository|org|organisation|organization|lesson)\b[^<>]*>/i,
  // Unrendered Liquid/Jinja/Hugo templates: '{{ site.title }}' (bounded: '{{' repeated must not scan quadratically)
  /\{\{[^{}]{0,500}\}\}/,
  // 'lorem ipsum dolor sit amet'
  /\blorem ipsum\b/i,
  // 'xxxxx', 'zenodo.xxxxx', 'XXX-XXX' (but not words that merely contain an x)
  /(^|[^a-z])x{3,}([^a-z]|$)/i,
];

/**
 * Tells whether a value is template or filler text rather than real metadata: empty or whitespace only,
 * punctuation only (`-`, `…`), `FIXME…`, `TODO…`, `<USERNAME>/<PROJECT>`-style slots, unrendered `{{ … }}`,
 * lorem ipsum, `xxxxx`, `none`, `N/A`, `Lesson Title`, and the Carpentries template keywords
 * `'software, data, lesson, The Carpentries'` (as a whole; each keyword alone is real).
 *
 * HTML markup such as `<p>` is not a placeholder; check the text after {@link stripHtml} if in doubt.
 *
 * Linear and bounded: only the first {@link PLACEHOLDER_SCAN_LENGTH} characters are looked at. Stored texts are
 * cut to at most 10,000 characters before they are checked, so nothing past that can reach the catalog anyway.
 */
export function isPlaceholder(value: string): boolean {
  const head = value.length > PLACEHOLDER_SCAN_LENGTH ? value.slice(0, PLACEHOLDER_SCAN_LENGTH) : value;
  const collapsed = head.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (/^[\p{P}\p{S}\s]*$/u.test(collapsed)) return true;
  const key = collapsed
    .toLowerCase()
    .replace(/\s*,\s*/g, ', ')
    .replace(/[.:]+$/, '');
  if (PLACEHOLDER_VALUES.has(key)) return true;
  return PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(collapsed));
}
