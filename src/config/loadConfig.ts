import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configSchema } from './configSchema.js';
import { ConfigError } from './ConfigError.js';
import type { ResolvedConfig } from './ResolvedConfig.js';

/** The bundled demo config, used when neither `FAIRCAT_CONFIG` nor a path is given. */
export const DEMO_CONFIG_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples/demo.config.yaml');

/**
 * Reads the YAML config file, lets environment variables override it (DESIGN §5: `PORT`, `FAIRCAT_DATA_DIR`,
 * `FAIRCAT_BASE_URL`, `FAIRCAT_PID_BASE`, `FAIRCAT_ADMIN_TOKEN`), validates it and derives the base URLs.
 * Throws a `ConfigError` that names the file and every bad field.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, path?: string): ResolvedConfig {
  const configPath = resolve(path ?? env.FAIRCAT_CONFIG ?? DEMO_CONFIG_PATH);
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${configPath}: ${(error as Error).message}`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true }) ?? {};
  } catch (error) {
    throw new ConfigError(`config file ${configPath} is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  return resolveConfig(raw, configPath, env);
}

/** Validates an already parsed config object (tests build configs in memory with it). */
export function resolveConfig(raw: unknown, configPath: string, env: NodeJS.ProcessEnv = {}): ResolvedConfig {
  const parsed = configSchema.safeParse(applyEnvironment(raw, env));
  if (!parsed.success) {
    throw new ConfigError(`config file ${configPath} is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  const config = parsed.data;
  checkReferences(config, configPath);
  const baseUrl = withSlash(config.server.baseUrl ?? `http://localhost:${config.server.port}/`);
  return {
    ...config,
    configPath,
    configDir: dirname(configPath),
    dataDir: resolve(config.dataDir),
    baseUrl,
    pidBase: withSlash(config.server.pidBase ?? baseUrl),
  };
}

function applyEnvironment(raw: unknown, env: NodeJS.ProcessEnv): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const config = structuredClone(raw) as Record<string, unknown>;
  const server = { ...((config.server as Record<string, unknown> | undefined) ?? {}) };
  if (env.PORT !== undefined && env.PORT !== '') server.port = Number(env.PORT);
  if (env.FAIRCAT_BASE_URL) server.baseUrl = env.FAIRCAT_BASE_URL;
  if (env.FAIRCAT_PID_BASE) server.pidBase = env.FAIRCAT_PID_BASE;
  if (env.FAIRCAT_ADMIN_TOKEN) server.adminToken = env.FAIRCAT_ADMIN_TOKEN;
  config.server = server;
  if (env.FAIRCAT_DATA_DIR) config.dataDir = env.FAIRCAT_DATA_DIR;
  return config;
}

function checkReferences(config: z.infer<typeof configSchema>, configPath: string): void {
  const problems: string[] = [];
  const providers = new Set(config.providers.map((p) => p.id));
  const seen = new Set<string>();
  for (const source of config.sources) {
    if (seen.has(source.id)) problems.push(`sources: the id "${source.id}" is used twice`);
    seen.add(source.id);
    if (!providers.has(source.provider)) {
      problems.push(`sources.${source.id}.provider: "${source.provider}" is not one of the providers (${[...providers].join(', ') || 'none defined'})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`config file ${configPath} is invalid:\n✖ ${problems.join('\n✖ ')}`);
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
