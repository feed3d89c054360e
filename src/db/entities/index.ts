import { ApiKeySchema } from './api-key.ts';
import { BehaviorSpecSchema } from './behavior-spec.ts';
import { DatasetRecordSchema, DatasetSchema } from './dataset.ts';
import { EvalSchema } from './eval.ts';
import { JobSchema } from './job.ts';
import { JobEventSchema, LogLineSchema, MetricPointSchema } from './job-stream.ts';
import { ModelSchema } from './model.ts';
import { ModelFileSchema } from './model-file.ts';
import { ProjectSchema } from './project.ts';
import { RunSchema } from './run.ts';
import { RunEventSchema } from './run-event.ts';
import { RunFacetCountSchema } from './run-facet-count.ts';
import { RunPipelineSchema } from './run-pipeline.ts';
import { RunSearchWordSchema } from './run-search-word.ts';
import { WorkerSchema } from './worker.ts';

/** The ORM's entity list (the one place that needs them all). */
export const entities = [
  ProjectSchema,
  ApiKeySchema,
  BehaviorSpecSchema,
  DatasetSchema,
  DatasetRecordSchema,
  ModelSchema,
  ModelFileSchema,
  RunSchema,
  RunPipelineSchema,
  RunEventSchema,
  RunFacetCountSchema,
  RunSearchWordSchema,
  JobSchema,
  EvalSchema,
  MetricPointSchema,
  LogLineSchema,
  JobEventSchema,
  WorkerSchema,
];
