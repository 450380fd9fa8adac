import path from 'node:path';
import { z } from 'zod';
import { compileTrustProxy, type TrustProxy } from './auth/clientAddress';

const DEVELOPMENT_SECRET = 'koers-development-secret-not-for-production-use';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ message: 'must be a whole number between 0 and 65535' })
      .int('must be a whole number between 0 and 65535')
      .min(0, 'must be a whole number between 0 and 65535')
      .max(65535, 'must be a whole number between 0 and 65535')
      .default(4000),
    MONGODB_URI: optionalText.pipe(
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must start with mongodb:// or mongodb+srv://')
        .optional(),
    ),
    REDIS_URL: optionalText.pipe(
      z
        .string()
        .regex(/^rediss?:\/\/\S+$/, 'must start with redis:// or rediss://')
        .optional(),
    ),
    REDIS_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1 to 64 letters, digits, colons, dashes or underscores')
      .default('koers:'),
    SESSION_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters long').optional()),
    LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }).default('info'),
    DATA_DIR: z.string().trim().min(1).default('data'),
    SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL'], { message: 'must be FULL or NORMAL' }).default('FULL'),
    FERRETDB_POSTGRESQL_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
    MAP_BOUNDARIES_URL: optionalText.pipe(z.string().url('must be an absolute URL').optional()),
    TRUST_PROXY: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .refine(
        (entries) => {
          try {
            compileTrustProxy(entries);
            return true;
          } catch {
            return false;
          }
        },
        {
          message:
            'must be a comma-separated list of IP addresses, CIDRs, loopback, linklocal or uniquelocal',
        },
      ),
    TOKEN_TTL_HOURS: z.coerce
      .number({ message: 'must be a number of hours' })
      .positive('must be a positive number of hours')
      .max(24 * 30, 'must be at most 720 hours (30 days)')
      .default(12),
    API_TOKEN_RATE_LIMIT: z.coerce
      .number({ message: 'must be a whole number of requests per minute' })
      .int('must be a whole number of requests per minute')
      .positive('must be a whole number of requests per minute')
      .default(600),
    API_EXPLORER: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
    WEBHOOK_ALLOW_HTTP: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
    WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, 'must start with smtp:// or smtps://')
        .optional(),
    ),
    MAIL_FROM: z.string().trim().min(3).default('koers@localhost'),
    PUBLIC_URL: optionalText.pipe(
      z
        .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' })
        .transform((url) => url.replace(/\/+$/, ''))
        .optional(),
    ),
    MAIL_TICK_SECONDS: z.coerce
      .number({ message: 'must be a whole number of seconds' })
      .int('must be a whole number of seconds')
      .min(0, 'must be 0 (off) or more seconds')
      .default(60),
    MAIL_LEASE_SECONDS: z.coerce
      .number({ message: 'must be a whole number of seconds' })
      .int('must be a whole number of seconds')
      .min(1, 'must be at least 1 second')
      .default(300),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required when NODE_ENV=production (at least 32 random characters)',
      });
    }
    if (env.NODE_ENV === 'production' && env.SMTP_URL && !env.PUBLIC_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'is required with SMTP_URL in production: e-mails link to it (https://…)',
      });
    }
  });

/** The validated, typed configuration Koers runs with. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Unset: start the embedded FerretDB on SQLite under `dataDir`. */
  mongodbUri: string | undefined;
  /** Unset: a single process, no fan-out. */
  redisUrl: string | undefined;
  /** Prefix of this deployment's Redis channels (tests use one per test to stay apart). */
  redisPrefix: string;
  sessionSecret: string;
  logLevel: (typeof logLevels)[number];
  dataDir: string;
  /** SQLite's `synchronous` for the embedded database (see the README's performance section). */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Set: the embedded FerretDB keeps its data in this PostgreSQL database instead of `dataDir`. */
  ferretdbPostgresqlUrl: string | undefined;
  mapBoundariesUrl: string | undefined;
  tokenTtlHours: number;
  /** The load balancers' addresses (`TRUST_PROXY`): only their `X-Forwarded-For` is believed. */
  trustProxy: string[];
  /** {@link trustProxy} compiled; `clientAddress(request, config.trustedHops)`. */
  trustedHops: TrustProxy;
  /** Requests (and subscription operations) per minute one API token may make. */
  apiTokenRateLimit: number;
  /** Serve GraphiQL at /graphiql: always outside production, in production when API_EXPLORER=true. */
  apiExplorer: boolean;
  /** Accept plain `http://` webhook URLs (`WEBHOOK_ALLOW_HTTP=true`); otherwise only `https://`. */
  webhookAllowHttp: boolean;
  /**
   * Deliver webhooks to loopback, private and link-local addresses (`WEBHOOK_ALLOW_PRIVATE=true`,
   * for tests and closed networks); otherwise such URLs are refused, at registration and delivery.
   */
  webhookAllowPrivate: boolean;
  /** Unset: messages are kept in the outbox (`/beheer/outbox`) instead of sent. */
  smtpUrl: string | undefined;
  /** The From header of every message. */
  mailFrom: string;
  /** Where people reach this site, without a trailing slash; links in e-mails start with it. */
  publicUrl: string;
  /** How often the mail scheduler runs (digests, reminders, sending); 0 turns it off (tests). */
  mailTickSeconds: number;
  /** How long a process holds a message it is sending before another may take it over. */
  mailLeaseSeconds: number;
}

/** Thrown when one or more environment variables are invalid; `problems` has one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.') || 'environment';
      return `${variable} ${issue.message} (got ${JSON.stringify(env[variable] ?? null)})`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    sessionSecret: e.SESSION_SECRET ?? DEVELOPMENT_SECRET,
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.DATA_DIR),
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    ferretdbPostgresqlUrl: e.FERRETDB_POSTGRESQL_URL,
    mapBoundariesUrl: e.MAP_BOUNDARIES_URL,
    tokenTtlHours: e.TOKEN_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    trustedHops: compileTrustProxy(e.TRUST_PROXY),
    apiTokenRateLimit: e.API_TOKEN_RATE_LIMIT,
    apiExplorer: e.API_EXPLORER ? e.API_EXPLORER === 'true' : e.NODE_ENV !== 'production',
    webhookAllowHttp: e.WEBHOOK_ALLOW_HTTP === 'true',
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE === 'true',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    mailTickSeconds: e.MAIL_TICK_SECONDS,
    mailLeaseSeconds: e.MAIL_LEASE_SECONDS,
  };
}
