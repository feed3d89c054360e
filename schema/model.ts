import { z } from 'zod';
import * as models from '../resolvers/models.ts';
import { JobSchema } from '../src/db/entities/job.ts';
import { MODEL_KINDS, ModelSchema, type Model } from '../src/db/entities/model.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { RegisterHuggingFaceModelInput } from '../src/domain/inputs/model.ts';
import { describedValues } from './enum-values.ts';
import { builder, connectionNames } from './builder.ts';
import { isEntity } from './entity-type.ts';
import { JobRef, ModelRef } from './refs.ts';

const ModelKindEnum = builder.enumType('ModelKind', {
  description: 'Where a model came from.',
  values: describedValues<(typeof MODEL_KINDS)[number]>({
    BASE: 'From the catalog, or a registered Hugging Face model.',
    FINETUNED:
      'The output of a FINETUNE job: a LoRA adapter over a catalog or Hugging Face base, or (from any other model) the weights with the adapter merged in.',
    GROWN: 'The output of a TRAIN job.',
    CONTRACTED: 'The output of a CONTRACT job.',
  }),
});

ModelRef.implement({
  description: 'A base model from the catalog, or one a job produced.',
  isTypeOf: isEntity(ModelSchema),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique within the project.' }),
    kind: t.expose('kind', { type: ModelKindEnum, description: 'BASE, or how a job derived it.' }),
    params: t.exposeFloat('params', {
      description:
        'Parameter count: computed from the architecture for catalog and trained models, as registered for Hugging Face models.',
    }),
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
    args: t.validate({ id: t.arg.id({ required: true, description: "The model's UUID." }) }, z.object({ id: Id })),
    resolve: (_root, { id }, ctx) => models.findModel(ctx, id),
  }),
  models: t.connection(
    {
      type: ModelRef,
      description: 'Models, newest first, optionally of one kind.',
      args: { kind: t.arg({ type: ModelKindEnum, description: 'Only models of this kind.' }) },
      resolve: (_root, args, ctx) => models.listModels(ctx, args.kind, args),
    },
    ...connectionNames('Model'),
  ),
  baseModels: t.field({
    type: [ModelRef],
    description: 'The base-model catalog, smallest first.',
    resolve: (_root, _args, ctx) => models.listBaseModels(ctx),
  }),
}));

const RegisterHuggingFaceModelInputRef = builder.inputType('RegisterHuggingFaceModelInput', {
  description: 'A Hugging Face model directory on the workers, to fine-tune with the torch trainer.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique within the project, 1-200 characters.' }),
    path: t.string({
      required: true,
      description: 'Absolute path of the model directory on every worker that may run its jobs.',
    }),
    params: t.float({ required: true, description: 'Parameter count, as the model card gives it.' }),
    contextLength: t.int({
      required: true,
      description: "Longest sequence, in tokens (config.json's max_position_embeddings); bounds seqLen.",
    }),
    nLayers: t.int({ required: true, description: "Transformer layers (config.json's num_hidden_layers)." }),
    description: t.string({ description: 'Up to 2,000 characters.' }),
  }),
});

const ModelPayload = builder.objectRef<{ model: Model }>('ModelPayload').implement({
  description: 'The model a mutation created.',
  fields: (t) => ({ model: t.expose('model', { type: ModelRef, description: 'The model.' }) }),
});

builder.mutationFields((t) => ({
  registerHuggingFaceModel: t.field({
    type: ModelPayload,
    description:
      'Registers a Hugging Face model directory as a base model. FINETUNE jobs on it need workers running ' +
      'the torch trainer with transformers and peft (README: "Running workers on GPU machines").',
    args: t.validate(
      {
        input: t.arg({ type: RegisterHuggingFaceModelInputRef, required: true, description: 'The model to register.' }),
      },
      z.object({ input: RegisterHuggingFaceModelInput }),
    ),
    resolve: async (_root, { input }, ctx) => ({ model: await models.registerHuggingFaceModel(ctx, input) }),
  }),
}));
