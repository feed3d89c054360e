import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHENTICATION_TTL_MS } from '../src/auth/authentication-cache.ts';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const TenancyCreateSpec = graphql(`
  mutation TenancyCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
        name
      }
    }
  }
`);

const TenancyStartRun = graphql(`
  mutation TenancyStartRun($specId: ID!) {
    startRun(specId: $specId) {
      run {
        id
        status
      }
    }
  }
`);

const TenancyCreateDataset = graphql(`
  mutation TenancyCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      dataset {
        id
      }
    }
  }
`);

const TenancyBaseModels = graphql(`
  query TenancyBaseModels {
    baseModels {
      id
      name
    }
  }
`);

const TenancySubmitJob = graphql(`
  mutation TenancySubmitJob($input: SubmitJobInput!) {
    submitJob(input: $input) {
      created
      job {
        id
        status
      }
    }
  }
`);

const TenancyViewer = graphql(`
  query TenancyViewer {
    viewer {
      project {
        id
        name
      }
      apiKey {
        id
        label
        prefix
        scopes
        revokedAt
        lastUsedAt
      }
    }
  }
`);

const TenancyGetAll = graphql(`
  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {
    spec(id: $specId) {
      id
      name
    }
    run(id: $runId) {
      id
      status
    }
    dataset(id: $datasetId) {
      id
    }
    job(id: $jobId) {
      id
      status
    }
  }
`);

const TenancyNode = graphql(`
  query TenancyNode($id: ID!) {
    node(id: $id) {
      id
      __typename
    }
  }
`);

const TenancyUpdateSpec = graphql(`
  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {
    updateSpec(id: $id, input: $input) {
      spec {
        id
        name
      }
    }
  }
`);

const TenancyDeleteSpec = graphql(`
  mutation TenancyDeleteSpec($id: ID!) {
    deleteSpec(id: $id) {
      id
    }
  }
`);

const TenancyCancelRun = graphql(`
  mutation TenancyCancelRun($id: ID!) {
    cancelRun(id: $id) {
      run {
        id
        status
      }
    }
  }
`);

const TenancyCancelJob = graphql(`
  mutation TenancyCancelJob($id: ID!) {
    cancelJob(id: $id) {
      job {
        id
        status
      }
    }
  }
`);

const TenancyCreateApiKey = graphql(`
  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        label
        prefix
        scopes
        createdAt
        revokedAt
      }
    }
  }
`);

const TenancyRevokeApiKey = graphql(`
  mutation TenancyRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);

const TenancyCreateProject = graphql(`
  mutation TenancyCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
      }
      apiKey
    }
  }
