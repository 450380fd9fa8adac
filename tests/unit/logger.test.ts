import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { LinesPerTurn } from '../../server/logger';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('log lines per turn of the event loop', () => {
  it('writes the lines of one turn in one write, and a later line in a write of its own', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'koers-log-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'out.log');
    const out = pino.destination({ dest: file, sync: false, mkdir: true });
    await new Promise<void>((resolve) => out.once('ready', () => resolve()));
    const writes = vi.spyOn(out, 'write');
    const logger = pino({ base: null }, new LinesPerTurn(out));
    for (let i = 0; i < 3; i++) logger.info({ i }, 'busy');
    expect(writes).not.toHaveBeenCalled();
    await turn();
    expect(writes).toHaveBeenCalledTimes(1);
    logger.info('idle');
    await turn();
    expect(writes).toHaveBeenCalledTimes(2);
    // Closed, not flushed: with no minimum length sonic-boom's flush calls back at once, also while
    // the last write is still on its way to the file.
    await new Promise<void>((resolve) => {
      out.once('close', () => resolve());
      out.end();
    });
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(['busy', 'busy', 'busy', 'idle']);
  });

  it('writes the lines of the last turn when the process exits in it', async () => {
    const script = [
      "const { createLogger } = await import('./server/logger.ts');",
      "const logger = createLogger('info');",
      "logger.info('started');",
      "logger.error('could not start');",
      'process.exit(3);',
    ].join('\n');
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
      },
    );
    const failed = await run.then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(3);
    const messages = failed!.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(['started', 'could not start']);
  });
});
