import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';

/** The machine a benchmark ran on, and how busy it was. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  totalMemoryBytes: number;
  freeMemoryBytes: number;
  /** 1, 5 and 15-minute load averages when the figure was taken. */
  loadAverage: [number, number, number];
  node: string;
  platform: string;
  /** Commit of the work tree, with `+dirty` when it has uncommitted changes (`FAIRCAT_BENCH_COMMIT` overrides); `unknown` outside git. */
  commit: string;
}

/** Describes this machine now. */
export function machineInfo(): MachineInfo {
  return {
    cores: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemoryBytes: totalmem(),
    freeMemoryBytes: freemem(),
    loadAverage: loadAverage(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    commit: process.env.FAIRCAT_BENCH_COMMIT ?? gitCommit(),
  };
}

/** The 1, 5 and 15-minute load averages, rounded to two decimals. */
export function loadAverage(): [number, number, number] {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return [round(one), round(five), round(fifteen)];
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
