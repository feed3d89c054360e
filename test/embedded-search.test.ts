import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRuns } from '../bench/seed-runs.ts';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { issueSecret } from '../src/domain/api-key-secret.ts';
import { createLogger } from '../src/logger.ts';
import { graphql } from './generated/index.ts';
import type { RunFacetField, RunWhere } from './generated/graphql.ts';
import { ok } from './helpers/client.ts';
import { FilterPool, rngFor } from './helpers/random-filters.ts';
import { bruteFacet, loadRuns, matches, matchesSearch, type RunRow } from './helpers/run-reference.ts';

const EmbSearchViewer = graphql(`
  query EmbSearchViewer {
    viewer {
      project {
        id
      }
    }
  }
`);

const EmbSearchPanel = graphql(`
  query EmbSearchPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!) {
    runFacets(where: $where, search: $search, fields: $fields, limit: 500) {
      total
      facets {
        field
        values {
          value
          label
          count
        }
      }
    }
    runs(where: $where, search: $search, orderBy: { field: AVG_SCORE, direction: DESC }, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    runStats(where: $where, groupBy: [STATUS], bucket: WEEK) {
      count
    }
  }
`);

const FIELDS: RunFacetField[] = [
  'STATUS',
  'SPEC',
  'BASE_MODEL',
  'MODEL',
  'TAG',
  'ENVIRONMENT',
  'CREATED_BY',
  'FEEDBACK_FLAG',
];

/** The embedded default: PGlite, no extension, the same migration (full text, triggers) and queries. */
describe('search and facets on the embedded database (PGlite)', () => {
  let app: App;
  let url: string;
  let dataDir: string;
  let runs: RunRow[];
  const key = issueSecret().secret;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'trainyard-search-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      TRAINYARD_DATA_DIR: dataDir,
      TRAINYARD_ADMIN_KEY: key,
      LOG_LEVEL: 'warn',
    });
    app = await buildApp(config, createLogger(config.logLevel));
    ({ url } = await app.start());
    const { viewer } = await ok(url, key, EmbSearchViewer);
    const pglite = (
      app.services.orm.config.get('driverOptions') as { connection: { pglite: () => PGlite } }
    ).connection.pglite();
    await seedRuns(pglite, viewer.project.id, { runs: 400, specs: 12, days: 60, seed: 0.5 });
    runs = await loadRuns(pglite, viewer.project.id);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers facets, pages, totals and stats as brute force does', async () => {
    const rng = rngFor('embedded');
    const pool = new FilterPool(runs);
    const cases: { where: RunWhere; search?: string }[] = [
      { where: {} },
      { where: {}, search: 'triage' },
      // Several words: read from the head of the list first (run-list.ts).
      { where: {}, search: 'ticket triage' },
      ...Array.from({ length: 12 }, () => ({ where: pool.random(rng) })),
    ];
    for (const { where, search } of cases) {
      const data = await ok(url, key, EmbSearchPanel, { where, search, fields: FIELDS });
      const matching = runs.filter((run) => matches(run, where) && (!search || matchesSearch(run, search)));
      expect(data.runFacets.total).toBe(matching.length);
      expect(data.runs.totalCount).toBe(matching.length);
      expect(data.runStats.reduce((sum, row) => sum + row.count, 0)).toBe(runs.filter((r) => matches(r, where)).length);
      const best = [...matching]
        .sort((a, b) => (b.avgScore ?? -1) - (a.avgScore ?? -1) || (a.id < b.id ? 1 : -1))
        .slice(0, 100)
        .map((r) => r.id);
      expect(data.runs.edges.map((e) => e.node.id)).toEqual(best);
      for (const facet of data.runFacets.facets) {
        expect(facet.values).toEqual(bruteFacet(runs, facet.field, where, search).slice(0, 500));
      }
    }
  });
});
