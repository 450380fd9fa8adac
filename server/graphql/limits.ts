import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, parse, type ValidationRule } from 'graphql';

/**
 * Abuse limits for every GraphQL document. Koers's own client stays far below them: its deepest
 * query (the adoption matrix) has depth 6 and a few dozen aliases-free fields.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
} as const;

/**
 * One `login` per request: aliases would otherwise let a client try many passwords in one HTTP
 * request and slip past per-request rate limiting.
 */
const singleLoginPerDocument: ValidationRule = (context) => {
  let logins = 0;
  return {
    Field(node) {
      if (node.name.value !== 'login') return;
      logins += 1;
      if (logins === 2) {
        context.reportError(
          new GraphQLError('Only one login per request is allowed.', {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
};

/** Limits of the graphql-ws endpoint on top of {@link GRAPHQL_LIMITS}. */
export interface SubscriptionLimits {
  /** The largest frame; a larger one closes the socket with 1009. */
  maxPayloadBytes: number;
  /** A socket that has not sent `connection_init` by then is closed with 4408. */
  connectionInitWaitMs: number;
  /** Open sockets without a token (public subscriptions); more are refused with 4403. */
  maxAnonymousSockets: number;
  /** Operations running at once on one socket; more get an error each. */
  maxOperationsPerSocket: number;
}

/** The graphql-ws limits Koers runs with. */
export const SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxPayloadBytes: 64 * 1024,
  connectionInitWaitMs: 3000,
  maxAnonymousSockets: 1000,
  maxOperationsPerSocket: 50,
};

/** The error a document over the token limit gets, on HTTP and over graphql-ws alike. */
export function tokenLimitError(): GraphQLError {
  return new GraphQLError(`Token limit of ${GRAPHQL_LIMITS.maxTokens} exceeded.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

/** Documents known to be within the token limit: clients send the same few again and again. */
const withinLimit = new Set<string>();
const MAX_REMEMBERED_DOCUMENTS = 1000;

/** True when `query` has more lexical tokens than the limit (parsing stops at the limit). */
export function exceedsTokenLimit(query: string): boolean {
  if (withinLimit.has(query)) return false;
  try {
    parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
    if (withinLimit.size >= MAX_REMEMBERED_DOCUMENTS) withinLimit.clear();
    withinLimit.add(query);
    return false;
  } catch (error) {
    return error instanceof GraphQLError && /tokens/.test(error.message);
  }
}

/**
 * Express middleware enforcing the token limit before Apollo sees the document. Apollo answers an
 * error thrown from a parsing hook (graphql-armor's way) with 500; a refused document is the
 * client's fault, so it gets 400 like every other validation failure.
 */
export function tokenLimitMiddleware(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  const query =
    body && typeof body === 'object' && 'query' in body
      ? (body as { query: unknown }).query
      : req.query.query;
  if (typeof query === 'string' && exceedsTokenLimit(query)) {
    res.status(400).json({ errors: [tokenLimitError().toJSON()] });
    return;
  }
  next();
}

/**
 * A GraphQL error message without its "Did you mean …?" tail. graphql-js always ends a message
 * with its suggestions (fields, arguments, types, enum values), so everything from there goes.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean\b[\s\S]*$/, '');
}

/**
 * The validation rules that enforce the limits. Suggestions are hidden in production by the error
 * formatting ({@link withoutSuggestions}), which also reaches enum values and variables.
 */
export function graphqlProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return {
    plugins: protection.plugins,
    validationRules: [...protection.validationRules, singleLoginPerDocument],
  };
}
