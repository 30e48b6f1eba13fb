import path from 'node:path';
import { z } from 'zod';

/**
 * Typed configuration, parsed once at start from environment variables. A bad value stops the
 * process with one clear line (see `parseConfig` callers) rather than failing later at random.
 */
const boolFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LIVEBASE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  LIVEBASE_DEMO_PASSWORD: z.string().min(8, 'LIVEBASE_DEMO_PASSWORD must have at least 8 characters').default('livebase-demo'),
  LIVEBASE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(120),
  LIVEBASE_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  LIVEBASE_PUBLIC_ORIGIN: z.url().optional(),
  LIVEBASE_TRUST_PROXY: boolFlag.default(false),
  LIVEBASE_SECURE_COOKIES: boolFlag.optional(),
  LIVEBASE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LIVEBASE_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  LIVEBASE_PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LIVEBASE_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LIVEBASE_LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100000).default(20),
  LIVEBASE_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LIVEBASE_SWEEPS: boolFlag.default(true),
  /** JSON overriding matching weights, e.g. {"quality":30}; see src/modules/matching/rules/weights.ts. */
  LIVEBASE_MATCH_WEIGHTS: z
    .string()
    .refine((v) => {
      try {
        const parsed: unknown = JSON.parse(v);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      } catch {
        return false;
      }
    }, 'must be a JSON object such as {"quality":30}')
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolMax: number };
  demoPassword: string;
  session: { idleMinutes: number; maxHours: number; secureCookies: boolean };
  publicOrigin: string | null;
  trustProxy: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  login: { maxFailures: number; lockoutMinutes: number; maxFailuresPerIp: number };
  sweeps: boolean;
  /** Raw JSON of matching weight overrides (parsed by the matching module), or null. */
  matchWeightsJson: string | null;
}

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as shells often export VAR= to clear a value.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`invalid configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.LIVEBASE_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.LIVEBASE_PG_POOL_MAX }
      : { kind: 'sqlite', file: path.join(dataDir, 'livebase.sqlite') },
    demoPassword: e.LIVEBASE_DEMO_PASSWORD,
    session: {
      idleMinutes: e.LIVEBASE_SESSION_IDLE_MINUTES,
      maxHours: e.LIVEBASE_SESSION_MAX_HOURS,
      secureCookies: e.LIVEBASE_SECURE_COOKIES ?? (e.LIVEBASE_PUBLIC_ORIGIN?.startsWith('https://') ?? false),
    },
    publicOrigin: e.LIVEBASE_PUBLIC_ORIGIN ? new URL(e.LIVEBASE_PUBLIC_ORIGIN).origin : null,
    trustProxy: e.LIVEBASE_TRUST_PROXY,
    logLevel: e.LIVEBASE_LOG_LEVEL,
    bodyLimitBytes: e.LIVEBASE_BODY_LIMIT_BYTES,
    login: { maxFailures: e.LIVEBASE_LOGIN_MAX_FAILURES, lockoutMinutes: e.LIVEBASE_LOCKOUT_MINUTES, maxFailuresPerIp: e.LIVEBASE_LOGIN_MAX_FAILURES_PER_IP },
    sweeps: e.LIVEBASE_SWEEPS,
    matchWeightsJson: e.LIVEBASE_MATCH_WEIGHTS ?? null,
  };
}
