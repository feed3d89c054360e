import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok, type ApiError } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

/** 14 levels of fields: over the limit of 12. */
const LimitsDeep = graphql(`
  query LimitsDeep($id: ID!) {
    run(id: $id) {
      spec {
        runs {
          edges {
            node {
              spec {
                runs {
                  edges {
                    node {
                      spec {
                        runs {
                          edges {
                            node {
                              id
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** 6 levels: well within the limit. */
const LimitsShallow = graphql(`
  query LimitsShallow($id: ID!) {
    run(id: $id) {
      spec {
        runs {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`);

/** A query of `count` aliased fields; the limit is 20. */
const aliasedQuery = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i + 1}: viewer { project { id } }`).join(' ')} }`;

const LimitsSpecsPage = graphql(`
  query LimitsSpecsPage($first: Int) {
    specs(first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const LimitsCreateSpec = graphql(`
  mutation LimitsCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);

let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startServer();
  key = (await createTestProject(server)).key;
});
afterAll(() => server.stop());

interface RawBody {
  data?: unknown;
  errors?: ApiError[];
  [field: string]: unknown;
}

/** POSTs any body to /graphql with the test project's key. */
async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { response, text, json };
}

async function specCount(): Promise<number> {
  return (await ok(server.url, key, LimitsSpecsPage, { first: 1 })).specs.totalCount;
}

describe('operation limits', () => {
  it('refuses a query nested deeper than 12 levels, before running it', async () => {
    const result = await execute(server.url, key, LimitsDeep, { id: randomUUID() });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(result.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
  });

  it('runs a query of moderate depth', async () => {
    const result = await execute(server.url, key, LimitsShallow, { id: randomUUID() });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ run: null });
  });

  it('refuses more than 20 aliases', async () => {
    const body = (await post(JSON.stringify({ query: aliasedQuery(21) }))).json as RawBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.some((e) => /alias/i.test(e.message))).toBe(true);
  });

  it('allows exactly 20 aliases', async () => {
    const body = (await post(JSON.stringify({ query: aliasedQuery(20) }))).json as RawBody;
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data as object)).toHaveLength(20);
  });

  it('refuses a page size over the maximum, naming the argument', async () => {
    const result = await execute(server.url, key, LimitsSpecsPage, { first: 500 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['first']);
  });

  it('answers a syntax error with BAD_USER_INPUT', async () => {
    const { json } = await post(JSON.stringify({ query: '{ viewer { project { id } ' }));
    const body = json as RawBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.data ?? null).toBeNull();
  });

  // Yoga answers these before execution, with graphql-js' own wording; compiled (graphql-jit) and
  // interpreted (a recursive input such as RunWhere) operations alike.
  it.each([
    [
      'an enum list given an object',
      'query($w: RunWhere) { runs(where: $w, first: 1) { totalCount } }',
      { w: { status: { in: ['COMPLETED'] } } },
    ],
    [
      'an unknown field of a recursive input',
      'query($w: RunWhere) { runs(where: $w, first: 1) { totalCount } }',
      { w: { and: [{ colour: 'red' }] } },
    ],
    [
      'an invalid DateTime',
      'query($w: RunWhere) { runs(where: $w, first: 1) { totalCount } }',
      { w: { createdAfter: 'yesterday' } },
    ],
    ['a string for an Int', 'query($n: Int) { specs(first: $n) { totalCount } }', { n: 'ten' }],
    ['a missing required variable', 'query($id: ID!) { run(id: $id) { id } }', {}],
  ])('answers a variable with %s with BAD_USER_INPUT that names it', async (_case, query, variables) => {
    const { json } = await post(JSON.stringify({ query, variables }));
    const body = json as RawBody;
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) {
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/^Variable "\$(w|n|id)"/);
    }
  });

  it('refuses a batched (JSON array) request without executing any of it', async () => {
    const before = await specCount();
    const mutation = print(LimitsCreateSpec);
    const operation = (name: string) => ({
      query: mutation,
      variables: { input: { name, examples: [{ input: 'in', expected: 'out' }] } },
    });
    const { response, json } = await post(JSON.stringify([operation('batched one'), operation('batched two')]));
    const refusedByStatus = response.status < 200 || response.status >= 300;
    const body = json as RawBody | RawBody[] | undefined;
    const refusedByErrors = !Array.isArray(body) && (body?.errors?.length ?? 0) > 0 && body?.data == null;
    expect(refusedByStatus || refusedByErrors).toBe(true);
    expect(Array.isArray(body)).toBe(false);
    expect(await specCount()).toBe(before);
  });

  it('refuses a body over the size limit with HTTP 413', async () => {
    const before = await specCount();
    const body = JSON.stringify({
      query: print(LimitsCreateSpec),
      variables: {
        input: { name: 'huge', description: 'x'.repeat(1_100_000), examples: [{ input: 'a', expected: 'b' }] },
      },
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_000_000);
    const { response } = await post(body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(response.status).toBe(413);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await specCount()).toBe(before);
  });

  it('accepts a body under the size limit', async () => {
    // Half a megabyte of insignificant whitespace: large, but under the limit.
    const body = JSON.stringify({ query: `{ viewer { project { id } } }${' '.repeat(500_000)}` });
    expect(Buffer.byteLength(body)).toBeGreaterThan(500_000);
    const { response, json } = await post(body);
    expect(response.status).toBe(200);
    expect((json as RawBody).errors).toBeUndefined();
  });
});

describe('health endpoints', () => {
  it('GET /healthz answers 200 ok', async () => {
    const response = await fetch(`${server.origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz checks the database and the pub/sub bus', async () => {
    const response = await fetch(`${server.origin}/readyz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { checks: Record<string, { ok: boolean }> };
    expect(body.checks.database?.ok).toBe(true);
    expect(body.checks.pubsub?.ok).toBe(true);
  });
});

describe('request ids and GraphiQL', () => {
  it('gives every response an x-request-id', async () => {
    const requestIdOf = async (response: Promise<Response>) => {
      const r = await response;
      await r.arrayBuffer();
      return r.headers.get('x-request-id');
    };
    const ids = [
      await requestIdOf(fetch(`${server.origin}/healthz`)),
      await requestIdOf(fetch(`${server.origin}/readyz`)),
      (await post(JSON.stringify({ query: '{ viewer { project { id } } }' }))).response.headers.get('x-request-id'),
      (await post(JSON.stringify({ query: '{ viewer {' }))).response.headers.get('x-request-id'),
      await requestIdOf(
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ viewer { project { id } } }' }),
        }),
      ),
      await requestIdOf(fetch(server.url, { headers: { accept: 'text/html' } })),
    ];
    for (const id of ids) expect(id).toMatch(/\S/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('echoes an incoming x-request-id', async () => {
    const requestId = `limits-${randomUUID()}`;
    const { response } = await post(JSON.stringify({ query: '{ viewer { project { id } } }' }), {
      'x-request-id': requestId,
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const health = await fetch(`${server.origin}/healthz`, { headers: { 'x-request-id': requestId } });
    await health.arrayBuffer();
    expect(health.headers.get('x-request-id')).toBe(requestId);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<html/i);
    expect(html).toMatch(/graphiql/i);
  });
});
