/**
 * `npm run bench [-- <key> ...]`: runs the named benchmarks (every one without names) and
 * rewrites bench/RESULTS.md with their figures, their same-run baselines and the machine,
 * keeping the sections it did not rerun. Each section says when it was measured: only figures
 * of one section were taken side by side.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem } from 'node:os';
import { runGraphqlOverhead } from './graphql-overhead.ts';
import { runFanout } from './fanout.ts';
import { runIngestion } from './ingestion.ts';
import { runPipelineBench } from './run-pipeline.ts';
import { runRateLimitBench } from './rate-limit.ts';
import { runSqlStatements } from './sql-statements.ts';
import { runTrainerBench } from './trainer.ts';

const RESULTS = new URL('./RESULTS.md', import.meta.url);

function machine(): string[] {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  let commit = 'unknown';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    commit = `${head}${dirty ? ' plus uncommitted changes' : ''}`;
  } catch {
    // not a git checkout
  }
  return [
    `- CPU: ${availableParallelism()} cores (\`nproc\`), ${cpu}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version}, Linux ${release()}, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`,
    `- Code: ${commit}`,
    `- Load average when the run started: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (1, 5, 15 min)`,
  ];
}

/** Every benchmark, in the order RESULTS.md lists them. */
const SECTIONS = [
  { key: 'overhead', title: '1. GraphQL overhead', run: runGraphqlOverhead },
  { key: 'sql', title: '2. SQL statements for one page of runs', run: runSqlStatements },
  { key: 'ingestion', title: '3. Metric-point ingestion by one worker', run: runIngestion },
  { key: 'fanout', title: '4. Live fan-out to graphql-ws subscribers', run: runFanout },
  { key: 'trainer', title: '5. The built-in trainer', run: runTrainerBench },
  { key: 'runs', title: '6. A default spec run, end to end', run: runPipelineBench },
  { key: 'ratelimit', title: '7. What the rate limit adds to a request', run: runRateLimitBench },
] as const;

/** A failing benchmark is reported, not fatal: the others still produce figures. */
async function measure(title: string, run: () => Promise<{ markdown: string }>): Promise<string> {
  console.log(`${title} …`);
  const started = new Date();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  let body: string;
  try {
    body = (await run()).markdown.replace(/^## .*\n/, '');
  } catch (error) {
    console.error(error);
    body = `\nNot measured: ${error instanceof Error ? error.message : String(error)}`;
  }
  const seconds = Math.round((Date.now() - started.getTime()) / 1000);
  return `## ${title}\n\nMeasured ${started.toISOString()} (${seconds} s; load average ${load}).\n${body}`;
}

/** The sections already in RESULTS.md, by title, so a partial rerun keeps the others. */
function previousSections(): Map<string, string> {
  const sections = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(RESULTS, 'utf8');
  } catch {
    return sections;
  }
  for (const part of text.split(/\n(?=## \d+\. )/).slice(1)) {
    sections.set(part.slice(3, part.indexOf('\n')), part.trimEnd());
  }
  return sections;
}

// `npm run bench -- fanout runs` reruns those; no names: all of them.
const wanted = new Set(process.argv.slice(2));
const unknown = [...wanted].filter((key) => !SECTIONS.some((section) => section.key === key));
if (unknown.length > 0)
  throw new Error(`unknown benchmark(s) ${unknown.join(', ')}; known: ${SECTIONS.map((x) => x.key).join(', ')}`);
const previous = previousSections();
const header = machine();
const sections: string[] = [];
for (const { key, title, run } of SECTIONS) {
  const rerun = wanted.size === 0 || wanted.has(key);
  sections.push(
    rerun
      ? await measure(title, run)
      : (previous.get(title) ?? `## ${title}\n\nNot measured yet: \`npm run bench -- ${key}\`.`),
  );
}

const rounds = process.env.BENCH_ROUNDS ? `BENCH_ROUNDS=${process.env.BENCH_ROUNDS} ` : '';
writeFileSync(
  RESULTS,
  [
    '# Benchmarks',
    '',
    `Written by \`${rounds}npm run bench [-- ${SECTIONS.map((x) => x.key).join(' | ')} ...]\` (bench/run.ts), which reruns the named sections (all without names) and keeps the others; each section says when it was measured. Search at a million runs has its own file, [SEARCH.md](SEARCH.md) (\`node --import tsx bench/search.ts\`).`,
    '',
    '## Machine',
    '',
    ...header,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n'),
);
console.log(`wrote ${RESULTS.pathname}`);
