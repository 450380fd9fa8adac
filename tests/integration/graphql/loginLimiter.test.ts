import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startKoers, type KoersServer } from '../../../server/app';
import { ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, ATTEMPTS_PER_ADDRESS } from '../../../server/auth/loginLimiter';
import { loadConfig } from '../../../server/config';
import { buildUser, TEST_PASSWORD } from '../../support/factories';
import { startTestServer, uniqueDatabaseUri } from '../../support/server';

const servers: KoersServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(env: Record<string, string> = {}): Promise<KoersServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

/** One sign-in over real HTTP; the error code, or 'OK' when it signed in. */
async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await response.json()) as {
    data?: { login: { token: string } | null };
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return body.data?.login?.token ? 'OK' : String(body.errors?.[0]?.extensions?.code);
}

/** How often each answer came back. */
function tally(answers: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) counts[answer] = (counts[answer] ?? 0) + 1;
  return counts;
}

describe('login limiter under concurrency', () => {
  it('checks at most 5 of 25 simultaneous attempts on one account, and the right password is refused once locked', async () => {
    const server = await start();
    const user = await buildUser(server.runtime.models);
    const passwords = [...Array.from({ length: 24 }, (_, i) => `wrong-${i}`), TEST_PASSWORD];
    const answers = tally(await Promise.all(passwords.map((p) => login(server.url, user.email, p))));

    const checked = (answers.UNAUTHENTICATED ?? 0) + (answers.OK ?? 0);
    expect(answers.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(ATTEMPTS_PER_ACCOUNT_AND_ADDRESS);
    expect(checked).toBeLessThanOrEqual(ATTEMPTS_PER_ACCOUNT_AND_ADDRESS);
    expect(answers.RATE_LIMITED).toBe(25 - checked);
    // The pair is locked now: the right password is refused without being checked.
    expect(await login(server.url, user.email, TEST_PASSWORD)).toBe('RATE_LIMITED');
  });

  it('checks at most 50 of 100 simultaneous guesses from one address over many accounts', async () => {
    const server = await start();
    const emails = Array.from({ length: 100 }, () => `nobody-${randomUUID().slice(0, 8)}@test.koers.example`);
    const answers = tally(await Promise.all(emails.map((email) => login(server.url, email, 'guess'))));
    expect(answers).toEqual({
      UNAUTHENTICATED: ATTEMPTS_PER_ADDRESS,
      RATE_LIMITED: 100 - ATTEMPTS_PER_ADDRESS,
    });
    // Fifty argon2 checks on a machine shared with the rest of the suite: a ceiling, not a target.
  }, 180_000);

  it('shares the counters between processes through Redis (REDIS_URL, keys under REDIS_PREFIX)', async () => {
    const env = {
      MONGODB_URI: uniqueDatabaseUri(),
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `koers-test-${randomUUID().slice(0, 8)}:`,
    };
    const [a, b] = [await start(env), await start(env)];
    const user = await buildUser(a.runtime.models);
    // Twelve wrong passwords at once, half to each process: in-process counters would check all.
    const answers = tally(
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => login((i % 2 ? a : b).url, user.email, `wrong-${i}`)),
      ),
    );
    expect(answers).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 7 });
  });

  it('logs a failed sign-in without the typed e-mail address', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', MONGODB_URI: uniqueDatabaseUri() });
    const server = await startKoers(config, pino({ level: 'info' }, sink));
    servers.push(server);
    const typed = `Someone.Private-${randomUUID().slice(0, 6)}@gemeente.example`;
    expect(await login(server.url, typed, 'wrong')).toBe('UNAUTHENTICATED');

    const failed = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((l) => l.msg === 'failed sign-in');
    expect(failed).toMatchObject({ emailHash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const everything = lines.join('\n').toLowerCase();
    expect(everything).not.toContain(typed.toLowerCase());
    expect(everything).not.toContain('someone.private');
  });
});
