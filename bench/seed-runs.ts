/**
 * Realistic run history for search and facet benchmarks and tests: specs with Zipf-skewed
 * popularity, base models mostly tied to their spec, five environments of unequal size, a dozen
 * API keys, tags and feedback flags with long tails, child runs, failures with real-looking
 * errors, and creation times over two years that grow denser towards the present. One
 * INSERT ... SELECT per table, seeded with setseed(), so the same options give the same rows.
 *
 * As a script: `node --import tsx bench/seed-runs.ts [runs]` (re)creates the database
 * trainyard_bench_search (BENCH_PG_URL, else postgres://postgres@127.0.0.1:5432/postgres) with
 * one project "bench-search" holding that many runs (default 1,000,000).
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { createOrm, migrate } from '../src/db/orm.ts';
import { createLogger } from '../src/logger.ts';
import { provisionProject } from '../src/projects/provision.ts';

export interface SeedOptions {
  runs: number;
  specs?: number;
  /** Runs spread over this many days before `end`. */
  days?: number;
  end?: Date;
  /** setseed() argument, in [-1, 1]. */
  seed?: number;
  /**
   * Bypass row triggers (needs a superuser) and rebuild search documents and facet counts once at
   * the end: minutes instead of hours for a million rows. Off, every row goes through the same
   * triggers as a run the API writes.
   */
  bulk?: boolean;
}

const DOMAINS = [
  'Support',
  'Billing',
  'Legal',
  'Medical',
  'Retail',
  'Travel',
  'Insurance',
  'Hiring',
  'Security',
  'Finance',
];
const TASKS = [
  'ticket triage',
  'intent classifier',
  'summariser',
  'reply drafter',
  'entity extractor',
  'SQL generator',
  'tone rewriter',
  'policy checker',
  'translator',
  'sentiment scorer',
  'refund assistant',
  'FAQ answerer',
  'escalation detector',
  'redaction filter',
  'email router',
  'contract reviewer',
  'claim validator',
  'résumé screener',
  'fraud explainer',
  'churn predictor',
];
const BASE_MODELS = [
  'llama-3.1-8b',
  'llama-3.1-70b',
  'llama-3.2-3b',
  'mistral-7b',
  'mixtral-8x7b',
  'qwen2.5-7b',
  'qwen2.5-14b',
  'qwen2.5-32b',
  'gemma-2-9b',
  'gemma-2-27b',
  'phi-3-mini',
  'phi-3-medium',
  'falcon-7b',
  'olmo-2-7b',
  'deepseek-7b',
  'yi-1.5-9b',
  'granite-3-8b',
  'command-r-35b',
];
/** Five environments, drawn uniformly from this list: prod 45%, staging 25%, dev 15%, the pools 10% and 5%. */
const ENVIRONMENTS = [
  ...Array<string>(9).fill('prod'),
  ...Array<string>(5).fill('staging'),
  ...Array<string>(3).fill('dev'),
  'a100-pool',
  'a100-pool',
  'h100-pool',
];
const CREATORS = [
  'ci',
  'nightly-eval',
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'frank',
  'research-bot',
  'grace',
  'heidi',
  'ivan',
];
const TAG_STEMS = [
  'baseline',
  'lr-sweep',
  'ablation',
  'prod-candidate',
  'regression',
  'long-context',
  'distill',
  'rlhf',
  'quantized',
  'customer-acme',
  'customer-globex',
  'customer-initech',
  'q3-review',
  'hotfix',
  'canary',
  'multilingual',
  'safety',
  'eval-v2',
  'synthetic-data',
  'golden-set',
];
const TAGS = [...TAG_STEMS, ...TAG_STEMS.map((t) => `${t}-b`), ...TAG_STEMS.map((t) => `exp-${t}`)];
const FLAGS = ['thumbs-up', 'thumbs-down', 'hallucination', 'needs-review', 'off-topic', 'golden'];
const ERRORS = [
  'CUDA out of memory: tried to allocate 2.00 GiB',
  'Loss became NaN at step 340',
  'Dataset too small: 3 records after augmentation',
  'Worker lease expired more than 3 times',
  'Trainer exited with code 137 (killed by the kernel)',
  'Checkpoint upload failed: connection reset by peer',
  'Evaluation timed out after 600 s',
  'Tokenizer mismatch between base model and adapter',
  'Gradient norm exploded (1.2e9) at step 12',
  'Spec has no examples to evaluate',
  'Disk quota exceeded while writing checkpoint',
  'Invalid learning rate schedule: warmup longer than training',
];

/** A version-4-shaped UUID from an md5 hash, so the same seed gives the same ids and the API accepts them. */
const uuid = (text: string) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

