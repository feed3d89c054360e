import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { createGraphQLError, createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useCompiledExecution } from '../src/server/compiled-execution.ts';

/** A filter input that nests itself, as RunWhere does, with values graphql-js must coerce. */
interface Where {
  status?: string[] | null;
  after?: Date | null;
  fail?: boolean | null;
  and?: Where[] | null;
  not?: Where | null;
}

const TYPE_DEFS = /* GraphQL */ `
  scalar DateTime
  scalar JSON
  enum Status {
    RUNNING
    DONE
  }
  input Where {
    status: [Status!]
    after: DateTime
    fail: Boolean
    and: [Where!]
    not: Where
  }
  type Query {
    echo(where: Where): JSON
  }
`;

const describeWhere = (where: Where): unknown => ({
  status: where.status,
  after: where.after instanceof Date ? `Date ${where.after.toISOString()}` : where.after,
  and: where.and?.map(describeWhere),
  not: where.not && describeWhere(where.not),
});

function serve() {
  const schema = createSchema({
    typeDefs: TYPE_DEFS,
    resolvers: {
      DateTime: DateTimeResolver,
      JSON: JSONResolver,
      Status: { RUNNING: 'running', DONE: 'done' },
      Query: {
        echo: (_: unknown, { where }: { where?: Where | null }) => {
          if (where?.not?.fail) throw createGraphQLError('asked to fail');
          return where && describeWhere(where);
        },
      },
    },
  });
  return createYoga({ schema, plugins: [useCompiledExecution(schema, { recursiveVariablesAs: 'JSON' })] });
}

async function post(query: string, variables: Record<string, unknown>, operationName?: string) {
  const response = await serve().fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await response.json()) as { data?: { echo: unknown }; errors?: { message: string; locations?: unknown }[] };
}

const ECHO = 'query Echo($where: Where) { echo(where: $where) }';

describe('compiled execution', () => {
  it('runs an operation with a variable of a recursive input type, coerced as graphql-js does', async () => {
    const where = { status: ['RUNNING'], and: [{ after: '2026-01-02T03:04:05Z', not: { status: ['DONE'] } }] };
    expect(await post(ECHO, { where })).toEqual({
      data: {
        echo: {
          status: ['running'],
          and: [{ after: 'Date 2026-01-02T03:04:05.000Z', not: { status: ['done'] } }],
        },
      },
    });
  });

  it('answers from the compiled code, whose errors carry no locations', async () => {
    // graphql-js gives a resolver's error the locations of its field; graphql-jit does not.
    const inline = await post('{ echo(where: { not: { fail: true } }) }', {});
    const viaVariable = await post(ECHO, { where: { not: { fail: true } } });
    for (const answer of [inline, viaVariable]) {
      expect(answer.errors?.map((e) => e.message)).toEqual(['asked to fail']);
      expect(answer.errors?.[0]?.locations).toBeUndefined();
    }
  });

  it('runs the operation a document names, and refuses a name it does not hold', async () => {
    const document = `${ECHO} query Done { echo(where: { status: [DONE] }) }`;
    expect(await post(document, { where: { not: { status: ['RUNNING'] } } }, 'Echo')).toEqual({
      data: { echo: { not: { status: ['running'] } } },
    });
    expect(await post(document, {}, 'Done')).toEqual({ data: { echo: { status: ['done'] } } });
    const unknown = await post(document, {}, 'Nothing');
    expect(unknown.errors?.map((e) => e.message)).toEqual(['Could not determine what operation to execute.']);
  });

  it('refuses a schema with recursive input types unless told the scalar that stands in for them', () => {
    const schema = createSchema({ typeDefs: TYPE_DEFS, resolvers: { DateTime: DateTimeResolver, JSON: JSONResolver } });
    expect(() => useCompiledExecution(schema)).toThrow(/Recursive input types \(Where\)/);
    expect(() => useCompiledExecution(schema, { recursiveVariablesAs: 'Missing' })).toThrow(/Recursive input types/);
  });
});
