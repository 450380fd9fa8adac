import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';

/** Options of one GraphQL request in a test. */
export interface RequestOptions {
  token?: string;
  /** Aborts the request: the client hangs up. */
  signal?: AbortSignal;
}

/** POSTs a typed operation to `/graphql` and returns the HTTP status and the typed body. */
export async function graphqlRequest<TResult, TVariables>(
  baseUrl: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<{ status: number; body: FormattedExecutionResult<TResult> }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
    signal: options.signal,
  });
  return { status: response.status, body: (await response.json()) as FormattedExecutionResult<TResult> };
}

/** Like {@link graphqlRequest}, but fails the test on any GraphQL error and returns `data`. */
export async function graphqlData<TResult, TVariables>(
  baseUrl: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const { body } = await graphqlRequest(baseUrl, document, variables, options);
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** The `extensions.code` of the first error, for asserting error contracts. */
export function firstErrorCode(body: FormattedExecutionResult<unknown>): unknown {
  return body.errors?.[0]?.extensions?.code;
}
