import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.ts';
import type { RunWhere, StartRunInput } from './generated/graphql.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const RunsCreateSpec = graphql(`
  mutation RunsCreateSpec($input: CreateSpecInput!) {
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
        updatedAt
      }
    }
  }
`);

const RunsUpdateSpec = graphql(`
  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {
    updateSpec(id: $id, input: $input) {
      spec {
        id
        name
      }
    }
  }
`);

const RunsDeleteSpec = graphql(`
  mutation RunsDeleteSpec($id: ID!) {
    deleteSpec(id: $id) {
      id
    }
  }
`);

const RunsStartRun = graphql(`
  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {
    startRun(specId: $specId, input: $input) {
      run {
        id
        name
        runNumber
        status
        error
        specSnapshot
        tags
        environment
        metadata
        createdAt
        startedAt
        completedAt
        spec {
          id
          name
        }
        baseModel {
          id
          name
          kind
        }
        hyperparameters {
          augment
          nEpochs
          learningRate
          batchSize
          loraRank
          loraAlpha
        }
        parent {
          id
        }
        evalSummary {
          total
        }
        feedback {
          score
        }
        dataset {
          id
        }
        job {
          id
        }
        model {
          id
        }
      }
    }
  }
`);

const RunsGetRun = graphql(`
  query RunsGetRun($id: ID!) {
    run(id: $id) {
      id
      name
      runNumber
      status
      specSnapshot
      tags
      completedAt
      spec {
        id
        name
      }
      parent {
        id
      }
      children(first: 50) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      feedback {
        score
        flags
        comment
      }
      evalSummary {
        total
      }
      evals(first: 10) {
        totalCount
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const RunsCancelRun = graphql(`
  mutation RunsCancelRun($id: ID!) {
    cancelRun(id: $id) {
      run {
        id
        status
        createdAt
        completedAt
      }
    }
  }
`);

const RunsSetFeedback = graphql(`
  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {
    setRunFeedback(id: $id, input: $input) {
      run {
        id
        feedback {
          score
          flags
          comment
        }
      }
    }
  }
`);

const RunsSetTags = graphql(`
  mutation RunsSetTags($id: ID!, $tags: [String!]!) {
    setRunTags(id: $id, tags: $tags) {
      run {
        id
        tags
      }
    }
  }
`);

const RunsListRuns = graphql(`
  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {
    runs(where: $where, search: $search, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          runNumber
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RunsSnapshots = graphql(`
  query RunsSnapshots($where: RunWhere) {
    runs(where: $where, first: 50) {
      edges {
        node {
          id
          specSnapshot
        }
      }
    }
  }
`);

// Spread by name below; codegen adds its definition to the operations that use it.
graphql(`
  fragment RunsWholeRunFields on Run {
    id
    name
    runNumber
    status
    error
    tags
    environment
    metadata
    createdAt
    createdBy
    isPublic
    costUsd
    spec {
      id
      name
    }
    baseModel {
      id
    }
    hyperparameters {
      nEpochs
      batchSize
    }
    parent {
      id
    }
    feedback {
      score
    }
    tokens {
      total
    }
  }
`);

const RunsWholeRun = graphql(`
  query RunsWholeRun($id: ID!) {
    run(id: $id) {
      ...RunsWholeRunFields
    }
  }
`);

const RunsFewFieldsThenWhole = graphql(`
  query RunsFewFieldsThenWhole($where: RunWhere, $id: ID!) {
    runs(where: $where, first: 50) {
      edges {
        node {
          id
          runNumber
        }
      }
    }
    run(id: $id) {
      ...RunsWholeRunFields
    }
  }
`);

const RunsListSelected = graphql(`
  query RunsListSelected($where: RunWhere) {
    runs(where: $where, first: 50) {
      edges {
        node {
          __typename
          ... on Run {
            label: name
            specName: spec {
              name
            }
          }
          ...RunsWholeRunFields
        }
      }
    }
  }
`);

const RunsSpecRunsSelected = graphql(`
  query RunsSpecRunsSelected($id: ID!) {
    spec(id: $id) {
      runs(first: 10) {
        edges {
          node {
            ...RunsWholeRunFields
          }
        }
      }
    }
  }
`);

const RunsSpecRuns = graphql(`
  query RunsSpecRuns($id: ID!, $first: Int) {
    spec(id: $id) {
      id
      updatedAt
      latestRun {
        id
        runNumber
      }
      runs(first: $first) {
        totalCount
        edges {
          node {
            id
            runNumber
            createdAt
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const RunsBaseModels = graphql(`
  query RunsBaseModels {
    baseModels {
      id
      name
      params
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

const specInput = {
  name: 'Refund tone',
  description: 'Decline refunds politely',
  systemPrompt: 'You are a support agent.',
  examples: [
    { input: 'I want a refund', expected: 'I understand. Let me explain our policy.' },
    { input: 'Give me my money back', expected: 'I am sorry for the trouble.' },
  ],
  tags: ['support', 'refunds'],
};

async function createSpec(k: string, overrides: Partial<typeof specInput> = {}) {
  return (await ok(server.url, k, RunsCreateSpec, { input: { ...specInput, ...overrides } })).createSpec.spec;
}

async function startRun(k: string, specId: string, input?: StartRunInput) {
  return (await ok(server.url, k, RunsStartRun, { specId, input })).startRun.run;
}

async function runCount(k: string, where?: RunWhere): Promise<number> {
  return (await ok(server.url, k, RunsListRuns, { where, first: 0 })).runs.totalCount;
}

function fieldPaths(result: { errors?: { extensions?: { fields?: { path: string }[] } }[] }): string[] | undefined {
  return result.errors?.[0]?.extensions?.fields?.map((f) => f.path);
}

/** Asserts (createdAt, id) strictly descending: the API's newest-first order with its id tie-break. */
function expectNewestFirst(nodes: { id: string; createdAt: string }[]): void {
  for (let i = 1; i < nodes.length; i++) {
    const prev = nodes[i - 1]!;
    const cur = nodes[i]!;
    const [a, b] = [Date.parse(prev.createdAt), Date.parse(cur.createdAt)];
    expect(
      a > b || (a === b && prev.id > cur.id),
      `${prev.id}@${prev.createdAt} before ${cur.id}@${cur.createdAt}`,
    ).toBe(true);
  }
}

describe('startRun', () => {
  it('starts a run in PREPARING with number 1, the default name, default hyperparameters and the smallest base model', async () => {
    const spec = await createSpec(key);
    const { baseModels } = await ok(server.url, key, RunsBaseModels);
    const smallest = [...baseModels].sort((a, b) => a.params - b.params)[0]!;

    const run = await startRun(key, spec.id);
    expect(run).toMatchObject({
      name: 'Refund tone #1',
      runNumber: 1,
      status: 'PREPARING',
      error: null,
      tags: [],
      environment: null,
      metadata: null,
      startedAt: null,
      completedAt: null,
      spec: { id: spec.id, name: 'Refund tone' },
      baseModel: { id: smallest.id, name: 'trainyard-byte-tiny', kind: 'BASE' },
      parent: null,
      evalSummary: null,
      feedback: null,
      dataset: null,
      job: null,
      model: null,
    });
    expect(run.hyperparameters).toEqual({
      augment: true,
      nEpochs: 4,
      learningRate: null,
      batchSize: 8,
      loraRank: 8,
      loraAlpha: 16,
    });
    expect(run.specSnapshot).toMatchObject({
      id: spec.id,
      name: spec.name,
      description: spec.description,
      systemPrompt: spec.systemPrompt,
      examples: spec.examples,
      tags: spec.tags,
    });

    const read = await ok(server.url, key, RunsGetRun, { id: run.id });
    expect(read.run).toMatchObject({ id: run.id, runNumber: 1, status: 'PREPARING', specSnapshot: run.specSnapshot });
  });

  it('takes the name, tags, metadata, base model and hyperparameters it is given', async () => {
    const spec = await createSpec(key);
    const { baseModels } = await ok(server.url, key, RunsBaseModels);
    const small = baseModels.find((m) => m.name === 'trainyard-byte-small')!;
    const run = await startRun(key, spec.id, {
      name: 'Custom run',
      augment: false,
      baseModelId: small.id,
      tags: ['exp', 'exp', 'nightly'],
      environment: 'gpu-a',
      metadata: { owner: 'ana', attempt: 2 },
      hyperparameters: { nEpochs: 7, learningRate: 0.0002, batchSize: 16, loraRank: 4, loraAlpha: 32 },
    });
    expect(run).toMatchObject({
      name: 'Custom run',
      runNumber: 1,
      tags: ['exp', 'nightly'],
      environment: 'gpu-a',
      metadata: { owner: 'ana', attempt: 2 },
      baseModel: { id: small.id },
      hyperparameters: { augment: false, nEpochs: 7, learningRate: 0.0002, batchSize: 16, loraRank: 4, loraAlpha: 32 },
    });
  });

  it('freezes the spec snapshot: editing the spec later does not change a started run', async () => {
    const spec = await createSpec(key, { name: 'Snapshot spec' });
    const run = await startRun(key, spec.id);
    const frozen = run.specSnapshot;
    expect(frozen).toEqual({
      id: spec.id,
      name: 'Snapshot spec',
      description: spec.description,
      systemPrompt: spec.systemPrompt,
      examples: spec.examples,
      tags: spec.tags,
      updatedAt: spec.updatedAt,
    });
    // Starting a run is not an edit of the spec.
    expect((await ok(server.url, key, RunsSpecRuns, { id: spec.id })).spec!.updatedAt).toBe(spec.updatedAt);

    await ok(server.url, key, RunsUpdateSpec, {
      id: spec.id,
      input: {
        name: 'Snapshot spec v2',
        systemPrompt: null,
        examples: [{ input: 'new', expected: 'changed' }],
        tags: ['edited'],
      },
    });

    const read = await ok(server.url, key, RunsGetRun, { id: run.id });
    expect(read.run!.specSnapshot).toEqual(frozen);
    expect(read.run!.specSnapshot).toMatchObject({
      name: 'Snapshot spec',
      examples: specInput.examples,
      tags: specInput.tags,
    });
    expect(read.run!.name).toBe('Snapshot spec #1');
    expect(read.run!.spec.name).toBe('Snapshot spec v2');

    const next = await startRun(key, spec.id);
    expect(next.runNumber).toBe(2);
    expect(next.name).toBe('Snapshot spec v2 #2');
    expect(next.specSnapshot).toMatchObject({
      name: 'Snapshot spec v2',
      systemPrompt: null,
      examples: [{ input: 'new', expected: 'changed' }],
      tags: ['edited'],
    });
  });

  it('gives each run of a page its own frozen snapshot, though lists leave the column out', async () => {
    const specs = await Promise.all(['Lazy snapshot A', 'Lazy snapshot B'].map((name) => createSpec(key, { name })));
    const started = await Promise.all(specs.flatMap((spec) => [startRun(key, spec.id), startRun(key, spec.id)]));
    const { runs } = await ok(server.url, key, RunsSnapshots, { where: { specId: specs.map((s) => s.id) } });
    const listed = new Map(runs.edges.map(({ node }) => [node.id, node.specSnapshot]));
    expect(listed.size).toBe(4);
    for (const run of started) expect(listed.get(run.id)).toEqual(run.specSnapshot);
    expect(new Set([...listed.values()].map((s) => (s as { name: string }).name))).toEqual(
      new Set(['Lazy snapshot A', 'Lazy snapshot B']),
    );
  });

  it('lists runs with the fields a query selects, and a run met again in the same request is whole', async () => {
    const spec = await createSpec(key, { name: 'Selected fields' });
    const parent = await startRun(key, spec.id);
    const child = await startRun(key, spec.id, {
      name: 'child',
      tags: ['x', 'y'],
      metadata: { team: 'search' },
      environment: 'staging',
      parentRunId: parent.id,
    });
    await ok(server.url, key, RunsSetFeedback, { id: child.id, input: { score: 4 } });
    const where = { specId: [spec.id] };
    const whole = await Promise.all(
      [child, parent].map(async (run) => (await ok(server.url, key, RunsWholeRun, { id: run.id })).run!),
    );

    // Aliases, an inline fragment, a named fragment and __typename select what the runs show.
    const listed = (await ok(server.url, key, RunsListSelected, { where })).runs.edges.map((e) => e.node);
    expect(listed.map(({ label, specName, __typename, ...fields }) => [fields, label, specName, __typename])).toEqual(
      whole.map((run) => [run, run.name, { name: 'Selected fields' }, 'Run']),
    );

    const ofSpec = (await ok(server.url, key, RunsSpecRunsSelected, { id: spec.id })).spec!.runs.edges;
    expect(ofSpec.map((e) => e.node)).toEqual(whole);

    // The list read two columns of the child; `run(id:)` in the same request still gets all of it.
    const both = await ok(server.url, key, RunsFewFieldsThenWhole, { where, id: child.id });
    expect(both.runs.edges.map((e) => e.node)).toEqual(whole.map(({ id, runNumber }) => ({ id, runNumber })));
    expect(both.run).toEqual(whole[0]);
  });

  it('numbers 20 concurrent runs of one spec 1..20 with no gap and no duplicate', async () => {
    const spec = await createSpec(key, { name: 'Concurrent spec' });
    const runs = await Promise.all(Array.from({ length: 20 }, () => startRun(key, spec.id)));
    expect(runs.map((r) => r.runNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(runs.map((r) => r.id)).size).toBe(20);
    for (const run of runs) expect(run.name).toBe(`Concurrent spec #${run.runNumber}`);

    const { spec: read } = await ok(server.url, key, RunsSpecRuns, { id: spec.id, first: 50 });
    expect(read!.runs.totalCount).toBe(20);
    expect(read!.latestRun).toEqual({ id: runs.find((r) => r.runNumber === 20)!.id, runNumber: 20 });
  });

  it('accepts the boundary hyperparameters (nEpochs 1 and 20, batchSize 8)', async () => {
    const spec = await createSpec(key);
    expect((await startRun(key, spec.id, { hyperparameters: { nEpochs: 1 } })).hyperparameters).toMatchObject({
      nEpochs: 1,
      batchSize: 8,
    });
    expect((await startRun(key, spec.id, { hyperparameters: { nEpochs: 20 } })).hyperparameters).toMatchObject({
      nEpochs: 20,
    });
    expect((await startRun(key, spec.id, { hyperparameters: { batchSize: 8 } })).hyperparameters).toMatchObject({
      batchSize: 8,
      nEpochs: 4,
    });
  });

  it('rejects each invalid input with its field path, and rejected calls create no run and use no run number', async () => {
    const spec = await createSpec(key, { name: 'Validation spec' });
    const first = await startRun(key, spec.id);
    const totalBefore = await runCount(key);

    const cases: { input: StartRunInput; path: string }[] = [
      { input: { hyperparameters: { nEpochs: 0 } }, path: 'input.hyperparameters.nEpochs' },
      { input: { hyperparameters: { nEpochs: 21 } }, path: 'input.hyperparameters.nEpochs' },
      { input: { hyperparameters: { batchSize: 7 } }, path: 'input.hyperparameters.batchSize' },
      // Wider than the default base model, trainyard-byte-tiny (64): its job would be refused.
      { input: { hyperparameters: { loraRank: 65 } }, path: 'input.hyperparameters.loraRank' },
      { input: { baseModelId: randomUUID() }, path: 'input.baseModelId' },
      { input: { baseModelId: 'not-a-uuid' }, path: 'input.baseModelId' },
      { input: { parentRunId: randomUUID() }, path: 'input.parentRunId' },
    ];
    for (const { input, path } of cases) {
      const result = await execute(server.url, key, RunsStartRun, { specId: spec.id, input });
      expect(errorCode(result), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldPaths(result), JSON.stringify(input)).toEqual([path]);
    }

    const missingSpec = await execute(server.url, key, RunsStartRun, { specId: randomUUID() });
    expect(errorCode(missingSpec)).toBe('NOT_FOUND');
    const badSpecId = await execute(server.url, key, RunsStartRun, { specId: 'nope' });
    expect(errorCode(badSpecId)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(badSpecId)).toEqual(['specId']);

    expect(await runCount(key)).toBe(totalBefore);
    const { spec: read } = await ok(server.url, key, RunsSpecRuns, { id: spec.id });
    expect(read!.runs.totalCount).toBe(1);
    expect(read!.latestRun).toEqual({ id: first.id, runNumber: 1 });
    expect((await startRun(key, spec.id)).runNumber).toBe(2);
  });

  it('refuses to start a run of a deleted spec', async () => {
    const spec = await createSpec(key);
    expect((await ok(server.url, key, RunsDeleteSpec, { id: spec.id })).deleteSpec.id).toBe(spec.id);
    expect(errorCode(await execute(server.url, key, RunsStartRun, { specId: spec.id }))).toBe('NOT_FOUND');
  });

  it('links a run to its parent, and the parent lists its children', async () => {
    const spec = await createSpec(key);
    const parent = await startRun(key, spec.id);
    const childA = await startRun(key, spec.id, { parentRunId: parent.id });
    const childB = await startRun(key, spec.id, { parentRunId: parent.id });
    expect(childA.parent).toEqual({ id: parent.id });

    const read = await ok(server.url, key, RunsGetRun, { id: parent.id });
    expect(read.run!.parent).toBeNull();
    expect(read.run!.children.totalCount).toBe(2);
    expect(read.run!.children.edges.map((e) => e.node.id).sort()).toEqual([childA.id, childB.id].sort());
    const child = await ok(server.url, key, RunsGetRun, { id: childB.id });
    expect(child.run!.parent).toEqual({ id: parent.id });
    expect(child.run!.children.totalCount).toBe(0);
  });

  it("hides another project's runs and refuses them as parents", async () => {
    const spec = await createSpec(key);
    const run = await startRun(key, spec.id);
    const other = await createTestProject(server);
    expect((await ok(server.url, other.key, RunsGetRun, { id: run.id })).run).toBeNull();
    const otherSpec = await createSpec(other.key);
    const result = await execute(server.url, other.key, RunsStartRun, {
      specId: otherSpec.id,
      input: { parentRunId: run.id },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(result)).toEqual(['input.parentRunId']);
    expect(errorCode(await execute(server.url, other.key, RunsStartRun, { specId: spec.id }))).toBe('NOT_FOUND');
  });
});

describe('run mutations', () => {
  it('cancels a run once; cancelling again is a CONFLICT', async () => {
    const spec = await createSpec(key);
    const run = await startRun(key, spec.id);
    const { cancelRun } = await ok(server.url, key, RunsCancelRun, { id: run.id });
    expect(cancelRun.run.status).toBe('CANCELLED');
    expect(cancelRun.run.completedAt).not.toBeNull();
    expect(Date.parse(cancelRun.run.completedAt!)).toBeGreaterThanOrEqual(Date.parse(cancelRun.run.createdAt));

    const again = await execute(server.url, key, RunsCancelRun, { id: run.id });
    expect(errorCode(again)).toBe('CONFLICT');
    const read = await ok(server.url, key, RunsGetRun, { id: run.id });
    expect(read.run).toMatchObject({ status: 'CANCELLED', completedAt: cancelRun.run.completedAt });

    expect(errorCode(await execute(server.url, key, RunsCancelRun, { id: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('records feedback, replacing earlier feedback, and filters by feedback flag', async () => {
    const spec = await createSpec(key);
    const run = await startRun(key, spec.id);
    const flag = `flag-${randomUUID().slice(0, 8)}`;

    const first = await ok(server.url, key, RunsSetFeedback, {
      id: run.id,
      input: { score: 0.25, flags: ['thumbs-down', flag, 'thumbs-down'], comment: 'too curt' },
    });
    expect(first.setRunFeedback.run.feedback).toEqual({
      score: 0.25,
      flags: ['thumbs-down', flag],
      comment: 'too curt',
    });
    expect((await ok(server.url, key, RunsGetRun, { id: run.id })).run!.feedback).toEqual({
      score: 0.25,
      flags: ['thumbs-down', flag],
      comment: 'too curt',
    });
    const flagged = await ok(server.url, key, RunsListRuns, { where: { feedbackFlag: [flag] } });
    expect(flagged.runs.edges.map((e) => e.node.id)).toEqual([run.id]);

    const second = await ok(server.url, key, RunsSetFeedback, { id: run.id, input: { flags: ['thumbs-up'] } });
    expect(second.setRunFeedback.run.feedback).toEqual({ score: null, flags: ['thumbs-up'], comment: null });
    expect(await runCount(key, { feedbackFlag: [flag] })).toBe(0);

    expect(errorCode(await execute(server.url, key, RunsSetFeedback, { id: randomUUID(), input: {} }))).toBe(
      'NOT_FOUND',
    );
  });

  it('replaces tags, deduplicated', async () => {
    const spec = await createSpec(key);
    const run = await startRun(key, spec.id, { tags: ['old'] });
    const { setRunTags } = await ok(server.url, key, RunsSetTags, { id: run.id, tags: ['b', 'a', 'b'] });
    expect(setRunTags.run.tags).toEqual(['b', 'a']);
    expect((await ok(server.url, key, RunsGetRun, { id: run.id })).run!.tags).toEqual(['b', 'a']);
    expect(await runCount(key, { tags: { any: ['old'] } })).toBe(0);

    const cleared = await ok(server.url, key, RunsSetTags, { id: run.id, tags: [] });
    expect(cleared.setRunTags.run.tags).toEqual([]);
    expect(errorCode(await execute(server.url, key, RunsSetTags, { id: randomUUID(), tags: ['x'] }))).toBe('NOT_FOUND');
  });

  it('rejects an empty tag with one error naming it, and keeps the old tags', async () => {
    const spec = await createSpec(key);
    const run = await startRun(key, spec.id, { tags: ['kept'] });
    const bad = await execute(server.url, key, RunsSetTags, { id: run.id, tags: ['ok', ''] });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((await ok(server.url, key, RunsGetRun, { id: run.id })).run!.tags).toEqual(['kept']);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ path: 'tags.1', message: 'must not be empty' }]);
  });

  it('has an empty evals connection and no eval summary before evaluation', async () => {
    const spec = await createSpec(key);
    const run = await startRun(key, spec.id);
    const read = await ok(server.url, key, RunsGetRun, { id: run.id });
    expect(read.run!.evalSummary).toBeNull();
    expect(read.run!.evals).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });
});

describe('spec runs', () => {
  it('lists a spec’s runs newest first and points latestRun at the highest run number', async () => {
    const spec = await createSpec(key, { name: 'Listed spec' });
    const empty = await ok(server.url, key, RunsSpecRuns, { id: spec.id });
    expect(empty.spec).toMatchObject({ latestRun: null, runs: { totalCount: 0, edges: [] } });

    const started = [];
    for (let i = 0; i < 3; i++) started.push(await startRun(key, spec.id));
    const other = await createSpec(key, { name: 'Unrelated spec' });
    await startRun(key, other.id);

    const { spec: read } = await ok(server.url, key, RunsSpecRuns, { id: spec.id, first: 10 });
    expect(read!.runs.totalCount).toBe(3);
    expect(read!.runs.edges.map((e) => e.node.id).sort()).toEqual(started.map((r) => r.id).sort());
    expectNewestFirst(read!.runs.edges.map((e) => e.node));
    expect(read!.latestRun).toEqual({ id: started[2]!.id, runNumber: 3 });

    const page = await ok(server.url, key, RunsSpecRuns, { id: spec.id, first: 2 });
    expect(page.spec!.runs.edges).toHaveLength(2);
    expect(page.spec!.runs.pageInfo.hasNextPage).toBe(true);
  });
});

describe('runs(where:) and runs(search:)', () => {
  /** A dedicated project, so each filter's result can be compared with the exact expected set. */
  let fkey: string;
  let specA: string;
  let specB: string;
  let specC: string;
  const runs: Record<string, { id: string; createdAt: string }> = {};

  async function ids(where?: RunWhere, search?: string): Promise<string[]> {
    const result = await ok(server.url, fkey, RunsListRuns, { where, search, first: 100 });
    const found = result.runs.edges.map((e) => e.node.id);
    expect(result.runs.totalCount).toBe(found.length);
    expectNewestFirst(result.runs.edges.map((e) => e.node));
    return found.sort();
  }

  function idsOf(...names: string[]): string[] {
    return names.map((name) => runs[name]!.id).sort();
  }

  function namesWhere(predicate: (run: { id: string; createdAt: string }) => boolean): string[] {
    return Object.entries(runs)
      .filter(([, run]) => predicate(run))
      .map(([name]) => name);
  }

  beforeAll(async () => {
    fkey = (await createTestProject(server)).key;
    specA = (await createSpec(fkey, { name: 'Alpha behaviour', tags: [] })).id;
    specB = (await createSpec(fkey, { name: 'Beta behaviour', tags: [] })).id;
    specC = (await createSpec(fkey, { name: 'Gamma behaviour', tags: [] })).id;
    const start = async (name: string, specId: string, input: StartRunInput) => {
      runs[name] = await startRun(fkey, specId, input);
    };
    await start('a1', specA, { tags: ['red', 'big'] });
    await start('a2', specA, { tags: ['red'] });
    await start('b1', specB, { tags: ['blue', 'big'] });
    await start('b2', specB, { tags: [], parentRunId: runs.a1!.id });
    await start('c1', specC, { tags: ['green', 'red', 'big'], name: 'Special snowflake' });
    await start('c2', specC, { tags: ['blue'], parentRunId: runs.a1!.id });
    for (const name of ['a2', 'c1']) await ok(server.url, fkey, RunsCancelRun, { id: runs[name]!.id });
  });

  it('returns every run without a filter', async () => {
    expect(await ids()).toEqual(idsOf('a1', 'a2', 'b1', 'b2', 'c1', 'c2'));
    expect(await ids({})).toEqual(idsOf('a1', 'a2', 'b1', 'b2', 'c1', 'c2'));
  });

  it('filters by status list', async () => {
    expect(await ids({ status: ['CANCELLED'] })).toEqual(idsOf('a2', 'c1'));
    expect(await ids({ status: ['COMPLETED', 'CANCELLED'] })).toEqual(idsOf('a2', 'c1'));
    expect(await ids({ status: ['COMPLETED'] })).toEqual([]);
  });

  it('filters by spec id list (any of)', async () => {
    expect(await ids({ specId: [specA] })).toEqual(idsOf('a1', 'a2'));
    expect(await ids({ specId: [specA, specC] })).toEqual(idsOf('a1', 'a2', 'c1', 'c2'));
    expect(await ids({ specId: [randomUUID()] })).toEqual([]);
  });

  it('filters by tags: any of, all of, and both', async () => {
    expect(await ids({ tags: { any: ['blue', 'green'] } })).toEqual(idsOf('b1', 'c1', 'c2'));
    expect(await ids({ tags: { any: ['red'] } })).toEqual(idsOf('a1', 'a2', 'c1'));
    expect(await ids({ tags: { all: ['red', 'big'] } })).toEqual(idsOf('a1', 'c1'));
    expect(await ids({ tags: { all: ['red', 'big', 'green'] } })).toEqual(idsOf('c1'));
    expect(await ids({ tags: { any: ['blue'], all: ['big'] } })).toEqual(idsOf('b1'));
    expect(await ids({ tags: { any: ['no-such-tag'] } })).toEqual([]);
  });

  it('filters top-level runs, child runs, and children of one parent', async () => {
    expect(await ids({ hasParent: false })).toEqual(idsOf('a1', 'a2', 'b1', 'c1'));
    expect(await ids({ hasParent: true })).toEqual(idsOf('b2', 'c2'));
    expect(await ids({ parentId: runs.a1!.id })).toEqual(idsOf('b2', 'c2'));
    expect(await ids({ parentId: runs.b1!.id })).toEqual([]);
  });

  it('filters by creation time: createdAfter is inclusive, createdBefore exclusive', async () => {
    const at = (name: string) => Date.parse(runs[name]!.createdAt);
    const after = runs.b1!.createdAt;
    const before = runs.c1!.createdAt;
    expect(await ids({ createdAfter: after })).toEqual(
      idsOf(...namesWhere((r) => Date.parse(r.createdAt) >= at('b1'))),
    );
    expect(await ids({ createdBefore: after })).toEqual(
      idsOf(...namesWhere((r) => Date.parse(r.createdAt) < at('b1'))),
    );
    expect(await ids({ createdAfter: after, createdBefore: before })).toEqual(
      idsOf(...namesWhere((r) => Date.parse(r.createdAt) >= at('b1') && Date.parse(r.createdAt) < at('c1'))),
    );
    expect(await ids({ createdAfter: after })).toContain(runs.b1!.id);
    expect(await ids({ createdBefore: after })).not.toContain(runs.b1!.id);
    expect(await ids({ createdAfter: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await ids({ createdBefore: '2000-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('combines conditions with and, or and not, nested', async () => {
    expect(await ids({ and: [{ specId: [specA, specB] }, { tags: { any: ['big'] } }] })).toEqual(idsOf('a1', 'b1'));
    expect(await ids({ or: [{ specId: [specC] }, { status: ['CANCELLED'] }] })).toEqual(idsOf('a2', 'c1', 'c2'));
    expect(await ids({ not: { tags: { any: ['red'] } } })).toEqual(idsOf('b1', 'b2', 'c2'));
    expect(await ids({ not: { status: ['CANCELLED'] }, hasParent: false })).toEqual(idsOf('a1', 'b1'));
    expect(
      await ids({ and: [{ or: [{ specId: [specA] }, { specId: [specB] }] }, { not: { hasParent: true } }] }),
    ).toEqual(idsOf('a1', 'a2', 'b1'));
    expect(
      await ids({
        or: [
          { and: [{ specId: [specC] }, { not: { status: ['CANCELLED'] } }] },
          { and: [{ tags: { all: ['red', 'big'] } }, { not: { specId: [specC] } }] },
        ],
      }),
    ).toEqual(idsOf('a1', 'c2'));
  });

  it('searches runs by name and by tag', async () => {
    expect(await ids(undefined, 'snowflake')).toEqual(idsOf('c1'));
    expect(await ids(undefined, 'SPECIAL snow')).toEqual(idsOf('c1'));
    expect(await ids(undefined, 'Beta behaviour #')).toEqual(idsOf('b1', 'b2'));
    expect(await ids(undefined, 'green')).toEqual(idsOf('c1'));
    expect(await ids({ status: ['CANCELLED'] }, 'snowflake')).toEqual(idsOf('c1'));
    expect(await ids({ hasParent: true }, 'snowflake')).toEqual([]);
    expect(await ids(undefined, 'nothing matches this')).toEqual([]);
  });

  it('searches runs by their spec name (API.md: run name, spec name, tags and error)', async () => {
    // c1 has a custom name, so only its spec's name can match it.
    expect(await ids(undefined, 'Gamma')).toEqual(idsOf('c1', 'c2'));
  });

  it('rejects a malformed id inside a filter', async () => {
    const result = await execute(server.url, fkey, RunsListRuns, { where: { specId: ['nope'] } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
