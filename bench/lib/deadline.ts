/**
 * Waits for `work` at most `ms`: true once it settled (its failure is thrown), false when the time
 * ran out first; the work itself goes on either way, and its later failure is not left unhandled.
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
