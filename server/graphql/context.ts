import type { Runtime } from '../runtime';

/** What every resolver receives; built fresh per request (and per subscription operation). */
export interface GraphQLContext {
  runtime: Runtime;
}

/** Builds the context of one HTTP request or WebSocket operation. */
export async function createContext(runtime: Runtime): Promise<GraphQLContext> {
  return { runtime };
}
