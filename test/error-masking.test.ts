import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { createErrorMasker } from '../src/server/errors.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

describe('error masking', () => {
  const mask = createErrorMasker(createLogger('silent'));
  const codeOf = (error: Error) => (error as GraphQLError).extensions.code;

  it('answers a null the executor found in a non-null field as INTERNAL, without the field', () => {
    // graphql-jit's own report: a path, no originalError.
    const masked = mask(
      new GraphQLError('Cannot return null for non-nullable field Run.spec.', { path: ['run', 'spec'] }),
    );
    expect(codeOf(masked)).toBe('INTERNAL');
    expect(masked.message).toMatch(/^Internal error \(request .+\)$/);
  });

  it('answers errors in the request itself as BAD_USER_INPUT, with their message', () => {
    const requestErrors = [
      new GraphQLError('Syntax Error: Expected Name, found <EOF>.'),
      new GraphQLError('Cannot query field "nope" on type "Query".', {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
      new GraphQLError('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"', {
        originalError: new TypeError('Int cannot represent non-integer value: "x"'),
      }),
    ];
    for (const error of requestErrors) {
      const masked = mask(error);
      expect([codeOf(masked), masked.message]).toEqual(['BAD_USER_INPUT', error.message]);
    }
  });
});

describe('errors in the request, over HTTP', () => {
  let server: TestServer;
  let key: string;
  beforeAll(async () => {
    server = await startServer();
    ({ key } = await createTestProject(server));
  });
  afterAll(() => server.stop());

  const post = async (body: string, accept = 'application/json') => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${key}` },
      body,
    });
    return { status: response.status, body: (await response.json()) as { errors?: GraphQLError[] } };
  };

  it('answers each as BAD_USER_INPUT with its message: a document that does not validate too', async () => {
    const cases = [
      [JSON.stringify({ query: '{ nosuchfield }' }), 'Cannot query field "nosuchfield" on type "Query".'],
      [JSON.stringify({ query: '{ runs(first: 1, bogus: 2) { totalCount } }' }), 'Unknown argument "bogus"'],
      [JSON.stringify({ query: '{ runs(first: 1) { totalCount ' }), 'Syntax Error'],
      [JSON.stringify({ variables: {} }), 'Must provide query string.'],
      ['{not json', 'POST body sent invalid JSON.'],
    ] as const;
    for (const [body, message] of cases) {
      const { errors } = (await post(body)).body;
      expect(
        errors?.map((e) => e.extensions),
        body,
      ).toEqual([{ code: 'BAD_USER_INPUT' }]);
      expect(errors?.[0]?.message, body).toContain(message);
    }
  });

  it('keeps the status GraphQL over HTTP gives a document that does not validate', async () => {
    const body = JSON.stringify({ query: '{ nosuchfield }' });
    expect((await post(body)).status).toBe(200);
    expect((await post(body, 'application/graphql-response+json')).status).toBe(400);
  });
});
