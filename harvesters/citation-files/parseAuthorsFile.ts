import { cleanText, isPlaceholder, normaliseUrl } from '../../src/normalise/index.js';
import { agentName } from './agentName.js';
import type { Agent } from '../../src/model/Material.js';
import type { CitationInfo } from './CitationInfo.js';
import { quoted } from '../lesson-text/index.js';
import { uniqueAgents } from './uniqueAgents.js';

/** `[text](target)`, also with the closing `]` that hpc-intro's AUTHORS has instead of `)`. */
const LINK = /^\[([^\]]+)\]\(\s*([^)\]\s]*)\s*[)\]]/;
/** `Name <email or URL>`, the git-style AUTHORS line. */
const ANGLE = /^(.+?)\s*<([^<>]+)>$/;
/** A list marker: `- `, `* `, `+ `, `1. `. */
const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+/;
/** Prose that introduces names ("HPC Intro is maintained by", "It was written and edited by", "Authors:"). */
const PROSE = /(:|\bby)$|\b(is|was|were|are|has|have|been)\b/i;
/** Longest prefix of the file that is read (shell-novice's 143 names are 2 kB). */
const MAX_READ = 1_000_000;
/** More words than a personal name has. */
const MAX_NAME_WORDS = 7;

/**
 * Reads an `AUTHORS` file: one person per line, as plain names (shell-novice) or Markdown list items with links
 * (hpc-intro: `- [@ChristinaLK](https://github.com/ChristinaLK]`, whose closing `]` is a typo that is tolerated).
 * A link's text is the name (a leading `@` of a handle dropped) and an http(s) target the agent's URL; `mailto:`
 * targets and `<email>` parts are not kept. Headings, blank lines and prose lines that introduce the names
 * ("It was written and edited by") are skipped; placeholder lines and lines too long for a name are skipped with
 * a warning. Repeated names are merged.
 */
export function parseAuthorsFile(text: string, location = 'AUTHORS'): CitationInfo {
  const warnings: string[] = [];
  const agents: Agent[] = [];
  if (text.length > MAX_READ) warnings.push(`${location}: longer than ${MAX_READ} characters; only the start is read`);
  cleanText(text.slice(0, MAX_READ), { maxLength: Number.POSITIVE_INFINITY }).split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(LIST_MARKER, '').trim();
    if (line === '' || line.startsWith('#') || /^[-=_*]{3,}$/.test(line)) return;
    const agent = authorLine(line);
    const at = `${location}:${index + 1}`;
    if (agent === 'prose') return;
    if (agent === undefined) {
      warnings.push(`${at}: ${quoted(line, 60)} is not a name; skipped`);
      return;
    }
    agents.push(agent);
  });
  const authors = uniqueAgents(agents);
  return authors.length > 0 ? { authors, warnings } : { warnings };
}

function authorLine(line: string): Agent | 'prose' | undefined {
  let name = line;
  let target: string | undefined;
  const link = LINK.exec(line) ?? ANGLE.exec(line);
  if (link) {
    name = link[1] ?? '';
    target = link[2];
  } else if (PROSE.test(line)) {
    return 'prose';
  }
  name = name.replace(/^@/, '').trim();
  if (name === '' || isPlaceholder(name) || name.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  const normalised = agentName(name);
  if (normalised === undefined) return undefined;
  const agent: Agent = { type: 'Person', name: normalised };
  const url = target && /^https?:\/\//i.test(target) ? normaliseUrl(target) : undefined;
  if (url) agent.url = url;
  return agent;
}
