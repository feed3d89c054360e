import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const CreateSpec = graphql(`
  mutation CreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
        name
        description
        systemPrompt
        tags
        examples {
          input
          expected
        }
        createdAt
        updatedAt
      }
    }
  }
`);

const GetSpec = graphql(`
  query GetSpec($id: ID!) {
    spec(id: $id) {
      id
      name
      description
      systemPrompt
      tags
      examples {
        input
        expected
      }
      latestRun {
        id
      }
      runs {
        totalCount
      }
    }
  }
`);

const UpdateSpec = graphql(`
  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {
    updateSpec(id: $id, input: $input) {
      spec {
        id
        name
        description
        systemPrompt
        examples {
          input
          expected
        }
        tags
      }
    }
  }
`);

const DeleteSpec = graphql(`
  mutation DeleteSpec($id: ID!) {
    deleteSpec(id: $id) {
      id
    }
  }
`);

const ListSpecs = graphql(`
  query ListSpecs($search: String, $first: Int, $after: String) {
    specs(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
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

const exampleInput = {
  name: 'Support tone',
  description: 'Answer politely',
  systemPrompt: 'You are a helpful assistant.',
  examples: [{ input: 'Where is my order?', expected: 'Let me check that for you.' }],
  tags: ['support', 'support', 'tone'],
};

describe('behaviour specs', () => {
  it('creates, reads, updates and deletes a spec', async () => {
    const { createSpec } = await ok(server.url, key, CreateSpec, { input: exampleInput });
    expect(createSpec.spec).toMatchObject({
      name: 'Support tone',
      description: 'Answer politely',
      systemPrompt: 'You are a helpful assistant.',
      tags: ['support', 'tone'],
      examples: exampleInput.examples,
    });
    const id = createSpec.spec.id;

    const read = await ok(server.url, key, GetSpec, { id });
    expect(read.spec).toMatchObject({ id, name: 'Support tone', latestRun: null, runs: { totalCount: 0 } });

    const { updateSpec } = await ok(server.url, key, UpdateSpec, {
      id,
      input: { name: 'Support tone v2', description: null, examples: [{ input: 'Hi', expected: 'Hello!' }] },
    });
    expect(updateSpec.spec).toMatchObject({
      name: 'Support tone v2',
      description: null,
      systemPrompt: 'You are a helpful assistant.',
      examples: [{ input: 'Hi', expected: 'Hello!' }],
    });

    // Omitted keeps a value; null would clear one that cannot be empty, so it is refused.
    const cleared = await execute(server.url, key, UpdateSpec, {
      id,
      input: { name: null, examples: null, tags: null, systemPrompt: null },
    });
    expect(errorCode(cleared)).toBe('BAD_USER_INPUT');
    expect(cleared.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual([
      'input.examples',
      'input.name',
      'input.tags',
    ]);
    expect((await ok(server.url, key, GetSpec, { id })).spec).toMatchObject({
      name: 'Support tone v2',
      systemPrompt: 'You are a helpful assistant.',
      tags: ['support', 'tone'],
    });

    const { deleteSpec } = await ok(server.url, key, DeleteSpec, { id });
    expect(deleteSpec.id).toBe(id);
    expect((await ok(server.url, key, GetSpec, { id })).spec).toBeNull();
    expect(errorCode(await execute(server.url, key, DeleteSpec, { id }))).toBe('NOT_FOUND');
  });

  it('searches specs by name and by tag', async () => {
    await ok(server.url, key, CreateSpec, { input: { ...exampleInput, name: 'Refund policy', tags: ['billing'] } });
    const byName = await ok(server.url, key, ListSpecs, { search: 'refund' });
    expect(byName.specs.edges.map((e) => e.node.name)).toEqual(['Refund policy']);
    const byTag = await ok(server.url, key, ListSpecs, { search: 'billing' });
    expect(byTag.specs.totalCount).toBe(1);
  });

  it('rejects invalid specs with the path of each bad field, and writes nothing', async () => {
    const before = (await ok(server.url, key, ListSpecs, {})).specs.totalCount;
    const result = await execute(server.url, key, CreateSpec, {
      input: {
        name: ' ',
        examples: [
          { input: 'ok', expected: '' },
          { input: '', expected: 'x' },
        ],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual([
      'input.examples.0.expected',
      'input.examples.1.input',
      'input.name',
    ]);
    const noExamples = await execute(server.url, key, CreateSpec, { input: { name: 'x', examples: [] } });
    expect(noExamples.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.examples', message: 'a spec needs at least one example' },
    ]);
    expect((await ok(server.url, key, ListSpecs, {})).specs.totalCount).toBe(before);
  });
});
