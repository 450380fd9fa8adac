import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { DataVersions } from '../db/dataVersion';
import { todayOf } from '../domain/programme/state';
import { graphqlResponseCache } from '../observability/metrics';
import type { GraphQLContext } from './context';

/**
 * The fields whose answers may be reused, by type. A field belongs here only when it is answered
 * from collections that carry a version counter (server/db/dataVersion.ts: standards,
 * municipalities, adoption, programmes, cooperations …) and from the viewer (whose records count
 * on the `accounts` counter), and depends on the clock by the day at most. A field that reads
 * anything else (who follows a standard, roadmaps, pages, audit) makes its query run every time.
 */
const REUSABLE_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    Query: ['standards', 'standard', 'adoptionMatrix'],
    StandardConnection: ['edges', 'nodes', 'pageInfo', 'totalCount'],
    StandardEdge: ['cursor', 'node'],
    PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
    Standard: [
      'id',
      'slug',
      'name',
      'category',
      'summary',
      'lifecycle',
      'owner',
      'url',
      'complianceLevel',
      'establishedOn',
      'complianceDeadline',
      'versions',
      'links',
      'successor',
      'lifecycleReason',
      'adoptionSummary',
      'viewerCanEdit',
    ],
    StandardVersion: ['number', 'date', 'changes'],
    StandardLink: ['label', 'url'],
    AdoptionSummary: ['total', 'demo', 'byStatus'],
    StatusCount: ['status', 'count'],
    AdoptionMatrixConnection: ['standards', 'edges', 'nodes', 'pageInfo', 'totalCount'],
    AdoptionMatrixEdge: ['cursor', 'node'],
    AdoptionMatrixRow: ['municipality', 'cells', 'statuses', 'needsReview', 'demo'],
    AdoptionCell: ['standardId', 'status', 'needsReview'],
    Municipality: [
      'id',
      'code',
      'name',
      'officialName',
      'province',
      'lat',
      'lon',
      'population',
      'populationDate',
      'sizeClass',
      'validFrom',
      'validUntil',
      'mergedInto',
      'active',
    ],
    Province: ['code', 'name', 'municipalityCount'],
  }).map(([type, fields]) => [type, new Set(fields)]),
);

/** Whether every field `document` selects is in {@link REUSABLE_FIELDS}, and it only queries. */
export function onlyReusableFields(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let reusable = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation === 'query') return undefined;
        reusable = false;
        return BREAK;
      },
      Field(node) {
        if (node.name.value === '__typename') return undefined;
        const parent = typeInfo.getParentType();
        if (parent && REUSABLE_FIELDS.get(parent.name)?.has(node.name.value)) return undefined;
        reusable = false;
        return BREAK;
      },
    }),
  );
  return reusable;
}

/** Answers kept, of all viewers; a matrix page is the largest (about 40 kB): tens of MB at most. */
const MAX_ANSWERS = 500;

/** The versions of every counted collection, in a stable order. */
function versionsStamp(versions: DataVersions): string {
  return [...versions]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, version]) => `${name}=${version}`)
    .join(',');
}

/** The JSON text of kept answers, by their `data`: every request given the answer sends it as is. */
const answerTexts = new WeakMap<object, string>();

/**
 * Makes the JSON text of a kept answer (never changed after), as Apollo would write it, for
 * {@link stringifyResult} to send to the request that computed it and to every one it is reused for.
 */
export function keepText(answer: FormattedExecutionResult): void {
  if (answer.data && !answer.errors && !answer.extensions && !answerTexts.has(answer.data)) {
    answerTexts.set(answer.data, `${JSON.stringify({ data: answer.data })}\n`);
  }
}

/**
 * Apollo's `stringifyResult`: an answer the cache kept is sent as the text made once when it was
 * kept (most reads under load); serializing each one again was the server's largest item of work
 * after garbage collection. Any other result is serialized as Apollo does (`JSON.stringify` and a
 * newline).
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const kept = result.data && !result.errors && !result.extensions ? answerTexts.get(result.data) : undefined;
  return kept ?? `${JSON.stringify(result)}\n`;
}

/**
 * Reuses the answer to a query while the data it reads is unchanged: the public catalogue and
 * adoption pages (citizens, council members, dashboards on a wall) and the pages people keep open
 * ask the same few queries over and over, and each answer otherwise runs thousands of resolvers.
 * An answer is kept under the viewer (a visitor, or one session or API token), the query, its
 * variables, the day, and the version counters of every counted collection, read once per request
 * like every read model's (a write in any process is seen by the next request everywhere, so a
 * reader who saw a write's answer sees its effect; a change of the viewer's roles moves the
 * `accounts` counter). Only for queries whose every field is in {@link REUSABLE_FIELDS}, and only
 * answers without errors.
 *
 * Requests that miss under a key another request is answering wait for that answer instead of
 * running the query again: after a write, every open page asks at once, and each would otherwise
 * compute the same answer side by side. Should that answer not be kept (it has errors), each
 * waiting request runs the query itself.
 */
export function responseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  const answers = new LRUCache<string, FormattedExecutionResult>({ max: MAX_ANSWERS });
  /** The answers being computed, by key: resolved with the answer once sent, or null when not kept. */
  const computing = new Map<string, Promise<FormattedExecutionResult | null>>();
  const reusableDocuments = new WeakMap<DocumentNode, boolean>();
  const reusable = (schema: GraphQLSchema, document: DocumentNode) => {
    let known = reusableDocuments.get(document);
    if (known === undefined) reusableDocuments.set(document, (known = onlyReusableFields(schema, document)));
    return known;
  };
  const respond = (answer: FormattedExecutionResult) => ({
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: 'single' as const, singleResult: answer },
  });
  return {
    async requestDidStart() {
      let key: string | undefined;
      /** Set when this request computes the answer others under its key wait for. */
      let computed: ((answer: FormattedExecutionResult | null) => void) | undefined;
      return {
        async responseForOperation({ contextValue, schema, document, queryHash, operationName, request }) {
          if (!reusable(schema, document)) return null;
          // Unreadable counters (the database is down) leave the query to run and answer as it fails.
          const versions = await contextValue.loaders.dataVersions().catch(() => null);
          if (!versions) return null;
          key = JSON.stringify([
            contextValue.viewer?.sessionId ?? null,
            todayOf(contextValue.runtime.now()),
            versionsStamp(versions),
            queryHash,
            operationName ?? null,
            request.variables ?? {},
          ]);
          const answer = answers.get(key);
          if (answer) {
            graphqlResponseCache.inc({ result: 'hit' });
            return respond(answer);
          }
          const pending = computing.get(key);
          if (pending) {
            graphqlResponseCache.inc({ result: 'shared' });
            const shared = await pending;
            return shared ? respond(shared) : null;
          }
          graphqlResponseCache.inc({ result: 'miss' });
          computing.set(key, new Promise((resolve) => (computed = resolve)));
          return null;
        },
        // Apollo calls this for every request that got this far, errors or not, so no request
        // waits on an answer forever.
        async willSendResponse({ response }) {
          if (!key) return;
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          const kept = result && !result.errors && response.http.status === undefined ? result : null;
          if (kept && !answers.has(key)) {
            answers.set(key, kept);
            keepText(kept);
          }
          if (computed) {
            computing.delete(key);
            computed(kept);
          }
        },
      };
    },
  };
}
