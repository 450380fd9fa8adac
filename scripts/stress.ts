/**
 * `npm run test:stress` (extra arguments go to Vitest, e.g. `-- --project integration`): the test
 * suite while one busy worker per core competes for the CPU, as on a machine doing other work.
 * Prints the run's duration and the ten slowest tests, and exits with the suite's status. The
 * workers are threads of this process, so they stop with it however the run ends.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** What each worker does until it is terminated: spin, yielding nothing. */
const SPIN = 'for (;;) {}';
/** How many of the slowest tests to print. */
const SLOWEST = 10;

interface JsonReport {
  testResults: Array<{
    name: string;
    assertionResults: Array<{ fullName: string; duration?: number | null; status: string }>;
  }>;
}

/** The `count` slowest tests of a Vitest JSON report, as printable lines. */
function slowestTests(report: JsonReport, root: string, count: number): string[] {
  const tests = report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      file: path.relative(root, file.name),
      name: test.fullName,
      duration: test.duration ?? 0,
      status: test.status,
    })),
  );
  return tests
    .sort((a, b) => b.duration - a.duration)
    .slice(0, count)
    .map(
      (test) =>
        `${(test.duration / 1000).toFixed(1).padStart(6)} s  ${test.status.padEnd(6)} ${test.file} › ${test.name}`,
    );
}

/** Vitest's own entry: run by this Node, it gets the signals sent to this script directly. */
const VITEST = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);

function runSuite(args: string[], reportFile: string, onInterrupt: () => void): Promise<number> {
  const vitest = spawn(
    process.execPath,
    [VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...args],
    { stdio: 'inherit' },
  );
  // Interrupted: the load stops at once, and Vitest is asked to stop and report what it has.
  const forward = (signal: NodeJS.Signals) => {
    onInterrupt();
    vitest.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    vitest.on('error', () => resolve(1));
    vitest.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const cores = availableParallelism();
  const workers = Array.from({ length: cores }, () => new Worker(SPIN, { eval: true }));
  const reportDir = mkdtempSync(path.join(tmpdir(), 'koers-stress-'));
  const reportFile = path.join(reportDir, 'report.json');
  const started = Date.now();
  console.log(`test:stress: ${cores} busy worker(s), one per core, compete with the suite`);
  const stopLoad = () => Promise.all(workers.map((worker) => worker.terminate()));
  let status: number;
  try {
    status = await runSuite(process.argv.slice(2), reportFile, () => void stopLoad());
  } finally {
    await stopLoad();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\ntest:stress: the suite ${status === 0 ? 'passed' : 'FAILED'} in ${seconds} s under load`);
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
    console.log(`the ${SLOWEST} slowest tests:`);
    for (const line of slowestTests(report, process.cwd(), SLOWEST)) console.log(line);
  } catch {
    console.log('no test report was written');
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  return status;
}

process.exitCode = await main();