/** What seeding needs of a connection: pg's Client and PGlite both fit. */
export interface Queryable {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

/** Adds `options.runs` runs (with their specs, extra base models and fine-tuned models) to a project. */
export async function seedRuns(client: Queryable, projectId: string, options: SeedOptions): Promise<void> {
  const { runs, specs = 200, days = 730, end = new Date(), seed = 0.42, bulk = false } = options;
  const key = `${projectId}:${seed}`;
  await client.query('select setseed($1)', [seed]);

  const specNames = Array.from(
    { length: specs },
    (_, i) =>
      `${DOMAINS[i % DOMAINS.length]} ${TASKS[Math.floor(i / DOMAINS.length) % TASKS.length]}` +
      (i >= DOMAINS.length * TASKS.length ? ` v${Math.floor(i / (DOMAINS.length * TASKS.length)) + 1}` : ''),
  );
  await client.query(
    `insert into behavior_spec (id, project_id, name, description, system_prompt, examples, tags, run_counter, created_at, updated_at)
     select ${uuid(`$1 || ':spec:' || n`)}, $2, name, 'Teaches the model to act as a ' || lower(name) || '.',
            'You are a careful ' || lower(name) || '. Answer in one short paragraph.',
            (select jsonb_agg(jsonb_build_object(
                'input', 'Example request ' || e || ' for the ' || lower(name) || ': ' || repeat('lorem ipsum ', (4 + e)::int),
                'expected', 'Expected answer ' || e || ' of the ' || lower(name) || '.'))
             from generate_series(1, 3 + n % 6) e),
            ($6::text[])[1 + n % 4 : 1 + n % 4], 0, $3::timestamptz - $4 * interval '1 day', $3::timestamptz
     from unnest($5::text[]) with ordinality as s(name, n)`,
    [key, projectId, end, days, specNames, ['nlp', 'classification', 'generation', 'extraction']],
  );
  await client.query(
    `insert into model (id, project_id, name, kind, params, config, created_at)
     select ${uuid(`$1 || ':base:' || name`)}, $2, name, 'BASE', (1 + n) * 1e9, '{}', now()
     from unnest($3::text[]) with ordinality as m(name, n)
     on conflict (project_id, name) do nothing`,
    [key, projectId, BASE_MODELS],
  );

  // Every random choice of a run, made once, in run order (a serial INSERT, so setseed holds).
  await client.query(`create temp table seed_run (
    i int primary key, id uuid, created_at timestamptz, status text, spec_n int, base_n int, environment text,
    created_by text, tags text[], parent_id uuid, avg_score float8, duration_ms int, prompt_tokens int,
    flags text[], feedback_score int, error text, custom_name text, run_number int) on commit preserve rows`);
  const pick = (param: string, skew: string) =>
    `(${param}::text[])[1 + floor(array_length(${param}::text[], 1) * power(random(), ${skew}))::int]`;
  await client.query(
    `insert into seed_run (i, id, created_at, status, spec_n, base_n, environment, created_by, tags, parent_id,
                           avg_score, duration_ms, prompt_tokens, flags, feedback_score, error, custom_name)
     select i, ${uuid(`$1 || ':run:' || i`)},
       $2::timestamptz - $3::int * interval '1 day' * (1 - power((i - 1 + random()) / $4::int, 0.6)),
       status, spec_n,
       case when random() < 0.75 then (spec_n * 7) % $5::int else floor(random() * $5::int)::int end,
       ${pick('$6', '1')},
       ${pick('$7', '2')},
       array(select distinct ${pick('$8', '3')} from generate_series(1, floor(random() * random() * 6)::int + i * 0) g),
       case when i > 1 and random() < 0.12
            then ${uuid(`$1 || ':run:' || greatest(1, i - 1 - floor(random() * 200)::int)`)} end,
       case when status = 'COMPLETED' then 0.3 + 0.69 * power(random(), 0.6) end,
       case when status in ('COMPLETED', 'FAILED', 'CANCELLED')
            then least(86400000, floor(600000 * exp(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))::int end,
       case when status <> 'PREPARING' then floor(20000 + 2e6 * power(random(), 2))::int end,
       case when status = 'COMPLETED' and random() < 0.15
            then array(select distinct ${pick('$9', '1.5')} from generate_series(1, 1 + floor(random() * 2)::int + i * 0) g) end,
       1 + floor(random() * 5)::int,
       case when status = 'FAILED' then ${pick('$10', '1.5')} end,
       case when random() < 0.1
            then 'sweep lr=' || round((1e-4 + random() * 1e-3)::numeric, 5) || ' rank=' || (4 << floor(random() * 4)::int) end
     from (
       select i, floor($11::int * power(random(), 2.2))::int as spec_n,
         case when r < 0.78 then 'COMPLETED' when r < 0.90 then 'FAILED' when r < 0.96 then 'CANCELLED'
              when r < 0.975 then 'PREPARING' when r < 0.99 then 'TRAINING' else 'EVALUATING' end as status
       from (select i, random() as r from generate_series(1, $4::int) i) rolls
     ) rolled
     order by i`,
    [key, end, days, runs, BASE_MODELS.length + 2, ENVIRONMENTS, CREATORS, TAGS, FLAGS, ERRORS, specs],
  );
  await client.query(
    `update seed_run s set run_number = n.run_number
     from (select i, row_number() over (partition by spec_n order by i) as run_number from seed_run) n where n.i = s.i`,
  );

  if (bulk) await client.query(`set session_replication_role = replica`);
  try {
    await client.query(
      `insert into model (id, project_id, name, kind, params, base_model_id, config, created_at)
       select ${uuid(`$1 || ':model:' || s.i`)}, $2, 'ft-' || s.i || '-' || left(md5($1 || s.i), 6), 'FINETUNED',
              b.params, b.id, '{}', s.created_at + s.duration_ms * interval '1 millisecond'
       from seed_run s
       cross join (select array_agg(id order by name) ids, array_agg(params order by name) params
                   from model where project_id = $2 and kind = 'BASE') base
       cross join lateral (select base.ids[1 + s.base_n] as id, base.params[1 + s.base_n] as params) b
       where s.status = 'COMPLETED'`,
      [key, projectId],
    );
    await client.query(
      `insert into run (id, project_id, spec_id, run_number, name, status, error, spec_snapshot, model_id, base_model_id,
                        hyperparameters, eval_summary, avg_score, tags, environment, parent_id, feedback, feedback_flags,
                        tokens, cost_usd, duration_ms, created_by, metadata, search_doc, created_at, started_at, completed_at)
       select s.id, $2, sp.id, s.run_number, coalesce(s.custom_name, sp.name || ' #' || s.run_number), s.status, s.error,
         jsonb_build_object('id', sp.id, 'name', sp.name, 'description', sp.description, 'systemPrompt', sp.system_prompt,
                            'examples', sp.examples, 'tags', sp.tags, 'updatedAt', sp.updated_at),
         case when s.status = 'COMPLETED' then ${uuid(`$1 || ':model:' || s.i`)} end, b.id,
         jsonb_build_object('augment', true, 'nEpochs', 4, 'learningRate', null, 'batchSize', 8, 'loraRank', 8, 'loraAlpha', 16),
         case when s.avg_score is not null then jsonb_build_object(
           'total', 20, 'avgScore', s.avg_score, 'passRate', least(1, s.avg_score * 1.1), 'exactMatchRate', s.avg_score / 2,
           'avgLatencyMs', 180, 'scoringMethod', 'SIMILARITY', 'regressions', 0, 'improvements', 0) end,
         s.avg_score, s.tags, s.environment, s.parent_id,
         case when s.flags is not null then jsonb_build_object('score', s.feedback_score, 'flags', to_jsonb(s.flags), 'comment', null) end,
         coalesce(s.flags, '{}'),
         case when s.prompt_tokens is not null then jsonb_build_object(
           'prompt', s.prompt_tokens, 'completion', s.prompt_tokens / 10, 'total', s.prompt_tokens + s.prompt_tokens / 10) end,
         case when s.duration_ms is not null then round((s.duration_ms / 3.6e6 * 2.5 + coalesce(s.prompt_tokens, 0) / 1e6 * 0.4)::numeric, 4) end,
         s.duration_ms, s.created_by, jsonb_build_object('dataset', 'v' || (1 + s.spec_n % 5), 'seed', s.i),
         case when $3::boolean then run_search_doc(coalesce(s.custom_name, sp.name || ' #' || s.run_number), sp.name, s.tags, s.error) end,
         s.created_at, s.created_at + interval '5 seconds',
         case when s.duration_ms is not null then s.created_at + interval '5 seconds' + s.duration_ms * interval '1 millisecond' end
       from seed_run s
       join behavior_spec sp on sp.id = ${uuid(`$1 || ':spec:' || (1 + s.spec_n)`)}
       cross join (select array_agg(id order by name) ids from model where project_id = $2 and kind = 'BASE') base
       cross join lateral (select base.ids[1 + s.base_n] as id) b
       order by s.i`,
      [key, projectId, bulk],
    );
  } finally {
    if (bulk) await client.query(`set session_replication_role = origin`);
  }
  await client.query(
    `update behavior_spec sp set run_counter = greatest(run_counter, n)
     from (select spec_n, max(run_number) n from seed_run group by spec_n) s
     where sp.id = ${uuid(`$1 || ':spec:' || (1 + s.spec_n)`)}`,
    [key],
  );
  if (bulk) {
    await client.query('select run_facet_count_rebuild($1)', [projectId]);
    await client.query('select run_search_words_fill($1)', [projectId]);
  }
  await client.query('drop table seed_run');
}

/** (Re)creates the benchmark database with one project of `runs` runs; returns its URL. */
export async function createBenchDatabase(runs: number, log: (line: string) => void = console.log): Promise<string> {
  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = 'trainyard_bench_search';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await createOrm(loadConfig({ DATABASE_URL: url.toString() }), createLogger('warn'));
  let projectId: string;
  try {
    await migrate(orm);
    projectId = (await provisionProject(orm.em.fork(), 'bench-search')).project.id;
  } finally {
    await orm.close(true);
  }
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const started = performance.now();
    await seedRuns(client, projectId, { runs, bulk: true });
    log(`seeded ${runs} runs in ${Math.round((performance.now() - started) / 1000)} s`);
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
  return url.toString();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await createBenchDatabase(Number(process.argv[2] ?? 1_000_000));
}
