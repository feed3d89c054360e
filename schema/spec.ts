import { z } from 'zod';
import * as specs from '../resolvers/specs.ts';
import * as runs from '../resolvers/runs.ts';
import { BehaviorSpecSchema, type BehaviorSpec } from '../src/db/entities/behavior-spec.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { CreateSpecInput, SpecSearch, UpdateSpecInput } from '../src/domain/inputs/spec.ts';
import { builder, connectionNames } from './builder.ts';
import { isEntity } from './entity-type.ts';
import { RunRef, SpecRef } from './refs.ts';
import { RunConnection } from './run.ts';
import { runPropsRead } from './run-props-read.ts';

const SpecExample = builder.objectRef<{ input: string; expected: string }>('SpecExample').implement({
  description: 'One input and the output the fine-tuned model should give for it.',
  fields: (t) => ({
    input: t.exposeString('input', { description: 'What the model is given.' }),
    expected: t.exposeString('expected', { description: 'What the model should answer.' }),
  }),
});

SpecRef.implement({
  description: 'A behaviour spec: what a fine-tune should teach, by description and examples.',
  isTypeOf: isEntity(BehaviorSpecSchema),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the behaviour is for.' }),
    systemPrompt: t.exposeString('systemPrompt', {
      nullable: true,
      description: 'System prompt compiled into every training record.',
    }),
    examples: t.field({
      type: [SpecExample],
      description: 'Input/expected pairs: training seeds and evaluation cases.',
      resolve: (s) => s.examples,
    }),
    tags: t.exposeStringList('tags', { description: 'Free-form labels.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the spec was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the spec was last edited.' }),
    runs: t.connection(
      {
        type: RunRef,
        description: "This spec's runs, newest first.",
        resolve: (spec, args, ctx, info) =>
          runs.listRuns(ctx, { extra: { specId: spec.id } }, args, runPropsRead(info)),
      },
      RunConnection,
    ),
    latestRun: t.field({
      type: RunRef,
      nullable: true,
      description: 'The run with the highest run number.',
      resolve: (spec, _args, ctx) => runs.latestRunOfSpec(ctx, spec.id),
    }),
  }),
});

const SpecExampleInputRef = builder.inputType('SpecExampleInput', {
  description: 'One example of the behaviour.',
  fields: (t) => ({
    input: t.string({ required: true, description: 'Non-empty input.' }),
    expected: t.string({ required: true, description: 'Non-empty expected output.' }),
  }),
});

const CreateSpecInputRef = builder.inputType('CreateSpecInput', {
  description: 'A new behaviour spec.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1-200 characters.' }),
    description: t.string({ description: 'Up to 10,000 characters.' }),
    systemPrompt: t.string({ description: 'Up to 20,000 characters.' }),
    examples: t.field({ type: [SpecExampleInputRef], required: true, description: '1-1000 examples.' }),
    tags: t.stringList({ description: 'Up to 50 tags of 1-64 characters.' }),
  }),
});

const UpdateSpecInputRef = builder.inputType('UpdateSpecInput', {
  description: 'Fields to change; omitted fields keep their value. Existing runs keep their snapshot.',
  fields: (t) => ({
    name: t.string({ description: '1-200 characters; cannot be null.' }),
    description: t.string({ description: 'Up to 10,000 characters; null clears it.' }),
    systemPrompt: t.string({ description: 'Up to 20,000 characters; null clears it.' }),
    examples: t.field({ type: [SpecExampleInputRef], description: '1-1000 examples; cannot be null.' }),
    tags: t.stringList({ description: 'Up to 50 tags of 1-64 characters ([] removes them all); cannot be null.' }),
  }),
});

const SpecPayload = builder.objectRef<{ spec: BehaviorSpec }>('SpecPayload').implement({
  description: 'The spec a mutation created or changed.',
  fields: (t) => ({ spec: t.expose('spec', { type: SpecRef, description: 'The spec.' }) }),
});

const DeletePayload = builder.objectRef<{ id: string }>('DeletePayload').implement({
  description: 'What a delete removed.',
  fields: (t) => ({ id: t.exposeID('id', { description: 'The UUID of the deleted entity.' }) }),
});

builder.queryFields((t) => ({
  spec: t.field({
    type: SpecRef,
    nullable: true,
    description: 'A spec of your project, or null.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The spec's UUID." }) }, z.object({ id: Id })),
    resolve: (_root, { id }, ctx) => specs.findSpec(ctx, id),
  }),
  specs: t.connection(
    {
      type: SpecRef,
      description: 'Specs, newest first; `search` matches name, description or a tag.',
      args: {
        search: t.arg.string({
          validate: SpecSearch,
          description: 'Case-insensitive substring, or an exact tag (at most 200 characters).',
        }),
      },
      resolve: (_root, args, ctx) => specs.listSpecs(ctx, args.search, args),
    },
    ...connectionNames('BehaviorSpec'),
  ),
}));

builder.mutationFields((t) => ({
  createSpec: t.field({
    type: SpecPayload,
    description: 'Creates a behaviour spec.',
    args: t.validate(
      { input: t.arg({ type: CreateSpecInputRef, required: true, description: 'The spec to create.' }) },
      z.object({ input: CreateSpecInput }),
    ),
    resolve: async (_root, { input }, ctx) => ({ spec: await specs.createSpec(ctx, input) }),
  }),
  updateSpec: t.field({
    type: SpecPayload,
    description: 'Edits a spec. Runs already started keep the snapshot they froze.',
    args: t.validate(
      {
        id: t.arg.id({ required: true, description: "The spec's UUID." }),
        input: t.arg({
          type: UpdateSpecInputRef,
          required: true,
          description: 'The fields to change; omitted fields stay.',
        }),
      },
      z.object({ id: Id, input: UpdateSpecInput }),
    ),
    resolve: async (_root, { id, input }, ctx) => ({ spec: await specs.updateSpec(ctx, id, input) }),
  }),
  deleteSpec: t.field({
    type: DeletePayload,
    description: 'Removes a spec from lists and lookups; its runs keep pointing at it.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The spec's UUID." }) }, z.object({ id: Id })),
    resolve: async (_root, { id }, ctx) => ({ id: await specs.deleteSpec(ctx, id) }),
  }),
}));
