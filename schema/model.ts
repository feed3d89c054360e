import { z } from 'zod';
import * as models from '../resolvers/models.ts';
import { JobSchema } from '../src/db/entities/job.ts';
import { MODEL_KINDS, ModelSchema } from '../src/db/entities/model.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { builder } from './builder.ts';
import { isEntity } from './entity-type.ts';
import { JobRef, ModelRef } from './refs.ts';

const ModelKindEnum = builder.enumType('ModelKind', {
  description: 'Where a model came from.',
  values: Object.fromEntries(MODEL_KINDS.map((kind) => [kind, { value: kind }])) as Record<
    (typeof MODEL_KINDS)[number],
    { value: (typeof MODEL_KINDS)[number] }
  >,
});

ModelRef.implement({
  description: 'A base model from the catalog, or one a job produced.',
  isTypeOf: isEntity(ModelSchema),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique within the project.' }),
    kind: t.expose('kind', { type: ModelKindEnum, description: 'BASE, or how a job derived it.' }),
    params: t.exposeFloat('params', { description: 'Parameter count, computed from the architecture.' }),
    config: t.expose('config', {
      type: 'JSON',
      description: 'Architecture and weights location, as trainers read them.',
    }),
    baseModel: t.field({
      type: ModelRef,
      nullable: true,
      description: 'The catalog model this one descends from.',
      resolve: (model) => model.baseModelId,
    }),
    job: t.field({
      type: JobRef,
      nullable: true,
      description: 'The job that produced this model (null for base models).',
      resolve: (model, _args, ctx) =>
        ctx.em.findOne(JobSchema, { outputModelId: model.id, projectId: model.projectId }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the model was registered.' }),
  }),
});

builder.queryFields((t) => ({
  model: t.field({
    type: ModelRef,
    nullable: true,
    description: 'A model of your project, or null.',
    args: t.validate({ id: t.arg.id({ required: true }) }, z.object({ id: Id })),
    resolve: (_root, { id }, ctx) => models.findModel(ctx, id),
  }),
  models: t.connection({
    type: ModelRef,
    description: 'Models, newest first, optionally of one kind.',
    args: { kind: t.arg({ type: ModelKindEnum, description: 'Only models of this kind.' }) },
    resolve: (_root, args, ctx) => models.listModels(ctx, args.kind, args),
  }),
  baseModels: t.field({
    type: [ModelRef],
    description: 'The base-model catalog, smallest first.',
    resolve: (_root, _args, ctx) => models.listBaseModels(ctx),
  }),
}));
