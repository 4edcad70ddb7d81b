import { readFileSync } from 'node:fs';

/** Resident memory of a process (Linux `/proc/<pid>/status`): now, and the peak so far. */
export interface ProcessMemory {
  rssBytes: number;
  peakRssBytes: number;
}

/** Reads a process's resident set size; `undefined` where `/proc` is not available. */
export function processMemory(pid: number): ProcessMemory | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rssBytes: kib('VmRSS'), peakRssBytes: kib('VmHWM') };
}
