/** One Pandoc fenced div (`:::::: objectives` … `::::::`). */
export interface FencedDiv {
  /** Class names: the bare word after the colons, or the `.class` names inside `{…}`. */
  classes: string[];
  /** The text between the fences, verbatim (nested divs included). */
  content: string;
  /** 1-based line of the opening fence in the text parsed. */
  line: number;
  /** 0 for a top-level div, 1 for a div inside one, … */
  depth: number;
  /** False when the text ended before the closing fence (a truncated file). */
  closed: boolean;
}

/** The fenced divs of a Markdown text, and the text outside all of them. */
export interface FencedDivs {
  /** Every div, nested ones included, in the order of their opening fences. */
  divs: FencedDiv[];
  /** The text outside every div; each div is replaced by one blank line so that paragraphs stay apart. */
  outside: string;
}

// Pandoc fenced_divs: an opening fence is ≥ 3 colons then attributes (`{.a #b}` or one bare class word),
// optionally followed by more colons; a closing fence is ≥ 3 colons alone. Fence lengths need not match.
const OPEN = /^ {0,3}:{3,}[ \t]*(?:\{([^}]*)\}|([^\s{}:][^\s:]*))[ \t]*:*[ \t]*$/;
const CLOSE = /^ {0,3}:{3,}[ \t]*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Deepest nesting read as divs; deeper opening fences stay text. Lessons nest two or three deep (a `solution`
 * in a `challenge`); the cap keeps hostile input from making every open div hold a copy of the rest of the file.
 */
export const MAX_DIV_DEPTH = 8;

/**
 * Finds the Pandoc fenced divs in Markdown (the Workbench's `objectives`, `questions`, `keypoints`, `prereq`,
 * `challenge`/`solution`, … blocks), with nesting, and ignores colons inside fenced code blocks. A div left
 * open at the end of the text is closed there with `closed: false`.
 */
export function parseFencedDivs(markdown: string): FencedDivs {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const divs: FencedDiv[] = [];
  const open: { div: FencedDiv; start: number }[] = [];
  const outside: string[] = [];
  let codeFence: string | undefined;

  lines.forEach((line, index) => {
    const code = CODE_FENCE.exec(line)?.[1];
    if (codeFence !== undefined) {
      if (code !== undefined && code[0] === codeFence[0] && code.length >= codeFence.length) codeFence = undefined;
    } else if (code !== undefined) {
      codeFence = code;
    } else {
      const opening = open.length < MAX_DIV_DEPTH ? OPEN.exec(line) : null;
      if (opening) {
        const div: FencedDiv = { classes: classesOf(opening[1], opening[2]), content: '', line: index + 1, depth: open.length, closed: false };
        divs.push(div);
        if (open.length === 0) outside.push('');
        open.push({ div, start: index + 1 });
        return;
      }
      if (CLOSE.test(line) && open.length > 0) {
        const top = open.pop();
        if (top) {
          top.div.content = lines.slice(top.start, index).join('\n');
          top.div.closed = true;
        }
        return;
      }
    }
    if (open.length === 0) outside.push(line);
  });
  for (const { div, start } of open) div.content = lines.slice(start).join('\n');
  return { divs, outside: outside.join('\n') };
}

function classesOf(attributes: string | undefined, bare: string | undefined): string[] {
  if (bare !== undefined) return [bare.toLowerCase()];
  return (attributes ?? '')
    .split(/\s+/)
    .filter((token) => token.startsWith('.') && token.length > 1)
    .map((token) => token.slice(1).toLowerCase());
}
