import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok, type Result } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const TextCreateSpec = graphql(`
  mutation TextCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);
const TextSpecs = graphql(`
  query TextSpecs($search: String) {
    specs(search: $search, first: 10) {
      totalCount
    }
  }
`);
const TextStartRun = graphql(`
  mutation TextStartRun($specId: ID!, $input: StartRunInput) {
    startRun(specId: $specId, input: $input) {
      run {
        id
      }
    }
  }
`);
const TextRuns = graphql(`
  query TextRuns {
    runs(first: 10) {
      totalCount
    }
  }
`);
const TextFeedback = graphql(`
  mutation TextFeedback($id: ID!, $input: FeedbackInput!) {
    setRunFeedback(id: $id, input: $input) {
      run {
        feedback {
          comment
        }
      }
    }
  }
`);
const TextCreateDataset = graphql(`
  mutation TextCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);
const TextSubmitJob = graphql(`
  mutation TextSubmitJob($input: SubmitJobInput!) {
    submitJob(input: $input) {
      job {
        id
      }
    }
  }
`);
const TextCreateApiKey = graphql(`
  mutation TextCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);

const NUL = '\u0000';
let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startServer();
  ({ key } = await createTestProject(server));
});
afterAll(() => server.stop());

/** The request is refused as BAD_USER_INPUT, naming `path`. */
async function refused(request: Promise<Result<unknown>>, path: string) {
  const result = await request;
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.fields).toEqual([{ path, message: 'must not contain NUL characters' }]);
}

describe('a NUL character in text that would be stored or searched', () => {
  it('is refused as BAD_USER_INPUT naming the field, and nothing is written', async () => {
    const example = { input: 'ping', expected: 'pong' };
    await refused(
      execute(server.url, key, TextCreateSpec, { input: { name: `spec${NUL}`, examples: [example] } }),
      'input.name',
    );
    await refused(
      execute(server.url, key, TextCreateSpec, {
        input: { name: 'spec', examples: [example, { input: `pi${NUL}ng`, expected: 'pong' }] },
      }),
      'input.examples.1.input',
    );
    expect((await ok(server.url, key, TextSpecs, {})).specs.totalCount).toBe(0);
    await refused(execute(server.url, key, TextSpecs, { search: `a${NUL}` }), 'search');

    const { createSpec } = await ok(server.url, key, TextCreateSpec, { input: { name: 'spec', examples: [example] } });
    const specId = createSpec.spec.id;
    await refused(execute(server.url, key, TextStartRun, { specId, input: { name: `run${NUL}` } }), 'input.name');
    await refused(
      execute(server.url, key, TextStartRun, { specId, input: { metadata: { note: `a${NUL}b` } } }),
      'input.metadata',
    );
    expect((await ok(server.url, key, TextRuns, {})).runs.totalCount).toBe(0);
    const { startRun } = await ok(server.url, key, TextStartRun, { specId });
    await refused(
      execute(server.url, key, TextFeedback, { id: startRun.run.id, input: { comment: `a${NUL}` } }),
      'input.comment',
    );

    await refused(
      execute(server.url, key, TextCreateDataset, {
        input: { name: 'pairs', records: [{ prompt: `a${NUL}`, completion: 'b' }] },
      }),
      'input.records.0.prompt',
    );
    await refused(
      execute(server.url, key, TextSubmitJob, {
        input: { type: 'FINETUNE', idempotencyKey: `k${NUL}${randomUUID()}` },
      }),
      'input.idempotencyKey',
    );
    await refused(execute(server.url, key, TextCreateApiKey, { input: { label: `key${NUL}` } }), 'input.label');
  });
});

describe('half of a surrogate pair in text that would be stored', () => {
  it('is refused as BAD_USER_INPUT naming the field, rather than stored as U+FFFD', async () => {
    const lone = '\ud800';
    const message = 'must be valid Unicode: it holds half of a surrogate pair';
    const before = (await ok(server.url, key, TextSpecs, {})).specs.totalCount;
    const spec = await execute(server.url, key, TextCreateSpec, {
      input: { name: `spec${lone}`, examples: [{ input: 'ping', expected: 'pong' }] },
    });
    expect(errorCode(spec)).toBe('BAD_USER_INPUT');
    expect(spec.errors?.[0]?.extensions?.fields).toEqual([{ path: 'input.name', message }]);
    expect((await ok(server.url, key, TextSpecs, {})).specs.totalCount).toBe(before);
    const dataset = await execute(server.url, key, TextCreateDataset, {
      input: { name: 'pairs', records: [{ prompt: `a${lone}b`, completion: 'c' }] },
    });
    expect(errorCode(dataset)).toBe('BAD_USER_INPUT');
    expect(dataset.errors?.[0]?.extensions?.fields).toEqual([{ path: 'input.records.0.prompt', message }]);
    const { createSpec } = await ok(server.url, key, TextCreateSpec, {
      input: { name: 'surrogates', examples: [{ input: 'ping', expected: 'pong' }] },
    });
    const run = await execute(server.url, key, TextStartRun, {
      specId: createSpec.spec.id,
      input: { metadata: { [`k${lone}`]: 'v' } },
    });
    expect(errorCode(run)).toBe('BAD_USER_INPUT');
    expect(run.errors?.[0]?.extensions?.fields).toEqual([{ path: 'input.metadata', message }]);
    // Both halves together are one character, and welcome.
    await ok(server.url, key, TextCreateDataset, {
      input: { name: 'pairs', records: [{ prompt: 'a😀b', completion: 'c' }] },
    });
  });
});
