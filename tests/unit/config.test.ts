import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.mongodbUri).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      MONGODB_URI: 'mongodb://db1,db2/koers?replicaSet=rs0',
      REDIS_URL: 'redis://127.0.0.1:6379',
      SESSION_SECRET: 'x'.repeat(40),
      LOG_LEVEL: 'debug',
      DATA_DIR: '/tmp/koers-data',
      SQLITE_SYNCHRONOUS: 'NORMAL',
      FERRETDB_POSTGRESQL_URL: 'postgres://koers@127.0.0.1:5432/koers',
    });
    expect(config).toMatchObject({
      sqliteSynchronous: 'NORMAL',
      ferretdbPostgresqlUrl: 'postgres://koers@127.0.0.1:5432/koers',
      port: 8080,
      mongodbUri: 'mongodb://db1,db2/koers?replicaSet=rs0',
      redisUrl: 'redis://127.0.0.1:6379',
      logLevel: 'debug',
      dataDir: '/tmp/koers-data',
    });
  });

  it('treats an empty MONGODB_URI as unset, so the embedded database starts', () => {
    expect(loadConfig({ MONGODB_URI: '' }).mongodbUri).toBeUndefined();
  });

  it('names each bad variable in its own message', () => {
    const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', MONGODB_URI: 'postgres://x' });
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT '))).toContain('"abc"');
    expect(problems.find((p) => p.startsWith('LOG_LEVEL '))).toContain('one of');
    expect(problems.find((p) => p.startsWith('MONGODB_URI '))).toContain('mongodb://');
  });

  it('refuses an unknown SQLite durability and a database URL of another kind', () => {
    const problems = problemsOf({ SQLITE_SYNCHRONOUS: 'OFF', FERRETDB_POSTGRESQL_URL: 'mongodb://x' });
    expect(problems.find((p) => p.startsWith('SQLITE_SYNCHRONOUS '))).toContain('FULL or NORMAL');
    expect(problems.find((p) => p.startsWith('FERRETDB_POSTGRESQL_URL '))).toContain('postgres://');
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT /);
  });

  it('requires a strong SESSION_SECRET in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })[0]).toMatch(/^SESSION_SECRET is required/);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: 'short' })[0]).toMatch(/at least 32/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32) }).sessionSecret).toBe(
      's'.repeat(32),
    );
  });

  it('reads the e-mail settings: SMTP_URL must be smtp(s), PUBLIC_URL is required with it in production', () => {
    expect(loadConfig({}).smtpUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://koers.example/' }).publicUrl).toBe('https://koers.example');
    expect(problemsOf({ SMTP_URL: 'http://mail.example' })[0]).toMatch(/^SMTP_URL must start with smtp/);
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(32),
      SMTP_URL: 'smtp://mail:587',
    };
    expect(problemsOf(production)[0]).toMatch(/^PUBLIC_URL is required with SMTP_URL/);
    expect(loadConfig({ ...production, PUBLIC_URL: 'https://koers.example' })).toMatchObject({
      smtpUrl: 'smtp://mail:587',
      publicUrl: 'https://koers.example',
      mailTickSeconds: 60,
    });
    expect(problemsOf({ MAIL_TICK_SECONDS: '-1' })[0]).toMatch(/^MAIL_TICK_SECONDS /);
  });
});
