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
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: GraphQLError[] } };
  };

  it('answers each as BAD_USER_INPUT with its message: a document that does not validate too', async () => {
    const cases = [
      [JSON.stringify({ query: '{ nosuchfield }' }), 'Cannot query field "nosuchfield" on type "Query".'],
      [JSON.stringify({ query: '{ runs(first: 1, bogus: 2) { totalCount } }' }), 'Unknown argument "bogus"'],
      [JSON.stringify({ query: '{ runs(first: 1) { totalCount ' }), 'Syntax Error'],
      [JSON.stringify({ variables: {} }), 'Must provide query string.'],
      ['{not json', 'POST body sent invalid JSON.'],
      [
        JSON.stringify({ query: 'query Q { __typename }', operationName: 'Nope' }),
        'Could not determine what operation',
      ],
    ] as const;
    for (const [body, message] of cases) {
      const { errors } = (await post(body)).body;
      expect(
        errors?.map((e) => e.extensions),
        body,
      ).toEqual([{ code: 'BAD_USER_INPUT', fields: [] }]);
      expect(errors?.[0]?.message, body).toContain(message);
    }
  });

  // Queries and mutations run through graphql-jit, whose own coercion named the innermost field
  // as the variable (`Variable "$nEpochs"`) and said nothing of where it lay.
  it('names the variable and the place in it that does not fit its type, compiled or not', async () => {
    const spec = { name: 'masking', examples: [{ input: 'a', expected: 'b' }] };
    const cases = [
      {
        query: 'mutation($s: CreateSpecInput!) { createSpec(input: $s) { spec { id } } }',
        variables: { s: { ...spec, examples: [{ input: 'a', expected: 5 }] } },
        fields: [{ path: 's.examples.0.expected', message: 'String cannot represent a non string value: 5' }],
      },
      {
        query: 'mutation($s: CreateSpecInput!) { createSpec(input: $s) { spec { id } } }',
        variables: { s: { ...spec, examples: [{ input: 'a' }] } },
        fields: [{ path: 's.examples.0', message: 'Field "expected" of required type "String!" was not provided.' }],
      },
      {
        query: 'mutation($s: CreateSpecInput!) { createSpec(input: $s) { spec { id } } }',
        variables: {},
        fields: [{ path: 's', message: 'Variable of required type "CreateSpecInput!" was not provided.' }],
      },
      {
        // RunWhere is recursive, so this one runs on graphql-js.
        query: 'query($w: RunWhere, $n: Int) { runs(where: $w, first: $n) { totalCount } }',
        variables: { w: { createdAfter: 'yesterday' }, n: 1.5 },
        fields: [
          { path: 'w.createdAfter', message: expect.stringContaining('DateTime') },
          { path: 'n', message: 'Int cannot represent non-integer value: 1.5' },
        ],
      },
    ];
    const manyWrong = Array.from({ length: 60 }, () => 'NOPE');
    cases.push({
      // Every wrong element is a problem: past 50, the rest are counted, not listed.
      query: 'query($s: [RunStatus!]) { runs(where: { status: $s }) { totalCount } }',
      variables: { s: manyWrong } as never,
      fields: [
        ...manyWrong.slice(0, 50).map((_, i) => ({ path: `s.${i}`, message: expect.stringContaining('NOPE') })),
        { path: 's', message: 'and 10 more places that do not fit' },
      ],
    });
    for (const { query, variables, fields } of cases) {
      const { errors } = (await post(JSON.stringify({ query, variables }))).body;
      const problems = errors?.flatMap((e) => {
        expect(e.extensions.code).toBe('BAD_USER_INPUT');
        return e.extensions.fields as unknown[];
      });
      expect(problems, JSON.stringify(variables)).toEqual(fields);
      for (const [i, error] of (errors ?? []).entries()) {
        const name = (error.extensions.fields as { path: string }[])[0]!.path.split('.')[0];
        expect(error.message, `error ${i}`).toMatch(new RegExp(`^Variable "\\$${name}"`));
      }
    }
    const { body } = await post(JSON.stringify({ query: '{ specs(first: 100) { totalCount } }' }));
    expect(body.data).toEqual({ specs: { totalCount: 0 } });
  });

  it('keeps the status GraphQL over HTTP gives a document that does not validate', async () => {
    const body = JSON.stringify({ query: '{ nosuchfield }' });
    expect((await post(body)).status).toBe(200);
    expect((await post(body, 'application/graphql-response+json')).status).toBe(400);
  });
});
