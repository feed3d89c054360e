/**
 * Seeded random RunWhere filters over the values a set of runs actually has: flat ones, nested
 * and/or/not, and ones shaped for run_facet_count (status, top-level, time, one pair field), with
 * time bounds often on UTC day and month boundaries, where the counting strategy changes.
 */
import seedrandom from 'seedrandom';
import type { RunStatus, RunWhere } from '../generated/graphql.ts';
import type { RunRow } from './run-reference.ts';

export type Rng = () => number;

export const rngFor = (seed: string): Rng => seedrandom(seed);

const pick = <T>(rng: Rng, values: readonly T[]): T => values[Math.floor(rng() * values.length)]!;
const some = <T>(rng: Rng, values: readonly T[], max = 2): T[] => {
  const chosen = new Set<T>();
  const n = 1 + Math.floor(rng() * max);
  for (let i = 0; i < n; i++) chosen.add(pick(rng, values));
  return [...chosen];
};

export class FilterPool {
  readonly statuses: RunStatus[];
  readonly specIds: string[];
  readonly baseModelIds: string[];
  readonly modelIds: string[];
  readonly environments: string[];
  readonly creators: string[];
  readonly tags: string[];
  readonly flags: string[];
  readonly parentIds: string[];
  readonly first: number;
  readonly last: number;

  constructor(runs: readonly RunRow[]) {
    const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))].sort();
    this.statuses = distinct(runs.map((r) => r.status as RunStatus));
    this.specIds = distinct(runs.map((r) => r.specId));
    this.baseModelIds = distinct(runs.map((r) => r.baseModelId));
    this.modelIds = distinct(runs.map((r) => r.modelId)).slice(0, 50);
    this.environments = distinct(runs.map((r) => r.environment));
    this.creators = distinct(runs.map((r) => r.createdBy));
    this.tags = distinct(runs.flatMap((r) => r.tags));
    this.flags = distinct(runs.flatMap((r) => r.feedbackFlags));
    this.parentIds = distinct(runs.map((r) => r.parentId));
    this.first = Math.min(...runs.map((r) => r.createdAt));
    this.last = Math.max(...runs.map((r) => r.createdAt));
  }

  /** A time in the runs' range, often a UTC midnight or first of a month. */
  time(rng: Rng): string {
    const t = new Date(this.first + rng() * (this.last - this.first));
    const roll = rng();
    if (roll < 0.25) return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate())).toISOString();
    if (roll < 0.4) return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1)).toISOString();
    return t.toISOString();
  }

  leaf(rng: Rng): RunWhere {
    switch (Math.floor(rng() * 15)) {
      case 0:
        return { status: some(rng, this.statuses) };
      case 1:
        return { specId: some(rng, this.specIds, 3) };
      case 2:
        return { baseModelId: some(rng, this.baseModelIds) };
      case 3:
        return { modelId: some(rng, this.modelIds) };
      case 4:
        return { environment: some(rng, this.environments) };
      case 5:
        return { createdBy: some(rng, this.creators) };
      case 6:
        return { feedbackFlag: some(rng, this.flags) };
      case 7:
        return { tags: { any: some(rng, this.tags) } };
      case 8:
        return { tags: rng() < 0.5 ? { all: some(rng, this.tags.slice(0, 8)) } : { any: [pick(rng, this.tags)] } };
      case 9:
        return { hasParent: rng() < 0.5 };
      case 10:
        return { parentId: pick(rng, this.parentIds) };
      case 11:
        return { createdAfter: this.time(rng) };
      case 12:
        return { createdBefore: this.time(rng) };
      case 13:
        return rng() < 0.5 ? { minScore: rng() } : { maxScore: rng() };
      default:
        return this.timeRange(rng);
    }
  }

  timeRange(rng: Rng): RunWhere {
    const [a, b] = [this.time(rng), this.time(rng)].sort();
    return { createdAfter: a, createdBefore: b };
  }

  /** A filter run_facet_count can answer for most fields. */
  rollupShaped(rng: Rng): RunWhere {
    const where: RunWhere = {};
    if (rng() < 0.6) where.status = some(rng, this.statuses, 3);
    if (rng() < 0.3) where.hasParent = rng() < 0.5;
    if (rng() < 0.5) {
      const pair = Math.floor(rng() * 5);
      if (pair === 0) where.environment = some(rng, this.environments);
      if (pair === 1) where.createdBy = some(rng, this.creators);
      if (pair === 2) where.baseModelId = some(rng, this.baseModelIds);
      if (pair === 3) where.tags = { any: [pick(rng, this.tags)] };
      if (pair === 4) where.specId = some(rng, this.specIds, 3);
      return where;
    }
    if (rng() < 0.7) Object.assign(where, rng() < 0.5 ? this.timeRange(rng) : { createdAfter: this.time(rng) });
    return rng() < 0.3 ? { and: [where, { status: where.status ?? some(rng, this.statuses) }] } : where;
  }

  random(rng: Rng): RunWhere {
    const roll = rng();
    if (roll < 0.35) return this.rollupShaped(rng);
    const leaves = () => Object.assign({}, ...Array.from({ length: 1 + Math.floor(rng() * 3) }, () => this.leaf(rng)));
    if (roll < 0.75) return leaves();
    const nested = Math.floor(rng() * 3);
    if (nested === 0) return { ...this.leaf(rng), and: [leaves(), leaves()] };
    if (nested === 1) return { ...this.leaf(rng), or: [leaves(), leaves()] };
    return { ...this.leaf(rng), not: leaves() };
  }
}