`);

const TenancyLists = graphql(`
  query TenancyLists {
    specs(first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    runs(first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    datasets(first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    jobs(first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    apiKeys(first: 100) {
      totalCount
      edges {
        node {
          id
          label
          prefix
        }
      }
    }
  }
`);

/** The rows one project owns, created through the API. */
interface Tenant {
  projectId: string;
  projectName: string;
  key: string;
  apiKeyId: string;
  specId: string;
  runId: string;
  datasetId: string;
  jobId: string;
}

let server: TestServer;
let a: Tenant;
let b: Tenant;

/** A project with one of each kind of row; its jobs run in an environment no worker serves. */
async function createTenant(): Promise<Tenant> {
  const project = await createTestProject(server);
  const { key } = project;
  const { viewer } = await ok(server.url, key, TenancyViewer);
  const { createSpec } = await ok(server.url, key, TenancyCreateSpec, {
    input: { name: `spec of ${project.name}`, examples: [{ input: 'Hi', expected: 'Hello!' }] },
  });
  const { startRun } = await ok(server.url, key, TenancyStartRun, { specId: createSpec.spec.id });
  const { createDataset } = await ok(server.url, key, TenancyCreateDataset, {
    input: { name: `data of ${project.name}`, records: [{ prompt: 'a', completion: 'b' }] },
  });
  const { baseModels } = await ok(server.url, key, TenancyBaseModels);
  const { submitJob } = await ok(server.url, key, TenancySubmitJob, {
    input: {
      type: 'CONTRACT',
      idempotencyKey: `tenancy-${randomUUID()}`,
      sourceModelId: baseModels[0]!.id,
      environment: `tenancy-test-${randomUUID().slice(0, 8)}`,
    },
  });
  return {
    projectId: project.id,
    projectName: project.name,
    key,
    apiKeyId: viewer.apiKey.id,
    specId: createSpec.spec.id,
    runId: startRun.run.id,
    datasetId: createDataset.dataset.id,
    jobId: submitJob.job.id,
  };
}

/** A key of the right shape (ty_ + 43 base64url characters) that was never issued. */
function unknownWellFormedKey(): string {
  return `ty_${randomBytes(32).toString('base64url')}`;
}

beforeAll(async () => {
  server = await startServer();
  a = await createTenant();
  b = await createTenant();
});
afterAll(() => server.stop());

describe('project isolation', () => {
  it("returns null for another project's spec, run, dataset and job", async () => {
    const ids = { specId: a.specId, runId: a.runId, datasetId: a.datasetId, jobId: a.jobId };
    const seenByB = await ok(server.url, b.key, TenancyGetAll, ids);
    expect(seenByB).toEqual({ spec: null, run: null, dataset: null, job: null });
    // The owner sees every one of them.
    const seenByA = await ok(server.url, a.key, TenancyGetAll, ids);
    expect(seenByA.spec?.id).toBe(a.specId);
    expect(seenByA.run?.id).toBe(a.runId);
    expect(seenByA.dataset?.id).toBe(a.datasetId);
    expect(seenByA.job?.id).toBe(a.jobId);
  });

  it("returns null from node(id) for any of another project's entities", async () => {
    for (const id of [a.specId, a.runId, a.datasetId, a.jobId, a.apiKeyId, a.projectId]) {
      expect((await ok(server.url, b.key, TenancyNode, { id })).node, `node(${id})`).toBeNull();
      expect((await ok(server.url, a.key, TenancyNode, { id })).node?.id, `node(${id}) for its owner`).toBe(id);
    }
  });

  it("answers NOT_FOUND to mutations on another project's rows, and changes nothing", async () => {
    const attempts = [
      await execute(server.url, b.key, TenancyUpdateSpec, { id: a.specId, input: { name: 'hijacked' } }),
      await execute(server.url, b.key, TenancyDeleteSpec, { id: a.specId }),
      await execute(server.url, b.key, TenancyCancelRun, { id: a.runId }),
      await execute(server.url, b.key, TenancyCancelJob, { id: a.jobId }),
      await execute(server.url, b.key, TenancyRevokeApiKey, { id: a.apiKeyId }),
    ];
    expect(attempts.map(errorCode)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);

    const afterwards = await ok(server.url, a.key, TenancyGetAll, {
      specId: a.specId,
      runId: a.runId,
      datasetId: a.datasetId,
      jobId: a.jobId,
    });
    expect(afterwards.spec).toEqual({ id: a.specId, name: `spec of ${a.projectName}` });
    expect(afterwards.run?.status).not.toBe('CANCELLED');
    expect(afterwards.job).toEqual({ id: a.jobId, status: 'QUEUED' });
    // A's key was not revoked: it still authenticates.
    expect((await ok(server.url, a.key, TenancyViewer)).viewer.apiKey).toMatchObject({
      id: a.apiKeyId,
      revokedAt: null,
    });
  });

  it("never lists another project's rows", async () => {
    const aIds = new Set([a.specId, a.runId, a.datasetId, a.jobId, a.apiKeyId]);
    const lists = await ok(server.url, b.key, TenancyLists);
    const listed = {
      specs: lists.specs.edges.map((e) => e.node.id),
      runs: lists.runs.edges.map((e) => e.node.id),
      datasets: lists.datasets.edges.map((e) => e.node.id),
      jobs: lists.jobs.edges.map((e) => e.node.id),
      apiKeys: lists.apiKeys.edges.map((e) => e.node.id),
    };
    for (const [name, ids] of Object.entries(listed)) {
      expect(
        ids.filter((id) => aIds.has(id)),
        `${name} of B holding A's rows`,
      ).toEqual([]);
    }
    // B does see its own rows in the same lists, so the lists are not trivially empty.
    expect(listed.specs).toContain(b.specId);
    expect(listed.runs).toContain(b.runId);
    expect(listed.datasets).toContain(b.datasetId);
    expect(listed.jobs).toContain(b.jobId);
    expect(listed.apiKeys).toContain(b.apiKeyId);
    expect(lists.specs.totalCount).toBe(listed.specs.length);
    expect(lists.apiKeys.totalCount).toBe(listed.apiKeys.length);
  });
});

