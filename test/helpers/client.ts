import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

export interface ApiError extends GraphQLFormattedError {
  extensions?: { code?: string; fields?: { path: string; message: string }[]; [key: string]: unknown };
}

export interface Result<T> {
  data?: T | null;
  errors?: ApiError[];
  status: number;
  headers: Headers;
}

/** Sends one typed operation over HTTP, as any client would. */
export async function execute<T, V>(
  url: string,
  key: string | undefined,
  document: TypedDocumentNode<T, V>,
  ...[variables]: {} extends V ? [variables?: V] : [variables: V]
): Promise<Result<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as Omit<Result<T>, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}

/** The data of a successful operation; fails the test with the errors otherwise. */
export async function ok<T, V>(
  url: string,
  key: string,
  document: TypedDocumentNode<T, V>,
  ...variables: {} extends V ? [variables?: V] : [variables: V]
): Promise<T> {
  const result = await execute(url, key, document, ...variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`operation failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** The first error's code, for asserting typed failures. */
export function errorCode(result: Result<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
