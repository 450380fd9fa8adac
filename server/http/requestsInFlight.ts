/**
 * Request handlers still running (GraphQL over HTTP, and queries and mutations over graphql-ws).
 * The HTTP server's drain waits for sockets, and a socket that closes — a client that hangs up, or
 * graphql-ws closed by the stop — leaves its handler writing (the change, its audit event, its
 * history entry): a graceful stop waits for the handlers themselves before it closes the database,
 * or those writes would be cut off halfway.
 */
export class RequestsInFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Counts `work` (a handler's promise; anything else is already done) until it settles. */
  track(work: unknown): void {
    if (!(work instanceof Promise)) return;
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
  }

  /** How many are running. */
  get count(): number {
    return this.running.size;
  }

  /** Resolves once every handler tracked so far, and any tracked meanwhile, has finished. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
