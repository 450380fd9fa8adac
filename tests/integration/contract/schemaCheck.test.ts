import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run schema:check` as CI runs it, against a release whose schema had a field and an enum
 * value the current schema no longer has: two breaking changes.
 */
let dir: string;

function runCheck(
  changelog: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/schemaCheck.ts', ...args],
      {
        env: {
          ...process.env,
          KOERS_SCHEMA_RELEASES: path.join(dir, 'releases'),
          KOERS_CHANGELOG: path.join(dir, 'CHANGELOG.md'),
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'koers-schema-check-'));
  const releases = path.join(dir, 'releases');
  mkdirSync(releases);
  // The current schema kept as a release, then given what a later schema no longer has.
  expect((await runCheck('', ['--release'])).code).toBe(0);
  const [file] = readdirSync(releases);
  const kept = path.join(releases, file!);
  writeFileSync(
    kept,
    readFileSync(kept, 'utf8')
      .replace('type Query {\n', 'type Query {\n  retiredField: String\n')
      .replace('enum TimeInterval {\n', 'enum TimeInterval {\n  DECADE\n'),
  );
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schema:check', () => {
  it('fails on a breaking change the changelog does not name, and says which', async () => {
    const result = await runCheck('# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Something new.\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Query.retiredField');
    expect(result.stderr).toContain('TimeInterval.DECADE');
  }, 60_000);

  it('passes once the Unreleased section names every breaking change', async () => {
    const result = await runCheck(
      '# Changelog\n\n## [Unreleased]\n\n### Breaking\n\n- `Query.retiredField` is gone.\n- `TimeInterval.DECADE` is gone.\n\n## [0.1.0]\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 breaking (all named)');
  }, 60_000);

  it('does not count a name under an older release', async () => {
    const result = await runCheck(
      '# Changelog\n\n## [Unreleased]\n\n- `Query.retiredField` is gone.\n\n## [0.1.0]\n\n- `TimeInterval.DECADE`\n',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TimeInterval.DECADE');
    expect(result.stderr).not.toContain('Query.retiredField:');
  }, 60_000);
});
