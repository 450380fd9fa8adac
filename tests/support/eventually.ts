import { TestRunner, vi } from 'vitest';

/** Left for the report: the wait gives up this long before the test's own timeout would. */
const REPORT_MARGIN_MS = 500;
/** Outside a test (in a hook) there is no test timeout to follow; hooks get this long. */
const OUTSIDE_TEST_MS = 60_000;

/**
 * Waits until `check` passes (stops throwing, or its promise resolves): a state the test cannot
 * await as an event, such as a document leaving memory or a projection written. It sets no
 * deadline of its own — how long a state takes depends on how busy the machine is — so only the
 * test's timeout, a guard against hangs, ends the wait, with the last failure reported.
 */
export function eventually<T>(check: () => T | Promise<T>, interval = 50): Promise<T> {
  return vi.waitFor(check, { timeout: timeLeft(), interval });
}

function timeLeft(): number {
  const test = TestRunner.getCurrentTest();
  if (!test?.timeout) return OUTSIDE_TEST_MS;
  const started = test.result?.startTime ?? Date.now();
  return Math.max(REPORT_MARGIN_MS, started + test.timeout - REPORT_MARGIN_MS - Date.now());
}
