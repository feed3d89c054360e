import { z } from 'zod';
import * as datasets from '../resolvers/datasets.ts';
import { DatasetSchema, type Dataset, type DatasetRecord } from '../src/db/entities/dataset.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { CreateDatasetInput } from '../src/domain/inputs/dataset.ts';
import { builder, connectionNames } from './builder.ts';
import { isEntity } from './entity-type.ts';
import { DatasetRef } from './refs.ts';

const DatasetRecordRef = builder.objectRef<DatasetRecord>('DatasetRecord').implement({
  description: 'One prompt/completion training pair.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Zero-based index in the dataset.' }),
    prompt: t.exposeString('prompt', { description: 'Model input.' }),
    completion: t.exposeString('completion', { description: 'Target output.' }),
    provenance: t.expose('provenance', {
      type: 'JSON',
      nullable: true,
      description: 'For generated records: the seed example and the method that produced it.',
    }),
  }),
});

DatasetRef.implement({
  description: 'Training data: uploaded, or compiled from a spec by a run.',
  isTypeOf: isEntity(DatasetSchema),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    recordCount: t.exposeInt('recordCount', { description: 'Number of records.' }),
    tokenEstimate: t.exposeInt('tokenEstimate', { description: 'Estimated tokens (UTF-8 bytes / 4).' }),
    bytes: t.exposeInt('bytes', { description: 'UTF-8 size of all prompts and completions.' }),
    source: t.exposeString('source', { description: '`upload`, or `spec:<id>` when compiled from a spec.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the dataset was created.' }),
    records: t.connection(
      {
        type: DatasetRecordRef,
        description: 'Records in dataset order.',
        resolve: (dataset, args, ctx) => datasets.listRecords(ctx, dataset, args),
      },
      ...connectionNames('DatasetRecord'),
    ),
  }),
});

const DatasetRecordInputRef = builder.inputType('DatasetRecordInput', {
  description: 'One training pair.',
  fields: (t) => ({
    prompt: t.string({ required: true, description: 'Non-empty, up to 50,000 characters.' }),
    completion: t.string({ required: true, description: 'Non-empty, up to 50,000 characters.' }),
  }),
});

const CreateDatasetInputRef = builder.inputType('CreateDatasetInput', {
  description: 'A dataset uploaded in one request.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1-200 characters.' }),
    records: t.field({ type: [DatasetRecordInputRef], required: true, description: '1-50,000 records.' }),
  }),
});

const DatasetPayload = builder.objectRef<{ dataset: Dataset }>('DatasetPayload').implement({
  description: 'The dataset a mutation created.',
  fields: (t) => ({ dataset: t.expose('dataset', { type: DatasetRef, description: 'The dataset.' }) }),
});

builder.queryFields((t) => ({
  dataset: t.field({
    type: DatasetRef,
    nullable: true,
    description: 'A dataset of your project, or null.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The dataset's UUID." }) }, z.object({ id: Id })),
    resolve: (_root, { id }, ctx) => datasets.findDataset(ctx, id),
  }),
  datasets: t.connection(
    {
      type: DatasetRef,
      description: 'Datasets, newest first.',
      resolve: (_root, args, ctx) => datasets.listDatasets(ctx, args),
    },
    ...connectionNames('Dataset'),
  ),
}));

builder.mutationFields((t) => ({
  createDataset: t.field({
    type: DatasetPayload,
    description: 'Uploads a dataset; all records are stored or none are.',
    args: t.validate(
      { input: t.arg({ type: CreateDatasetInputRef, required: true, description: 'The dataset to create.' }) },
      z.object({ input: CreateDatasetInput }),
    ),
    resolve: async (_root, { input }, ctx) => ({ dataset: await datasets.createDataset(ctx, input) }),
  }),
}));
