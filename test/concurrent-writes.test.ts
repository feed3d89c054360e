import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from './generated/index.ts';
import { errorCode, execute, ok } from './helpers/client.ts';
import { waitFor } from './helpers/processes.ts';
import { createTestProject } from './helpers/project.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const CreateSpec = graphql(`
  mutation RacesCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);
const UpdateSpec = graphql(`
  mutation RacesUpdateSpec($id: ID!, $input: UpdateSpecInput!) {
    updateSpec(id: $id, input: $input) {
      spec {
        name
      }
    }
  }
`);
const DeleteSpec = graphql(`
  mutation RacesDeleteSpec($id: ID!) {
    deleteSpec(id: $id) {
      id
    }
  }
`);
const CreateApiKey = graphql(`
  mutation RacesCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
    }
  }
`);
const RevokeApiKey = graphql(`
  mutation RacesRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        revokedAt
      }
    }
  }
`);

let api: TestServer;
let project: { id: string; key: string };
/** Stands in for another request's transaction, committed while ours waits on its row. */
let other: pg.Client;
/** Watches for the wait: pg_stat_activity holds still for the length of a transaction. */
let watcher: pg.Client;

beforeAll(async () => {
  api = await startServer();
  project = await createTestProject(api);
  other = new pg.Client({ connectionString: inject('databaseUrl') });
  watcher = new pg.Client({ connectionString: inject('databaseUrl') });
  await Promise.all([other.connect(), watcher.connect()]);
});

afterAll(async () => {
  await Promise.all([other?.end(), watcher?.end()]);
  await api?.stop();
});

const backendPid = async (client: pg.Client) =>
  (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;

/**
 * What `request` answers when `statement` (another request's write to a row of `table`) is
 * committed while the request waits for that row.
 */
async function committedMeanwhile<T>(table: string, statement: string, params: unknown[], request: () => Promise<T>) {
  const otherPid = await backendPid(other);
  await other.query('begin');
  try {
    await other.query(statement, params);
    const answer = request();
    await waitFor(`the request to wait on ${table}`, async () => {
      const { rows } = await watcher.query(
        // Waiting on `other` itself: another test file's writes may wait on locks too.
        `select 1 from pg_stat_activity where $1 = any(pg_blocking_pids(pid)) and query like $2`,
        [otherPid, `%"${table}"%`],
      );
      return rows.length > 0;
    });
    await other.query('commit');
    return await answer;
  } catch (error) {
    await other.query('rollback');
    throw error;
  }
}

const newSpec = async () =>
  (
    await ok(api.url, project.key, CreateSpec, {
      input: { name: 'greeter', examples: [{ input: 'hi', expected: 'hello' }] },
    })
  ).createSpec.spec.id;

const specRow = async (id: string) =>
  (await watcher.query(`select name, deleted_at from behavior_spec where id = $1`, [id])).rows[0];

describe('writes that meet on one row', () => {
  it('refuses to edit a spec deleted while the edit waited for it, and leaves it as deleted', async () => {
    const id = await newSpec();
    const answer = await committedMeanwhile(
      'behavior_spec',
      `update behavior_spec set deleted_at = now() where id = $1`,
      [id],
      () => execute(api.url, project.key, UpdateSpec, { id, input: { name: 'edited' } }),
    );
    expect(errorCode(answer)).toBe('NOT_FOUND');
    expect((await specRow(id)).name).toBe('greeter');
  });

  it('deletes a spec once when two deletes meet: the second is NOT_FOUND and keeps the first time', async () => {
    const id = await newSpec();
    const answer = await committedMeanwhile(
      'behavior_spec',
      `update behavior_spec set deleted_at = '2000-01-01T00:00:00Z' where id = $1`,
      [id],
      () => execute(api.url, project.key, DeleteSpec, { id }),
    );
    expect(errorCode(answer)).toBe('NOT_FOUND');
    expect((await specRow(id)).deleted_at).toEqual(new Date('2000-01-01T00:00:00Z'));
  });

  it('keeps the first revocation time when two revocations of a key meet', async () => {
    const { createApiKey } = await ok(api.url, project.key, CreateApiKey, { input: { label: 'ci' } });
    const id = createApiKey.apiKey.id;
    const answer = await committedMeanwhile(
      'api_key',
      `update api_key set revoked_at = '2000-01-01T00:00:00Z' where id = $1`,
      [id],
      () => ok(api.url, project.key, RevokeApiKey, { id }),
    );
    expect(answer.revokeApiKey.apiKey.revokedAt).toBe('2000-01-01T00:00:00.000Z');
  });
});
