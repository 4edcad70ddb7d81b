/** What the feed tells about a lesson besides its title. */
export interface EntryFacts {
  title: string;
  /** Display name of the organisation. */
  organisation?: string;
  lifeCycle?: string;
  /** English name of the teaching language. */
  language?: string;
}

/**
 * The description of a feed entry. The feed has no prose besides the GitHub repository description, which is
 * already the title, so the description says only what the feed states, as a sentence after the title:
 * `Python for Humanities. A lesson of The Carpentries Incubator (life cycle: alpha), taught in English.`
 * Missing facts are left out of the sentence, never guessed.
 */
export function describeEntry(facts: EntryFacts): string {
  const title = /[.!?]$/.test(facts.title) ? facts.title : `${facts.title}.`;
  let sentence = 'A lesson';
  if (facts.organisation !== undefined) sentence += ` of ${facts.organisation}`;
  if (facts.lifeCycle !== undefined) sentence += ` (life cycle: ${facts.lifeCycle})`;
  if (facts.language !== undefined) sentence += `, taught in ${facts.language}`;
  return `${title} ${sentence}.`;
}