describe('authentication', () => {
  it('refuses a request without an Authorization header', async () => {
    const result = await execute(server.url, undefined, TenancyViewer);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('refuses a malformed key', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
      body: JSON.stringify({ query: '{ viewer { project { id } } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('refuses a well-formed key that was never issued', async () => {
    const result = await execute(server.url, unknownWellFormedKey(), TenancyViewer);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it('issues a working ty_ key whose secret is shown once', async () => {
    const label = `ci-${randomUUID().slice(0, 8)}`;
    const { createApiKey } = await ok(server.url, a.key, TenancyCreateApiKey, { input: { label } });
    const { secret, apiKey } = createApiKey;
    expect(secret.startsWith('ty_')).toBe(true);
    expect(apiKey.prefix.length).toBeGreaterThan(3);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.prefix).not.toBe(secret);
    expect(apiKey).toMatchObject({ label, scopes: [], revokedAt: null });

    const { viewer } = await ok(server.url, secret, TenancyViewer);
    expect(viewer.project.id).toBe(a.projectId);
    expect(viewer.apiKey).toMatchObject({ id: apiKey.id, label, prefix: apiKey.prefix });

    const { apiKeys } = await ok(server.url, a.key, TenancyLists);
    const listed = apiKeys.edges.find((e) => e.node.id === apiKey.id)?.node;
    expect(listed).toEqual({ id: apiKey.id, label, prefix: apiKey.prefix });
  });

  it('stops accepting a key once it is revoked', async () => {
    const { createApiKey } = await ok(server.url, a.key, TenancyCreateApiKey, { input: { label: 'short-lived' } });
    const { secret, apiKey } = createApiKey;
    expect((await ok(server.url, secret, TenancyViewer)).viewer.apiKey.id).toBe(apiKey.id);

    const { revokeApiKey } = await ok(server.url, a.key, TenancyRevokeApiKey, { id: apiKey.id });
    expect(revokeApiKey.apiKey.id).toBe(apiKey.id);
    expect(revokeApiKey.apiKey.revokedAt).not.toBeNull();

    expect(errorCode(await execute(server.url, secret, TenancyViewer))).toBe('UNAUTHENTICATED');
    // The revoking key itself is unaffected.
    expect((await ok(server.url, a.key, TenancyViewer)).viewer.apiKey.id).toBe(a.apiKeyId);
  });

  it('lets only an admin key revoke an admin key, as only one issues it', async () => {
    const { createApiKey } = await ok(server.url, a.key, TenancyCreateApiKey, { input: { label: 'plain' } });
    const refused = await execute(server.url, createApiKey.secret, TenancyRevokeApiKey, { id: a.apiKeyId });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect((await ok(server.url, a.key, TenancyViewer)).viewer.apiKey.id).toBe(a.apiKeyId);
    // A plain key may still revoke a plain key, its own included.
    await ok(server.url, createApiKey.secret, TenancyRevokeApiKey, { id: createApiKey.apiKey.id });
  });

  it('stops accepting a revoked key on every API instance, not only the one that revoked it', async () => {
    const other = await startServer();
    try {
      const { createApiKey } = await ok(server.url, a.key, TenancyCreateApiKey, { input: { label: 'two instances' } });
      const { secret, apiKey } = createApiKey;
      // Both instances now hold the key as valid.
      for (const url of [server.url, other.url]) {
        expect((await ok(url, secret, TenancyViewer)).viewer.apiKey.id).toBe(apiKey.id);
      }

      await ok(server.url, a.key, TenancyRevokeApiKey, { id: apiKey.id });

      expect(errorCode(await execute(server.url, secret, TenancyViewer))).toBe('UNAUTHENTICATED');
      // The other instance hears it through Redis, well before its copy would expire.
      await expect
        .poll(async () => errorCode(await execute(other.url, secret, TenancyViewer)), {
          timeout: AUTHENTICATION_TTL_MS / 10,
          interval: 20,
        })
        .toBe('UNAUTHENTICATED');
    } finally {
      await other.stop();
    }
  });

  it('forbids a key without the admin scope from creating projects or admin keys', async () => {
    const { createApiKey } = await ok(server.url, a.key, TenancyCreateApiKey, { input: { label: 'plain' } });
    const plainKey = createApiKey.secret;
    expect(createApiKey.apiKey.scopes).toEqual([]);
    const keysBefore = (await ok(server.url, a.key, TenancyLists)).apiKeys.totalCount;

    const project = await execute(server.url, plainKey, TenancyCreateProject, { input: { name: 'not allowed' } });
    expect(errorCode(project)).toBe('FORBIDDEN');
    expect(project.data ?? null).toBeNull();

    const adminKey = await execute(server.url, plainKey, TenancyCreateApiKey, {
      input: { label: 'escalation', scopes: ['ADMIN'] },
    });
    expect(errorCode(adminKey)).toBe('FORBIDDEN');
    expect(adminKey.data ?? null).toBeNull();
    expect((await ok(server.url, a.key, TenancyLists)).apiKeys.totalCount).toBe(keysBefore);

    // A project's own admin key may issue admin keys.
    const { createApiKey: admin } = await ok(server.url, a.key, TenancyCreateApiKey, {
      input: { label: 'second admin', scopes: ['ADMIN'] },
    });
    expect(admin.apiKey.scopes).toEqual(['admin']);
  });

  it("viewer returns the calling key's project and key, marked as used", async () => {
    const before = Date.now();
    const { viewer } = await ok(server.url, b.key, TenancyViewer);
    expect(viewer.project).toEqual({ id: b.projectId, name: b.projectName });
    expect(viewer.apiKey.id).toBe(b.apiKeyId);
    expect(b.key.startsWith(viewer.apiKey.prefix)).toBe(true);
    expect(viewer.apiKey.scopes).toEqual(['admin']);
    // Refreshed at most once a minute, so by this request or an earlier one of this file.
    expect(new Date(viewer.apiKey.lastUsedAt!).getTime()).toBeGreaterThan(before - 60_000);
  });
});
