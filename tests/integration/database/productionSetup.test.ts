import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../server/auth/password';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels, type Models } from '../../../server/db/models';
import { uniqueDatabaseUri } from '../../support/server';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const uri = uniqueDatabaseUri();
const production = {
  ...process.env,
  NODE_ENV: 'production',
  SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
  MONGODB_URI: uri,
  LOG_LEVEL: 'silent',
};

let close: () => Promise<void>;
let models: Models;
beforeAll(async () => {
  const connection = await openDatabase(uri, databaseNameFromUri(uri, 'koers'));
  models = createModels(connection);
  close = () => connection.close();
});
afterAll(() => close());

/** Runs a script as an operator would; its output and exit code. */
function script(file: string, args: string[]) {
  return run(tsx, [file, ...args], { env: production }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('setting up a production database', () => {
  it('seeds the real reference data only, without demo accounts or demo figures', async () => {
    const seeded = await script('seeds/index.ts', []);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('npm run admin:create');
    expect(await models.Municipality.countDocuments()).toBe(342);
    expect(await models.Standard.countDocuments()).toBe(92);
    expect(await models.Adoption.countDocuments({ demo: true })).toBe(0);
    expect(await models.Adoption.countDocuments({ demo: false })).toBeGreaterThan(0);
    expect(await models.User.countDocuments()).toBe(0);
    expect(await models.Subscription.countDocuments()).toBe(0);
    expect(await models.Roadmap.countDocuments()).toBe(0);
    expect(await models.Initiative.countDocuments()).toBe(0);
  });

  it('creates the first administrator once, with a generated password printed once', async () => {
    const created = await script('scripts/createAdmin.ts', [
      '--email',
      'Beheer@Gemeente.example',
      '--name',
      'Eerste Beheerder',
    ]);
    expect(created.code).toBe(0);
    const password = /Password \(shown once[^:]*\): (\S+)/.exec(created.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    const admin = await models.User.findOne({ email: 'beheer@gemeente.example' }).lean();
    expect(admin?.roles).toEqual(['ADMIN']);
    expect(await verifyPassword(admin?.passwordHash ?? null, password)).toBe(true);

    const again = await script('scripts/createAdmin.ts', [
      '--email',
      'tweede@gemeente.example',
      '--name',
      'Tweede',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('An administrator exists already');
    expect(await models.User.countDocuments()).toBe(1);
  });

  it('loads demo data in production only when asked with --demo', async () => {
    const seeded = await script('seeds/index.ts', ['--demo']);
    expect(seeded.code).toBe(0);
    expect(seeded.stderr).toContain('koers-demo');
    expect(await models.User.exists({ email: 'admin@koers.example' })).not.toBeNull();
    expect(await models.Adoption.countDocuments({ demo: true })).toBeGreaterThan(0);
  });
});
