import * as jobFacets from '../resolvers/job-facets.ts';
import * as runFacets from '../resolvers/run-facets.ts';
import { JOB_FACET_FIELDS, type JobFacetField } from '../resolvers/job-facets.ts';
import { RUN_FACET_FIELDS, type RunFacetField } from '../resolvers/run-facet-fields.ts';
import {
  DEFAULT_FACET_LIMIT,
  DEFAULT_FILTER_OPTIONS_LIMIT,
  FacetLimit,
  FilterOptionsLimit,
  Prefix,
  facetFields,
} from '../src/domain/inputs/run-analytics.ts';
import { RunWhereInput, Search } from '../src/domain/inputs/run-where.ts';
import { builder } from './builder.ts';
import { describedValues } from './enum-values.ts';
import { JobWhereRef } from './job.ts';
import { RunWhereRef } from './run-where.ts';

export const RunFacetFieldEnum = builder.enumType('RunFacetField', {
  description: 'A run field to count by (tags and feedback flags count each value a run carries).',
  values: describedValues<(typeof RUN_FACET_FIELDS)[number]>({
    STATUS: 'The run status.',
    SPEC: 'The spec it ran; labelled with the spec name.',
    BASE_MODEL: 'The model it fine-tuned; labelled with the model name.',
    MODEL: 'The model it produced; labelled with the model name.',
    TAG: 'Each of its tags.',
    ENVIRONMENT: 'Its environment.',
    CREATED_BY: 'The label of the API key that started it.',
    FEEDBACK_FLAG: 'Each flag of its feedback.',
  }),
});

const JobFacetFieldEnum = builder.enumType('JobFacetField', {
  description: 'A job field to count by.',
  values: describedValues<(typeof JOB_FACET_FIELDS)[number]>({
    TYPE: 'The job type.',
    STATUS: 'The job status.',
    ENVIRONMENT: 'Its environment.',
    BASE_MODEL: 'The model it started from; labelled with the model name.',
  }),
});

interface FacetValue {
  value: string;
  label: string | null;
  count: number;
}

const FacetValueRef = builder.objectRef<FacetValue>('FacetValue').implement({
  description: 'One value of a field and how many items have it.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The value as used in filters (an id for specs and models).' }),
    label: t.exposeString('label', { nullable: true, description: 'Display name: the spec or model name.' }),
    count: t.exposeInt('count', { description: 'Items with this value under the filter.' }),
  }),
});

interface Facets<F> {
  total: number;
  facets: { field: F; values: FacetValue[] }[];
}

const FacetRef = builder.objectRef<Facets<RunFacetField>['facets'][number]>('Facet').implement({
  description: "A run field's values, most frequent first.",
  fields: (t) => ({
    field: t.expose('field', { type: RunFacetFieldEnum, description: 'The field.' }),
    values: t.expose('values', { type: [FacetValueRef], description: 'Values with counts.' }),
  }),
});

const JobFacetRef = builder.objectRef<Facets<JobFacetField>['facets'][number]>('JobFacet').implement({
  description: "A job field's values, most frequent first.",
  fields: (t) => ({
    field: t.expose('field', { type: JobFacetFieldEnum, description: 'The field.' }),
    values: t.expose('values', { type: [FacetValueRef], description: 'Values with counts.' }),
  }),
});

const RunFacetsRef = builder.objectRef<Facets<RunFacetField>>('RunFacets').implement({
  description: 'Counts for a faceted run search.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Runs matching the whole filter and search.' }),
    facets: t.expose('facets', { type: [FacetRef], description: 'One per requested field, in order.' }),
  }),
});

const JobFacetsRef = builder.objectRef<Facets<JobFacetField>>('JobFacets').implement({
  description: 'Counts for a faceted job list.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Jobs matching the whole filter.' }),
    facets: t.expose('facets', { type: [JobFacetRef], description: 'One per requested field, in order.' }),
  }),
});

const DISJUNCTIVE =
  "Counts are disjunctive: a field's counts apply every filter except its own (a top-level condition on that field, or one in a chain of `and`s), so they show what picking another value would give.";

builder.queryFields((t) => ({
  runFacets: t.field({
    type: RunFacetsRef,
    description: `Run counts per value of each field, and the total, in one round trip. ${DISJUNCTIVE}`,
    args: {
      where: t.arg({ type: RunWhereRef, validate: RunWhereInput, description: 'Filter.' }),
      search: t.arg.string({ validate: Search, description: 'Full text, as in runs(search:).' }),
      fields: t.arg({
        type: [RunFacetFieldEnum],
        required: true,
        validate: facetFields(RUN_FACET_FIELDS.length),
        description: 'Fields to count by, each once.',
      }),
      limit: t.arg.int({
        defaultValue: DEFAULT_FACET_LIMIT,
        validate: FacetLimit,
        description: 'Values per field, 1-500 (null or omitted: 50).',
      }),
    },
    resolve: (_root, args, ctx) => runFacets.runFacets(ctx, { ...args, limit: args.limit ?? DEFAULT_FACET_LIMIT }),
  }),
  runFilterOptions: t.field({
    type: [FacetValueRef],
    description: `Values of one field for a filter picker, most frequent first, with counts. ${DISJUNCTIVE}`,
    args: {
      field: t.arg({ type: RunFacetFieldEnum, required: true, description: 'The field.' }),
      where: t.arg({ type: RunWhereRef, validate: RunWhereInput, description: 'Filter.' }),
      prefix: t.arg.string({
        validate: Prefix,
        description: 'Only values (spec and model names for those fields) starting with this, ignoring case.',
      }),
      limit: t.arg.int({
        defaultValue: DEFAULT_FILTER_OPTIONS_LIMIT,
        validate: FilterOptionsLimit,
        description: 'At most this many, 1-100 (null or omitted: 20).',
      }),
    },
    resolve: (_root, args, ctx) =>
      runFacets.runFilterOptions(ctx, { ...args, limit: args.limit ?? DEFAULT_FILTER_OPTIONS_LIMIT }),
  }),
  jobFacets: t.field({
    type: JobFacetsRef,
    description: `Job counts per value of each field, and the total. ${DISJUNCTIVE}`,
    args: {
      where: t.arg({ type: JobWhereRef, description: 'Filter.' }),
      fields: t.arg({
        type: [JobFacetFieldEnum],
        required: true,
        validate: facetFields(JOB_FACET_FIELDS.length),
        description: 'Fields to count by, each once.',
      }),
      limit: t.arg.int({
        defaultValue: DEFAULT_FACET_LIMIT,
        validate: FacetLimit,
        description: 'Values per field, 1-500 (null or omitted: 50).',
      }),
    },
    resolve: (_root, args, ctx) => jobFacets.jobFacets(ctx, { ...args, limit: args.limit ?? DEFAULT_FACET_LIMIT }),
  }),
}));
