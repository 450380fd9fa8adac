/**
 * `npm run admin:create -- --email <address> --name <name>`: creates the first administrator of a
 * deployment, once. On a terminal it asks for the password (twice, not echoed; empty generates
 * one); otherwise it generates one. A generated password is printed once and never stored in
 * clear. Refuses when an administrator exists already: later accounts are made in the app.
 */
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hashPassword } from '../server/auth/password';
import { ConfigError, loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/database';
import { createModels } from '../server/db/models';
import { createLogger } from '../server/logger';

/** Shortest password the command accepts for an administrator. */
const MIN_PASSWORD_LENGTH = 12;

const usage = 'Usage: npm run admin:create -- --email <address> --name <name>';

/** Reads one line from the terminal without echoing it. */
async function askHidden(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = terminal as unknown as { _writeToOutput: (text: string) => void };
  const write = output._writeToOutput.bind(terminal);
  let prompted = false;
  // Echo the question, then nothing of what is typed.
  output._writeToOutput = (text) => {
    if (!prompted) write(text);
    prompted = true;
  };
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
    process.stdout.write('\n');
  }
}

/** The password to use and whether it was generated (and so must be shown). */
async function choosePassword(): Promise<{ password: string; generated: boolean }> {
  const generate = () => ({ password: randomBytes(18).toString('base64url'), generated: true });
  if (!process.stdin.isTTY) return generate();
  const password = await askHidden(
    `Password (at least ${MIN_PASSWORD_LENGTH} characters; empty: generate one): `,
  );
  if (password === '') return generate();
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new UsageError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  if ((await askHidden('Repeat the password: ')) !== password) throw new UsageError('The passwords differ.');
  return { password, generated: false };
}

/** A mistake of the operator: told on stderr, exit code 1. */
class UsageError extends Error {}

try {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = values.email?.trim().toLowerCase();
  const name = values.name?.trim();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email) || !name) throw new UsageError(usage);
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await connectDatabase(config, logger);
  try {
    const models = createModels(database.connection);
    if (await models.User.exists({ roles: 'ADMIN' })) {
      throw new UsageError('An administrator exists already; add further accounts in Koers itself.');
    }
    if (await models.User.exists({ email })) throw new UsageError(`An account for ${email} exists already.`);
    const { password, generated } = await choosePassword();
    await models.User.create({ email, name, roles: ['ADMIN'], passwordHash: await hashPassword(password) });
    console.log(`Administrator ${email} created.`);
    if (generated) console.log(`Password (shown once, store it in a password manager): ${password}`);
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof UsageError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(usage);
    process.exit(1);
  }
  throw error;
}
