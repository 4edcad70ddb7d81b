import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './freePort.js';
import { processMemory, type ProcessMemory } from './processMemory.js';

/** A server started in its own Node process for a benchmark. */
export interface SpawnedServer {
  pid: number;
  url: string;
  /** Milliseconds from spawning the process to the first successful answer of `readyPath`. */
  readyMs: number;
  memory(): ProcessMemory | undefined;
  /**
   * Polls `path` every 20 ms until it answers 2xx with a body that `accept` agrees to; returns the milliseconds from
   * spawning the process to that answer.
   */
  waitFor(path: string, accept?: (body: string) => boolean): Promise<number>;
  /** The last few kilobytes the process wrote to stderr, and its exit code once it has exited. */
  state(): { stderr: string; exitCode: number | null; signal: NodeJS.Signals | null };
  /** Asks the process to stop (SIGTERM, so that `--cpu-prof` profiles are written) and waits for it. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** The script and its arguments (run with this Node binary). */
  args: readonly string[];
  /** Extra Node flags, e.g. `--cpu-prof`. */
  nodeFlags?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Path polled until it answers 2xx (default `/readyz`). */
  readyPath?: string;
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
  cwd?: string;
}

/**
 * Spawns a server on a free loopback port (passed as `PORT`) and waits until it is ready, polling `readyPath`
 * every 20 ms: the time measured is what an operator sees, from `node …` to the first useful answer.
 */
export async function spawnServer(options: SpawnOptions): Promise<SpawnedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...options.args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...options.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = started + (options.timeoutMs ?? 600_000);
  const waitFor = async (path: string, accept: (body: string) => boolean = () => true): Promise<number> => {
    for (;;) {
      if (gone) throw new Error(`the server exited before it was ready: ${options.args.join(' ')}\n${stderr}`);
      if (performance.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the server was not ready within ${options.timeoutMs ?? 600_000} ms: ${options.args.join(' ')}\n${stderr}`);
      }
      const body = await answer(`${url}${path.replace(/^\//, '')}`);
      if (body !== undefined && accept(body)) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const readyMs = await waitFor(options.readyPath ?? '/readyz');
  return {
    pid: child.pid!,
    url,
    readyMs,
    waitFor,
    memory: () => processMemory(child.pid!),
    state: () => ({ stderr, exitCode: child.exitCode, signal: child.signalCode }),
    stop: () => stopChild(child, exited),
  };
}

/** The body of a 2xx answer, or undefined (another status, no answer within 2 s). */
async function answer(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const body = await response.text();
    return response.ok ? body : undefined;
  } catch {
    return undefined;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}
