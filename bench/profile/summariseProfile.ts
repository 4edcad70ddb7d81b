/** A V8 CPU profile as `node --cpu-prof` writes it (the parts read here). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Where a profile spent its time: one function (name and file:line) and its share. */
export interface ProfileEntry {
  function: string;
  location: string;
  /** Time in the function itself, ms. */
  selfMs: number;
  /** Time in the function and everything it called, ms (counted once per sample even under recursion). */
  totalMs: number;
  selfShare: number;
  totalShare: number;
}

/**
 * Summarises a CPU profile by function: self and total (inclusive) time, heaviest first. Idle and GC stay as V8 names
 * them (`(idle)`, `(garbage collector)`), so a reader can tell waiting from working. Pure.
 */
export function summariseProfile(profile: CpuProfile, options: { top?: number; by?: 'self' | 'total'; root?: string } = {}): ProfileEntry[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (id: number): string => {
    const frame = byId.get(id)!.callFrame;
    return `${frame.functionName || '(anonymous)'}\u0000${frame.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let all = 0;
  for (const [index, sample] of samples.entries()) {
    const ms = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000;
    all += ms;
    self.set(keyOf(sample), (self.get(keyOf(sample)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const key = keyOf(id);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  }
  const entries = [...total.entries()].map(([key, totalMs]): ProfileEntry => {
    const [name = '', location = ''] = key.split('\u0000');
    const selfMs = self.get(key) ?? 0;
    return { function: name, location, selfMs, totalMs, selfShare: selfMs / all, totalShare: totalMs / all };
  });
  const by = options.by ?? 'self';
  return entries.sort((a, b) => (by === 'self' ? b.selfMs - a.selfMs : b.totalMs - a.totalMs)).slice(0, options.top ?? 25);
}
