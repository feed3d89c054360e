/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** A credential of a project. The secret is shown once, at creation; only its hash is kept. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When the key was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** Who or what uses the key; recorded as `createdBy` on runs. */
  label: Scalars['String']['output'];
  /** Last use, to the minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When the key stopped working. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** `admin` may create projects. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of a list (a Relay connection). */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The items of this page, in list order. */
  edges: Array<ApiKeyEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ApiKey;
};

/** The key a mutation changed. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key. */
  apiKey: ApiKey;
};

/** Extra rights of an API key beyond its project. */
export type ApiKeyScope =
  /** May create projects. */
  | 'ADMIN';

/** A behaviour spec: what a fine-tune should teach, by description and examples. */
export type BehaviorSpec = Node & {
  __typename?: 'BehaviorSpec';
  /** When the spec was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the behaviour is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Input/expected pairs: training seeds and evaluation cases. */
  examples: Array<SpecExample>;
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** The run with the highest run number. */
  latestRun?: Maybe<Run>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** This spec's runs, newest first. */
  runs: RunConnection;
  /** System prompt compiled into every training record. */
  systemPrompt?: Maybe<Scalars['String']['output']>;
  /** Free-form labels. */
  tags: Array<Scalars['String']['output']>;
  /** When the spec was last edited. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A behaviour spec: what a fine-tune should teach, by description and examples. */
export type BehaviorSpecRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list (a Relay connection). */
export type BehaviorSpecConnection = {
  __typename?: 'BehaviorSpecConnection';
  /** The items of this page, in list order. */
  edges: Array<BehaviorSpecEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type BehaviorSpecEdge = {
  __typename?: 'BehaviorSpecEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: BehaviorSpec;
};

/** A new key for the caller’s project. */
export type CreateApiKeyInput = {
  /** 1-200 characters. */
  label: Scalars['String']['input'];
  /** Extra rights; none by default. */
  scopes?: InputMaybe<Array<ApiKeyScope>>;
};

/** The new key and its secret. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key. */
  apiKey: ApiKey;
  /** Send as `Authorization: Bearer <secret>`. Shown once. */
  secret: Scalars['String']['output'];
};

/** A dataset uploaded in one request. */
export type CreateDatasetInput = {
  /** 1-200 characters. */
  name: Scalars['String']['input'];
  /** 1-50,000 records. */
  records: Array<DatasetRecordInput>;
};

/** A new tenant. */
export type CreateProjectInput = {
  /** 1-200 characters. */
  name: Scalars['String']['input'];
};

/** The new project and its first admin key. */
export type CreateProjectPayload = {
  __typename?: 'CreateProjectPayload';
  /** Secret of its admin key. Shown once: store it now. */
  apiKey: Scalars['String']['output'];
  /** The project. */
  project: Project;
};

/** A new behaviour spec. */
export type CreateSpecInput = {
  /** Up to 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1-1000 examples. */
  examples: Array<SpecExampleInput>;
  /** 1-200 characters. */
  name: Scalars['String']['input'];
  /** Up to 20,000 characters. */
  systemPrompt?: InputMaybe<Scalars['String']['input']>;
  /** Up to 50 tags of 1-64 characters. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Training data: uploaded, or compiled from a spec by a run. */
export type Dataset = Node & {
  __typename?: 'Dataset';
  /** UTF-8 size of all prompts and completions. */
  bytes: Scalars['Int']['output'];
  /** When the dataset was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Number of records. */
  recordCount: Scalars['Int']['output'];
  /** Records in dataset order. */
  records: DatasetRecordConnection;
  /** `upload`, or `spec:<id>` when compiled from a spec. */
  source: Scalars['String']['output'];
  /** Estimated tokens (UTF-8 bytes / 4). */
  tokenEstimate: Scalars['Int']['output'];
};


/** Training data: uploaded, or compiled from a spec by a run. */
export type DatasetRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list (a Relay connection). */
export type DatasetConnection = {
  __typename?: 'DatasetConnection';
  /** The items of this page, in list order. */
  edges: Array<DatasetEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type DatasetEdge = {
  __typename?: 'DatasetEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Dataset;
};

/** The dataset a mutation created. */
export type DatasetPayload = {
  __typename?: 'DatasetPayload';
  /** The dataset. */
  dataset: Dataset;
};

/** One prompt/completion training pair. */
export type DatasetRecord = {
  __typename?: 'DatasetRecord';
  /** Target output. */
  completion: Scalars['String']['output'];
  /** Zero-based index in the dataset. */
  position: Scalars['Int']['output'];
  /** Model input. */
  prompt: Scalars['String']['output'];
  /** For generated records: the seed example and the method that produced it. */
  provenance?: Maybe<Scalars['JSON']['output']>;
};

/** A page of a list (a Relay connection). */
export type DatasetRecordConnection = {
  __typename?: 'DatasetRecordConnection';
  /** The items of this page, in list order. */
  edges: Array<DatasetRecordEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type DatasetRecordEdge = {
  __typename?: 'DatasetRecordEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: DatasetRecord;
};

/** One training pair. */
export type DatasetRecordInput = {
  /** Non-empty, up to 50,000 characters. */
  completion: Scalars['String']['input'];
  /** Non-empty, up to 50,000 characters. */
  prompt: Scalars['String']['input'];
};

/** What a delete removed. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The UUID of the deleted entity. */
  id: Scalars['ID']['output'];
};

/** The fine-tuned model's answer to one spec example, scored. */
export type Eval = Node & {
  __typename?: 'Eval';
  /** What the model generated. */
  actual: Scalars['String']['output'];
  /** Tokens the model generated. */
  completionTokens: Scalars['Int']['output'];
  /** The expected output. */
  expected: Scalars['String']['output'];
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** Generation time. */
  latencyMs: Scalars['Int']['output'];
  /** score >= 0.7. */
  passed: Scalars['Boolean']['output'];
  /** The same example's score in the spec's previous completed run. */
  previousScore?: Maybe<Scalars['Float']['output']>;
  /** The example input. */
  prompt: Scalars['String']['output'];
  /** Tokens of the prompt as the model saw it. */
  promptTokens: Scalars['Int']['output'];
  /** Why the score, from the judge or the metric. */
  reasoning?: Maybe<Scalars['String']['output']>;
  /** 0-1. */
  score: Scalars['Float']['output'];
  /** SIMILARITY also where the LLM judge failed and similarity stood in (see reasoning). */
  scoringMethod: ScoringMethod;
};

/** A page of a list (a Relay connection). */
export type EvalConnection = {
  __typename?: 'EvalConnection';
  /** The items of this page, in list order. */
  edges: Array<EvalEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type EvalEdge = {
  __typename?: 'EvalEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Eval;
};

/** Aggregate evaluation of a run (TunedTensor `eval_summary`). */
export type EvalSummary = {
  __typename?: 'EvalSummary';
  /** Mean generation latency. */
  avgLatencyMs: Scalars['Float']['output'];
  /** Mean score, 0-1. */
  avgScore: Scalars['Float']['output'];
  /** Fraction with score >= 0.95. */
  exactMatchRate: Scalars['Float']['output'];
  /** Examples >= 0.1 better than the spec's previous completed run. */
  improvements: Scalars['Int']['output'];
  /** Fraction with score >= 0.7. */
  passRate: Scalars['Float']['output'];
  /** Examples >= 0.1 worse than the spec's previous completed run. */
  regressions: Scalars['Int']['output'];
  /** How answers were scored. */
  scoringMethod: ScoringMethod;
  /** Examples evaluated. */
  total: Scalars['Int']['output'];
};

/** A run field's values, most frequent first. */
export type Facet = {
  __typename?: 'Facet';
  /** The field. */
  field: RunFacetField;
  /** Values with counts. */
  values: Array<FacetValue>;
};

/** One value of a field and how many items have it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** Items with this value under the filter. */
  count: Scalars['Int']['output'];
  /** Display name: the spec or model name. */
  label?: Maybe<Scalars['String']['output']>;
  /** The value as used in filters (an id for specs and models). */
  value: Scalars['String']['output'];
};

/** Human feedback on a run (Lunary semantics). */
export type Feedback = {
  __typename?: 'Feedback';
  /** Free text. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Labels such as `thumbs-down`. */
  flags: Array<Scalars['String']['output']>;
  /** A rating on the caller’s own scale. */
  score?: Maybe<Scalars['Float']['output']>;
};

/** Feedback to record on a run; replaces earlier feedback. */
export type FeedbackInput = {
  /** Free text. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Labels. */
  flags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A rating. */
  score?: InputMaybe<Scalars['Float']['input']>;
};

/** What to generate, and with which model of your project. */
export type GenerateInput = {
  /** At most this many new tokens, 1-2048 (default 256). */
  maxTokens?: InputMaybe<Scalars['Int']['input']>;
  /** A base or trained model of your project. */
  modelId: Scalars['ID']['input'];
  /** Text to continue, formatted as the model was trained. */
  prompt: Scalars['String']['input'];
  /** The same seed, model and prompt give the same text. */
  seed?: InputMaybe<Scalars['String']['input']>;
  /** 0 picks the most likely token every time; up to 2 (default 0.7). */
  temperature?: InputMaybe<Scalars['Float']['input']>;
};

/** A model's continuation of a prompt. */
export type Generation = {
  __typename?: 'Generation';
  /** Tokens generated. */
  completionTokens: Scalars['Int']['output'];
  /** Generation time, model loading excluded. */
  latencyMs: Scalars['Int']['output'];
  /** Tokens of the prompt as the model saw it. */
  promptTokens: Scalars['Int']['output'];
  /** The generated text, without the prompt. */
  text: Scalars['String']['output'];
};

/** Work a worker claims: grow-and-train, fine-tune or prune (Fusion semantics). */
export type Job = Node & {
  __typename?: 'Job';
  /** Catalog model it starts from. */
  baseModel?: Maybe<Model>;
  /** When it was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** Training data. */
  dataset?: Maybe<Dataset>;
  /** Live workers (idle or busy) that would claim it once it is its turn, or take a RUNNING one over if its worker were lost: those serving its environment (any, for a job without one) and your project, and for a job on a registered Hugging Face model, those whose trainer loads one. Empty for a job that has ended. An empty list on a QUEUED job means no running worker can take it: it waits until one starts. */
  eligibleWorkers: Array<Worker>;
  /** Worker environment it runs on. */
  environment?: Maybe<Scalars['String']['output']>;
  /** Why the job failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** The timeline: every state transition, claim, phase and checkpoint. */
  events: Array<JobEvent>;
  /** When it ended. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Resolved settings, defaults filled in. */
  hyperparams: Scalars['JSON']['output'];
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** Re-submitting this key returns this job. */
  idempotencyKey: Scalars['String']['output'];
  /** Attempts that ended without their worker handing the job back cleanly: a worker lost, or an attempt that failed on the worker's side (a trainer that would not start) and went back to the queue. A worker that stops (SIGTERM) hands its job back without one; a trainer that reports an error fails the job. */
  interruptions: Scalars['Int']['output'];
  /** Step of the last durable checkpoint. */
  lastCheckpointStep: Scalars['Int']['output'];
  /** The console: lines after `sinceSeq`, or the latest ones (default 200). */
  logs: LogTail;
  /** Interruptions survived before the job fails. */
  maxRetries: Scalars['Int']['output'];
  /** Per-step telemetry, effective series, after `sinceStep` (Fusion `/metrics?since_step`). */
  metrics: MetricSeries;
  /** The model it produced; null until it completes, or if its trainer reported none. */
  outputModel?: Maybe<Model>;
  /** Null until the job has one. */
  result?: Maybe<JobResult>;
  /** Times claimed again after the first attempt, each resuming from the last checkpoint (a MetricPoint's attempt is 1 + retries). */
  retries: Scalars['Int']['output'];
  /** The spec run this job trains for. */
  run?: Maybe<Run>;
  /** Your model it starts from. */
  sourceModel?: Maybe<Model>;
  /** When a worker first started it. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: JobStatus;
  /** What the job does. */
  type: JobType;
  /** The worker running it. */
  worker?: Maybe<Worker>;
};


/** Work a worker claims: grow-and-train, fine-tune or prune (Fusion semantics). */
export type JobLogsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  sinceSeq?: InputMaybe<Scalars['Int']['input']>;
};


/** Work a worker claims: grow-and-train, fine-tune or prune (Fusion semantics). */
export type JobMetricsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  sinceStep?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list (a Relay connection). */
export type JobConnection = {
  __typename?: 'JobConnection';
  /** The items of this page, in list order. */
  edges: Array<JobEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type JobEdge = {
  __typename?: 'JobEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Job;
};

/** An entry of the job timeline. */
export type JobEvent = {
  __typename?: 'JobEvent';
  /** queued, claimed (the move to RUNNING, from QUEUED or, after a lost lease, from RUNNING), phase, checkpoint, completed, failed, cancelled */
  kind: Scalars['String']['output'];
  /** Details: from/to status, attempt, step, checkpoint uri… */
  payload: Scalars['JSON']['output'];
  /** Order within the job. */
  seq: Scalars['Int']['output'];
  /** When it happened. */
  ts: Scalars['DateTime']['output'];
};

/** A job field's values, most frequent first. */
export type JobFacet = {
  __typename?: 'JobFacet';
  /** The field. */
  field: JobFacetField;
  /** Values with counts. */
  values: Array<FacetValue>;
};

/** A job field to count by. */
export type JobFacetField =
  /** The model it started from; labelled with the model name. */
  | 'BASE_MODEL'
  /** Its environment. */
  | 'ENVIRONMENT'
  /** The job status. */
  | 'STATUS'
  /** The job type. */
  | 'TYPE';

/** Counts for a faceted job list. */
export type JobFacets = {
  __typename?: 'JobFacets';
  /** One per requested field, in order. */
  facets: Array<JobFacet>;
  /** Jobs matching the whole filter. */
  total: Scalars['Int']['output'];
};

/** Fusion job settings. Each job type reads some of them; sending one it does not read is an error. */
export type JobHyperparamsInput = {
  /** TRAIN and FINETUNE: sequences per optimizer step, 1-1024 (default 8). */
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  /** CONTRACT: fraction of MLP neurons pruned, between 0 and 1 exclusive (default 0.5), and enough to prune at least one in some contracted layer. */
  contractionRatio?: InputMaybe<Scalars['Float']['input']>;
  /** TRAIN: cycles per turn (default 3). */
  cycles?: InputMaybe<Scalars['Int']['input']>;
  /** FINETUNE: adapter scale numerator, alpha / rank (default 2 x loraRank). */
  loraAlpha?: InputMaybe<Scalars['Float']['input']>;
  /** FINETUNE: adapter rank (default 32, at most the model's width). */
  loraRank?: InputMaybe<Scalars['Int']['input']>;
  /** TRAIN, FINETUNE: peak learning rate (default 1e-3). */
  lr?: InputMaybe<Scalars['Float']['input']>;
  /** CONTRACT: layers pruned (default 8, at most the model's layers). */
  numLayersToContract?: InputMaybe<Scalars['Int']['input']>;
  /** Name of the produced model. */
  outputName?: InputMaybe<Scalars['String']['input']>;
  /** TRAIN, FINETUNE: tokens per sequence (default 64, at most the model's context). */
  seqLen?: InputMaybe<Scalars['Int']['input']>;
  /** FINETUNE: training steps (default 2000). */
  steps?: InputMaybe<Scalars['Int']['input']>;
  /** TRAIN: steps per cycle (default 100); turns × cycles × stepsPerCycle at most 1,000,000. */
  stepsPerCycle?: InputMaybe<Scalars['Int']['input']>;
  /** TRAIN: full training passes (default 1). */
  turns?: InputMaybe<Scalars['Int']['input']>;
};

/** The job a mutation changed. */
export type JobPayload = {
  __typename?: 'JobPayload';
  /** The job. */
  job: Job;
};

/** A finished job's headline numbers (Fusion `result`). */
export type JobResult = {
  __typename?: 'JobResult';
  /** What its compute cost: gpuSeconds at the TRAINYARD_GPU_HOUR_USD of the worker that finished it; null where none is set. */
  costUsd?: Maybe<Scalars['Float']['output']>;
  /** Output divergence caused by growth on held-out text; near 0 is clean. */
  functionPreservation?: Maybe<Scalars['Float']['output']>;
  /** Accelerator (or CPU) seconds used. */
  gpuSeconds?: Maybe<Scalars['Float']['output']>;
  /** Training loss at the last step. */
  lossFinal?: Maybe<Scalars['Float']['output']>;
  /** Parameters after. */
  paramsAfter?: Maybe<Scalars['Float']['output']>;
  /** Parameters before. */
  paramsBefore?: Maybe<Scalars['Float']['output']>;
  /** paramsAfter - paramsBefore. */
  paramsDelta?: Maybe<Scalars['Float']['output']>;
  /** Held-out perplexity before. */
  pplBaseline?: Maybe<Scalars['Float']['output']>;
  /** Change in perplexity, percent. */
  pplDeltaPct?: Maybe<Scalars['Float']['output']>;
  /** Held-out perplexity after. */
  pplFinal?: Maybe<Scalars['Float']['output']>;
  /** Tokens trained on. */
  tokensProcessed?: Maybe<Scalars['Float']['output']>;
};

/** QUEUED -> RUNNING -> COMPLETED | FAILED | CANCELLED. A job whose worker lost its lease stays RUNNING until another worker claims it. */
export type JobStatus =
  /** Cancelled by a user. */
  | 'CANCELLED'
  /** Finished: `result` is set, and `outputModel` unless its trainer reported no model. */
  | 'COMPLETED'
  /** Stopped by an error, or interrupted more than `maxRetries` times; see `error`. */
  | 'FAILED'
  /** Waiting for a worker of its environment (also after a worker handed it back). */
  | 'QUEUED'
  /** Claimed by a worker, which renews its lease while its trainer runs; once the lease expires, any worker of its environment may claim it again (an interruption). */
  | 'RUNNING';

/** A job changed status (or, first, its status when you subscribed to one job). */
export type JobStatusEvent = {
  __typename?: 'JobStatusEvent';
  /** When the change happened. For the first event, and for a change found by rereading the entity (its message was lost), when the stream read it. */
  at: Scalars['DateTime']['output'];
  /** The job as committed. */
  job: Job;
  /** null for the first event. */
  previousStatus?: Maybe<JobStatus>;
  /** The new status. */
  status: JobStatus;
};

/** TRAIN grows a model then trains it; FINETUNE adds a LoRA adapter; CONTRACT prunes. */
export type JobType =
  /** Prune the model to fewer parameters, then train it to recover. */
  | 'CONTRACT'
  /** Train a LoRA adapter on a dataset; the base model stays frozen. */
  | 'FINETUNE'
  /** Grow the model by one transformer block, then train it. */
  | 'TRAIN';

/** Job filter; lists mean "any of". */
export type JobWhere = {
  /** Any of these base models. */
  baseModelId?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these environments. */
  environment?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<JobStatus>>;
  /** Any of these types. */
  type?: InputMaybe<Array<JobType>>;
};

/** A line of the job console. */
export type LogLine = {
  __typename?: 'LogLine';
  /** Per job, strictly increasing: the resume cursor. */
  seq: Scalars['Int']['output'];
  /** `stdout` or `stderr`. */
  stream: Scalars['String']['output'];
  /** The line. */
  text: Scalars['String']['output'];
  /** When the worker received it. */
  ts: Scalars['DateTime']['output'];
};

/** A capped tail of the console. */
export type LogTail = {
  __typename?: 'LogTail';
  /** Where to poll on from, as `sinceSeq`: the last line's seq, the highest so far unless `limit` cut the page (as many lines as `limit`). */
  latestSeq?: Maybe<Scalars['Int']['output']>;
  /** In seq order. */
  lines: Array<LogLine>;
};

/** One training step as the trainer reported it. */
export type MetricPoint = {
  __typename?: 'MetricPoint';
  /** 1 + retries when reported; later attempts supersede from their first step. */
  attempt: Scalars['Int']['output'];
  /** Cycle (TRAIN jobs). */
  cycle?: Maybe<Scalars['Int']['output']>;
  /** Gradient norm. */
  gradNorm?: Maybe<Scalars['Float']['output']>;
  /** Training loss. */
  loss?: Maybe<Scalars['Float']['output']>;
  /** Learning rate at this step. */
  lr?: Maybe<Scalars['Float']['output']>;
  /** The trainer's phase: `finetune`, `train` (TRAIN), `recover` (CONTRACT), or a custom trainer's own. */
  phase: Scalars['String']['output'];
  /** Per job, strictly increasing across attempts: the exact resume cursor. */
  seq: Scalars['Int']['output'];
  /** Training step. */
  step: Scalars['Int']['output'];
  /** Tokens per second. */
  throughput?: Maybe<Scalars['Float']['output']>;
  /** When the worker received it. */
  ts: Scalars['DateTime']['output'];
  /** Accelerator (or process) memory, GB. */
  vramGb?: Maybe<Scalars['Float']['output']>;
};

/** The effective metric series (superseded points of earlier attempts left out). */
export type MetricSeries = {
  __typename?: 'MetricSeries';
  /** Points returned. */
  count: Scalars['Int']['output'];
  /** Highest seq so far: pass it as afterSeq to jobMetrics once the whole series came (`count` below `limit`); after a page cut by `limit`, go on with `sinceStep` at its last point. */
  latestSeq?: Maybe<Scalars['Int']['output']>;
  /** Highest step reported so far. */
  latestStep?: Maybe<Scalars['Int']['output']>;
  /** In step order. */
  points: Array<MetricPoint>;
};

/** A base model from the catalog, or one a job produced. */
export type Model = Node & {
  __typename?: 'Model';
  /** The catalog model this one descends from. */
  baseModel?: Maybe<Model>;
  /** Architecture and weights location, as trainers read them. */
  config: Scalars['JSON']['output'];
  /** When the model was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** The job that produced this model (null for base models). */
  job?: Maybe<Job>;
  /** BASE, or how a job derived it. */
  kind: ModelKind;
  /** Unique within the project. */
  name: Scalars['String']['output'];
  /** Parameter count: computed from the architecture for catalog and trained models, as registered for Hugging Face models. */
  params: Scalars['Float']['output'];
};

/** A page of a list (a Relay connection). */
export type ModelConnection = {
  __typename?: 'ModelConnection';
  /** The items of this page, in list order. */
  edges: Array<ModelEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type ModelEdge = {
  __typename?: 'ModelEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Model;
};

/** Where a model came from. */
export type ModelKind =
  /** From the catalog, or a registered Hugging Face model. */
  | 'BASE'
  /** The output of a CONTRACT job. */
  | 'CONTRACTED'
  /** The output of a FINETUNE job: a LoRA adapter over a catalog or Hugging Face base, or (from any other model) the weights with the adapter merged in. */
  | 'FINETUNED'
  /** The output of a TRAIN job. */
  | 'GROWN';

/** The model a mutation created. */
export type ModelPayload = {
  __typename?: 'ModelPayload';
  /** The model. */
  model: Model;
};

/** Writes, within the API key's project. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels a QUEUED or RUNNING job. */
  cancelJob: JobPayload;
  /** Cancels a run that is PREPARING, TRAINING or EVALUATING. */
  cancelRun: RunPayload;
  /** Issues a key for your project. Only admins may issue admin keys. */
  createApiKey: CreateApiKeyPayload;
  /** Uploads a dataset; all records are stored or none are. */
  createDataset: DatasetPayload;
  /** Creates a tenant with its own catalog and admin key. Needs an admin key. */
  createProject: CreateProjectPayload;
  /** Creates a behaviour spec. */
  createSpec: SpecPayload;
  /** Removes a spec from lists and lookups; its runs keep pointing at it. */
  deleteSpec: DeletePayload;
  /** Generates text with a model, on the API server (README: "Generation"). */
  generate: Generation;
  /** Registers a Hugging Face model directory as a base model. FINETUNE jobs on it need workers running the torch trainer with transformers and peft (README: "Running workers on GPU machines"). */
  registerHuggingFaceModel: ModelPayload;
  /** Stops a key from working, at once and for good. */
  revokeApiKey: ApiKeyPayload;
  /** Records feedback on a run. */
  setRunFeedback: RunPayload;
  /** Replaces a run's tags. */
  setRunTags: RunPayload;
  /** Starts a run of a spec. Returns at once in PREPARING; progress streams on runStatus. */
  startRun: RunPayload;
  /** Queues a job, or returns the one already queued under this idempotency key. */
  submitJob: SubmitJobPayload;
  /** Edits a spec. Runs already started keep the snapshot they froze. */
  updateSpec: SpecPayload;
};


/** Writes, within the API key's project. */
export type MutationCancelJobArgs = {
  id: Scalars['ID']['input'];
};


/** Writes, within the API key's project. */
export type MutationCancelRunArgs = {
  id: Scalars['ID']['input'];
};


/** Writes, within the API key's project. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes, within the API key's project. */
export type MutationCreateDatasetArgs = {
  input: CreateDatasetInput;
};


/** Writes, within the API key's project. */
export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


/** Writes, within the API key's project. */
export type MutationCreateSpecArgs = {
  input: CreateSpecInput;
};


/** Writes, within the API key's project. */
export type MutationDeleteSpecArgs = {
  id: Scalars['ID']['input'];
};


/** Writes, within the API key's project. */
export type MutationGenerateArgs = {
  input: GenerateInput;
};


/** Writes, within the API key's project. */
export type MutationRegisterHuggingFaceModelArgs = {
  input: RegisterHuggingFaceModelInput;
};


/** Writes, within the API key's project. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes, within the API key's project. */
export type MutationSetRunFeedbackArgs = {
  id: Scalars['ID']['input'];
  input: FeedbackInput;
};


/** Writes, within the API key's project. */
export type MutationSetRunTagsArgs = {
  id: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']>;
};


/** Writes, within the API key's project. */
export type MutationStartRunArgs = {
  input?: InputMaybe<StartRunInput>;
  specId: Scalars['ID']['input'];
};


/** Writes, within the API key's project. */
export type MutationSubmitJobArgs = {
  input: SubmitJobInput;
};


/** Writes, within the API key's project. */
export type MutationUpdateSpecArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSpecInput;
};

/** An entity with a UUID, found by `node(id:)`. */
export type Node = {
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
};

/** Ascending or descending. */
export type OrderDirection =
  /** Smallest or earliest first. */
  | 'ASC'
  /** Largest or latest first. */
  | 'DESC';

/** Where a page lies in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last item's cursor; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first item's cursor; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A tenant. Every other entity belongs to one project and is invisible to others. */
export type Project = Node & {
  __typename?: 'Project';
  /** When the project was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** Reads, within the API key's project. */
export type Query = {
  __typename?: 'Query';
  /** Your project's API keys, newest first. */
  apiKeys: ApiKeyConnection;
  /** The base-model catalog, smallest first. */
  baseModels: Array<Model>;
  /** A dataset of your project, or null. */
  dataset?: Maybe<Dataset>;
  /** Datasets, newest first. */
  datasets: DatasetConnection;
  /** A job of your project, or null. */
  job?: Maybe<Job>;
  /** Job counts per value of each field, and the total. Counts are disjunctive: a field's counts apply every filter except its own (a top-level condition on that field, or one in a chain of `and`s), so they show what picking another value would give. */
  jobFacets: JobFacets;
  /** Jobs, newest first. */
  jobs: JobConnection;
  /** A model of your project, or null. */
  model?: Maybe<Model>;
  /** Models, newest first, optionally of one kind. */
  models: ModelConnection;
  /** Any entity of your project by its UUID, or null. */
  node?: Maybe<Node>;
  /** A run of your project, or null. */
  run?: Maybe<Run>;
  /** Run counts per value of each field, and the total, in one round trip. Counts are disjunctive: a field's counts apply every filter except its own (a top-level condition on that field, or one in a chain of `and`s), so they show what picking another value would give. */
  runFacets: RunFacets;
  /** Values of one field for a filter picker, most frequent first, with counts. Counts are disjunctive: a field's counts apply every filter except its own (a top-level condition on that field, or one in a chain of `and`s), so they show what picking another value would give. */
  runFilterOptions: Array<FacetValue>;
  /** Run analytics per group and time bucket, ordered by bucket then group. A run with several tags (or flags) counts in each. At most 10,000 rows. */
  runStats: Array<RunStatsRow>;
  /** Runs across specs, filtered and searched, newest first by default. */
  runs: RunConnection;
  /** A spec of your project, or null. */
  spec?: Maybe<BehaviorSpec>;
  /** Specs, newest first; `search` matches name, description or a tag. */
  specs: BehaviorSpecConnection;
  /** Recommended settings: learning rate scales with model size, training amount with dataset size (README: "Training recommendations"). */
  trainingRecommendation: TrainingRecommendation;
  /** Who is calling. */
  viewer: Viewer;
  /** Workers serving your project, most recently seen first. */
  workers: Array<Worker>;
};


/** Reads, within the API key's project. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads, within the API key's project. */
export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, within the API key's project. */
export type QueryDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads, within the API key's project. */
export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, within the API key's project. */
export type QueryJobFacetsArgs = {
  fields: Array<JobFacetField>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<JobWhere>;
};


/** Reads, within the API key's project. */
export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<JobWhere>;
};


/** Reads, within the API key's project. */
export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, within the API key's project. */
export type QueryModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ModelKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads, within the API key's project. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, within the API key's project. */
export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, within the API key's project. */
export type QueryRunFacetsArgs = {
  fields: Array<RunFacetField>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<RunWhere>;
};


/** Reads, within the API key's project. */
export type QueryRunFilterOptionsArgs = {
  field: RunFacetField;
  limit?: InputMaybe<Scalars['Int']['input']>;
  prefix?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<RunWhere>;
};


/** Reads, within the API key's project. */
export type QueryRunStatsArgs = {
  bucket?: InputMaybe<TimeBucket>;
  groupBy?: InputMaybe<Array<RunFacetField>>;
  where?: InputMaybe<RunWhere>;
};


/** Reads, within the API key's project. */
export type QueryRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RunOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<RunWhere>;
};


/** Reads, within the API key's project. */
export type QuerySpecArgs = {
  id: Scalars['ID']['input'];
};


/** Reads, within the API key's project. */
export type QuerySpecsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Reads, within the API key's project. */
export type QueryTrainingRecommendationArgs = {
  input: TrainingRecommendationInput;
};

/** A Hugging Face model directory on the workers, to fine-tune with the torch trainer. */
export type RegisterHuggingFaceModelInput = {
  /** Longest sequence, in tokens (config.json's max_position_embeddings); bounds seqLen. */
  contextLength: Scalars['Int']['input'];
  /** Up to 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Transformer layers (config.json's num_hidden_layers). */
  nLayers: Scalars['Int']['input'];
  /** Unique within the project, 1-200 characters. */
  name: Scalars['String']['input'];
  /** Parameter count, as the model card gives it. */
  params: Scalars['Float']['input'];
  /** Absolute path of the model directory on every worker that may run its jobs. */
  path: Scalars['String']['input'];
};

/** One spec -> dataset -> fine-tune -> evaluation cycle. */
export type Run = Node & {
  __typename?: 'Run';
  /** The model fine-tuned. */
  baseModel: Model;
  /** Runs that name this one as their parent, newest first. */
  children: RunConnection;
  /** When the run ended. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Compute cost in US dollars. */
  costUsd?: Maybe<Scalars['Float']['output']>;
  /** When the run was started. */
  createdAt: Scalars['DateTime']['output'];
  /** Label of the API key that started it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The compiled training set. */
  dataset?: Maybe<Dataset>;
  /** Wall time from start to end. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** Where the run trains. */
  environment?: Maybe<Scalars['String']['output']>;
  /** Why the run failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** Null until evaluated. */
  evalSummary?: Maybe<EvalSummary>;
  /** Per-example results, worst score first. */
  evals: EvalConnection;
  /** The timeline: every status transition, with what the pipeline did. */
  events: Array<RunEvent>;
  /** Human feedback. */
  feedback?: Maybe<Feedback>;
  /** Training settings. */
  hyperparameters: RunHyperparameters;
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** Always false: Trainyard does not share runs outside their project yet. */
  isPublic: Scalars['Boolean']['output'];
  /** The fine-tune job. */
  job?: Maybe<Job>;
  /** Caller-supplied JSON object. */
  metadata?: Maybe<Scalars['JSON']['output']>;
  /** The fine-tuned model. */
  model?: Maybe<Model>;
  /** Display name; defaults to "<spec> #<runNumber>". */
  name: Scalars['String']['output'];
  /** The run this one follows. */
  parent?: Maybe<Run>;
  /** 1, 2, 3 … per spec; never reused. */
  runNumber: Scalars['Int']['output'];
  /** The spec this run trained on. */
  spec: BehaviorSpec;
  /** The spec as it was when the run started. */
  specSnapshot: Scalars['JSON']['output'];
  /** When training began. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: RunStatus;
  /** Free-form labels. */
  tags: Array<Scalars['String']['output']>;
  /** Tokens consumed. */
  tokens?: Maybe<TokenUsage>;
};


/** One spec -> dataset -> fine-tune -> evaluation cycle. */
export type RunChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One spec -> dataset -> fine-tune -> evaluation cycle. */
export type RunEvalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list (a Relay connection). */
export type RunConnection = {
  __typename?: 'RunConnection';
  /** The items of this page, in list order. */
  edges: Array<RunEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type RunEdge = {
  __typename?: 'RunEdge';
  /** Pass as `after` (or `before`) to page on from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Run;
};

/** An entry of the run timeline. */
export type RunEvent = {
  __typename?: 'RunEvent';
  /** preparing, training, evaluating, completed, failed, cancelled. */
  kind: Scalars['String']['output'];
  /** Details: from/to status, who cancelled, dataset and job ids, augmentation shortfalls, errors. */
  payload: Scalars['JSON']['output'];
  /** Order within the run. */
  seq: Scalars['Int']['output'];
  /** When it happened. */
  ts: Scalars['DateTime']['output'];
};

/** A run field to count by (tags and feedback flags count each value a run carries). */
export type RunFacetField =
  /** The model it fine-tuned; labelled with the model name. */
  | 'BASE_MODEL'
  /** The label of the API key that started it. */
  | 'CREATED_BY'
  /** Its environment. */
  | 'ENVIRONMENT'
  /** Each flag of its feedback. */
  | 'FEEDBACK_FLAG'
  /** The model it produced; labelled with the model name. */
  | 'MODEL'
  /** The spec it ran; labelled with the spec name. */
  | 'SPEC'
  /** The run status. */
  | 'STATUS'
  /** Each of its tags. */
  | 'TAG';

/** Counts for a faceted run search. */
export type RunFacets = {
  __typename?: 'RunFacets';
  /** One per requested field, in order. */
  facets: Array<Facet>;
  /** Runs matching the whole filter and search. */
  total: Scalars['Int']['output'];
};

/** Training settings of a run, defaults filled in (TunedTensor semantics). */
export type RunHyperparameters = {
  __typename?: 'RunHyperparameters';
  /** Whether examples are expanded into more training records. */
  augment: Scalars['Boolean']['output'];
  /** Records per step, at least 8. */
  batchSize: Scalars['Int']['output'];
  /** null: chosen from the model size. */
  learningRate?: Maybe<Scalars['Float']['output']>;
  /** LoRA scaling factor. */
  loraAlpha: Scalars['Float']['output'];
  /** LoRA adapter rank. */
  loraRank: Scalars['Int']['output'];
  /** Passes over the dataset, 1-20. */
  nEpochs: Scalars['Int']['output'];
};

/** TunedTensor hyperparameters; omitted ones take their defaults. */
export type RunHyperparametersInput = {
  /** At least 8, default 8. */
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  /** Default: chosen from the model size. */
  learningRate?: InputMaybe<Scalars['Float']['input']>;
  /** Default 16. */
  loraAlpha?: InputMaybe<Scalars['Float']['input']>;
  /** Default 8. */
  loraRank?: InputMaybe<Scalars['Int']['input']>;
  /** 1-20, default 4. */
  nEpochs?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort order for runs; ties break by id in the same direction, and runs without the key come last. */
export type RunOrder = {
  /** Default DESC. */
  direction?: OrderDirection;
  /** Sort key. */
  field: RunOrderField;
};

/** Sort key for runs. */
export type RunOrderField =
  /** evalSummary.avgScore; unevaluated runs come last. */
  | 'AVG_SCORE'
  /** End time; runs still going come last. */
  | 'COMPLETED_AT'
  /** Compute cost; runs without one come last. */
  | 'COST_USD'
  /** Start time. */
  | 'CREATED_AT'
  /** Wall time; runs without one come last. */
  | 'DURATION_MS';

/** The run a mutation created or changed. */
export type RunPayload = {
  __typename?: 'RunPayload';
  /** The run. */
  run: Run;
};

/** Aggregates over the runs of one group and time bucket. */
export type RunStatsRow = {
  __typename?: 'RunStatsRow';
  /** Mean evalSummary.avgScore of evaluated runs. */
  avgScore?: Maybe<Scalars['Float']['output']>;
  /** Start of the bucket; null without one. */
  bucketStart?: Maybe<Scalars['DateTime']['output']>;
  /** Summed compute cost. */
  costUsd?: Maybe<Scalars['Float']['output']>;
  /** Runs. */
  count: Scalars['Int']['output'];
  /** The groupBy fields’ values, in order (ids for specs and models; null: a run without one). */
  group: Array<Maybe<Scalars['String']['output']>>;
  /** Median duration (interpolated). */
  p50DurationMs?: Maybe<Scalars['Float']['output']>;
  /** 95th percentile duration (interpolated). */
  p95DurationMs?: Maybe<Scalars['Float']['output']>;
  /** Share of evaluated runs whose avgScore is at least 0.7. */
  passRate?: Maybe<Scalars['Float']['output']>;
  /** Summed tokens.total. */
  tokens?: Maybe<Scalars['Float']['output']>;
};

/** Where a run is in its lifecycle: PREPARING -> TRAINING -> EVALUATING -> COMPLETED. */
export type RunStatus =
  /** Cancelled by a user. */
  | 'CANCELLED'
  /** Eval results are available. */
  | 'COMPLETED'
  /** Scoring the fine-tuned model on the spec examples. */
  | 'EVALUATING'
  /** Stopped by an error; see `error`. */
  | 'FAILED'
  /** Compiling the spec into a dataset, augmenting it. */
  | 'PREPARING'
  /** The fine-tune job is queued or running. */
  | 'TRAINING';

/** A run changed status (or, first, its status when you subscribed to one run). */
export type RunStatusEvent = {
  __typename?: 'RunStatusEvent';
  /** When the change happened. For the first event, and for a change found by rereading the entity (its message was lost), when the stream read it. */
  at: Scalars['DateTime']['output'];
  /** null for the first event. */
  previousStatus?: Maybe<RunStatus>;
  /** The run as committed. */
  run: Run;
  /** The new status. */
  status: RunStatus;
};

/** Run filter. Lists mean "any of"; fields combine with AND; nest with and/or/not. */
export type RunWhere = {
  /** All of these. */
  and?: InputMaybe<Array<RunWhere>>;
  /** Runs on any of these base models. */
  baseModelId?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Created at or after. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Started with API keys of any of these labels. */
  createdBy?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these environments. */
  environment?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Feedback carrying any of these flags. */
  feedbackFlag?: InputMaybe<Array<Scalars['String']['input']>>;
  /** false: top-level runs only; true: child runs only. */
  hasParent?: InputMaybe<Scalars['Boolean']['input']>;
  /** evalSummary.avgScore at most. */
  maxScore?: InputMaybe<Scalars['Float']['input']>;
  /** evalSummary.avgScore at least. */
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** Runs that produced any of these models. */
  modelId?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not this. */
  not?: InputMaybe<RunWhere>;
  /** Any of these. */
  or?: InputMaybe<Array<RunWhere>>;
  /** Children of this run. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs of any of these specs. */
  specId?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<RunStatus>>;
  /** Tag match. */
  tags?: InputMaybe<TagFilter>;
};

/** How eval answers were scored. */
export type ScoringMethod =
  /** An LLM graded each answer. */
  | 'LLM_JUDGE'
  /** Text similarity to the expected answer. */
  | 'SIMILARITY';

/** One input and the output the fine-tuned model should give for it. */
export type SpecExample = {
  __typename?: 'SpecExample';
  /** What the model should answer. */
  expected: Scalars['String']['output'];
  /** What the model is given. */
  input: Scalars['String']['output'];
};

/** One example of the behaviour. */
export type SpecExampleInput = {
  /** Non-empty expected output. */
  expected: Scalars['String']['input'];
  /** Non-empty input. */
  input: Scalars['String']['input'];
};

/** The spec a mutation created or changed. */
export type SpecPayload = {
  __typename?: 'SpecPayload';
  /** The spec. */
  spec: BehaviorSpec;
};

/** Options for a new run. */
export type StartRunInput = {
  /** Expand examples into more records (default true). */
  augment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Model to fine-tune; default the smallest base model. */
  baseModelId?: InputMaybe<Scalars['ID']['input']>;
  /** Worker environment to train on. */
  environment?: InputMaybe<Scalars['String']['input']>;
  /** Training settings. */
  hyperparameters?: InputMaybe<RunHyperparametersInput>;
  /** Any JSON object up to 16 KiB. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Default "<spec> #<runNumber>". */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The run this one follows. */
  parentRunId?: InputMaybe<Scalars['ID']['input']>;
  /** Labels for search and facets. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A job to queue. */
export type SubmitJobInput = {
  /** TRAIN (required) or FINETUNE: a catalog or own model. */
  baseModelId?: InputMaybe<Scalars['ID']['input']>;
  /** TRAIN and FINETUNE (required): training data. */
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only workers of this environment claim it. */
  environment?: InputMaybe<Scalars['String']['input']>;
  /** Settings. */
  hyperparams?: InputMaybe<JobHyperparamsInput>;
  /** Same key + same payload returns the same job; the key is compared exactly as sent, spaces included (1-200 characters, not blank). Keys starting `trainyard:` are reserved for the jobs Trainyard queues itself. */
  idempotencyKey: Scalars['String']['input'];
  /** Interruptions (lost workers, failed attempts) survived before it fails, 0-10 (default 3); a worker that stops cleanly hands its job back without one. */
  maxRetries?: InputMaybe<Scalars['Int']['input']>;
  /** FINETUNE or CONTRACT (required): the model to start from. */
  sourceModelId?: InputMaybe<Scalars['ID']['input']>;
  /** What to do. */
  type: JobType;
};

/** The queued job, new or existing. */
export type SubmitJobPayload = {
  __typename?: 'SubmitJobPayload';
  /** false when the idempotency key returned an existing job. */
  created: Scalars['Boolean']['output'];
  /** The job. */
  job: Job;
};

/** Live streams over graphql-ws or SSE, within the API key's project. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Replays lines with seq > afterSeq, then live ones; each exactly once, in order. Completes when the job ends. */
  jobLogs: LogLine;
  /** Replays points with seq > afterSeq (or step > sinceStep), then live ones; each exactly once, in order. Completes when the job ends. */
  jobMetrics: MetricPoint;
  /** Status changes of one job, or of all your jobs. One job: completes when it ends. A client that stops reading is held 1000 changes; one more ends the stream, after them, with RATE_LIMITED: subscribe again. */
  jobStatus: JobStatusEvent;
  /** Status changes of one run, of one spec’s runs, or of all your runs (runId with specId: a run of that spec). One run: completes when it ends. A client that stops reading is held 1000 changes; one more ends the stream, after them, with RATE_LIMITED: subscribe again. */
  runStatus: RunStatusEvent;
};


/** Live streams over graphql-ws or SSE, within the API key's project. */
export type SubscriptionJobLogsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  jobId: Scalars['ID']['input'];
};


/** Live streams over graphql-ws or SSE, within the API key's project. */
export type SubscriptionJobMetricsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  jobId: Scalars['ID']['input'];
  sinceStep?: InputMaybe<Scalars['Int']['input']>;
};


/** Live streams over graphql-ws or SSE, within the API key's project. */
export type SubscriptionJobStatusArgs = {
  jobId?: InputMaybe<Scalars['ID']['input']>;
};


/** Live streams over graphql-ws or SSE, within the API key's project. */
export type SubscriptionRunStatusArgs = {
  runId?: InputMaybe<Scalars['ID']['input']>;
  specId?: InputMaybe<Scalars['ID']['input']>;
};

/** Runs with any, or all, of these tags. */
export type TagFilter = {
  /** Every one of these tags. */
  all?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At least one of these tags. */
  any?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A UTC time bucket of creation time (weeks start on Monday). */
export type TimeBucket =
  /** Each UTC day. */
  | 'DAY'
  /** Each UTC hour. */
  | 'HOUR'
  /** Each week, from Monday 00:00 UTC. */
  | 'WEEK';

/** Tokens a run consumed. */
export type TokenUsage = {
  __typename?: 'TokenUsage';
  /** Generated tokens. */
  completion: Scalars['Int']['output'];
  /** Input tokens. */
  prompt: Scalars['Int']['output'];
  /** prompt + completion. */
  total: Scalars['Int']['output'];
};

/** A tailored starting point and safe windows for a model and dataset (Fusion seed). */
export type TrainingRecommendation = {
  __typename?: 'TrainingRecommendation';
  /** Estimated dataset tokens. */
  datasetTokensEst: Scalars['Float']['output'];
  /** These are starting points, not guarantees. */
  disclaimer: Scalars['String']['output'];
  /** Parameters of the model. */
  modelParams: Scalars['Float']['output'];
  /** Why these values, in words. */
  notes: Array<Scalars['String']['output']>;
  /** turns, cycles, stepsPerCycle (TRAIN), steps (FINETUNE), lr and seqLen. */
  recommended: Scalars['JSON']['output'];
  /** { min, max } per recommended setting. */
  windows: Scalars['JSON']['output'];
};

/** The model (by id or size) and the dataset (by id, tokens or bytes) to recommend for. */
export type TrainingRecommendationInput = {
  /** A model of your project; or give `params`. */
  baseModelId?: InputMaybe<Scalars['ID']['input']>;
  /** Dataset size in UTF-8 bytes (about four per token). */
  datasetBytes?: InputMaybe<Scalars['Float']['input']>;
  /** A dataset of your project; or give `datasetTokens` or `datasetBytes`. */
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  /** Dataset size in tokens. */
  datasetTokens?: InputMaybe<Scalars['Float']['input']>;
  /** Model size in parameters, when the model is not in Trainyard. */
  params?: InputMaybe<Scalars['Float']['input']>;
};

/** Fields to change; omitted fields keep their value. Existing runs keep their snapshot. */
export type UpdateSpecInput = {
  /** Up to 10,000 characters; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1-1000 examples; cannot be null. */
  examples?: InputMaybe<Array<SpecExampleInput>>;
  /** 1-200 characters; cannot be null. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Up to 20,000 characters; null clears it. */
  systemPrompt?: InputMaybe<Scalars['String']['input']>;
  /** Up to 50 tags of 1-64 characters ([] removes them all); cannot be null. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The caller: the API key used and its project. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The key used for this request. */
  apiKey: ApiKey;
  /** The key's project. */
  project: Project;
};

/** A worker process that claims and runs jobs. */
export type Worker = Node & {
  __typename?: 'Worker';
  /** The job it is running, if it belongs to your project. */
  currentJob?: Maybe<Job>;
  /** Jobs of this environment are its to claim. */
  environment: Scalars['String']['output'];
  /** GPU model and memory, as nvidia-smi reports. */
  gpu?: Maybe<Scalars['JSON']['output']>;
  /** Hostname. */
  host: Scalars['String']['output'];
  /** The entity's UUID. */
  id: Scalars['ID']['output'];
  /** Last sign of life. */
  lastHeartbeatAt: Scalars['DateTime']['output'];
  /** `idle`, `busy`, `stopped`, or `lost`: no heartbeat for 15 s without a clean stop (killed, or its machine or network is down). */
  status: Scalars['String']['output'];
  /** The trainer it runs: the built-in trainer's name, or the custom command. */
  trainers: Array<Scalars['String']['output']>;
};

export type RacesCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type RacesCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string } } };

export type RacesUpdateSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSpecInput;
}>;


export type RacesUpdateSpecMutation = { __typename?: 'Mutation', updateSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', name: string } } };

export type RacesDeleteSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RacesDeleteSpecMutation = { __typename?: 'Mutation', deleteSpec: { __typename?: 'DeletePayload', id: string } };

export type RacesCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type RacesCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string } } };

export type RacesRevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RacesRevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKeyPayload', apiKey: { __typename?: 'ApiKey', revokedAt?: string | null } } };

export type DsCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type DsCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string, name: string, recordCount: number, bytes: number, tokenEstimate: number, source: string, createdAt: string, records: { __typename?: 'DatasetRecordConnection', totalCount: number, edges: Array<{ __typename?: 'DatasetRecordEdge', node: { __typename?: 'DatasetRecord', position: number, prompt: string, completion: string, provenance?: unknown | null } }> } } } };

export type DsGetDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DsGetDatasetQuery = { __typename?: 'Query', dataset?: { __typename?: 'Dataset', id: string, name: string, recordCount: number, bytes: number, tokenEstimate: number, source: string, createdAt: string } | null };

export type DsDatasetRecordsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DsDatasetRecordsQuery = { __typename?: 'Query', dataset?: { __typename?: 'Dataset', records: { __typename?: 'DatasetRecordConnection', totalCount: number, edges: Array<{ __typename?: 'DatasetRecordEdge', cursor: string, node: { __typename?: 'DatasetRecord', position: number, prompt: string, completion: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type DsListDatasetsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DsListDatasetsQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', totalCount: number, edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', id: string, name: string, recordCount: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DsBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type DsBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string, kind: ModelKind, params: number, createdAt: string, baseModel?: { __typename?: 'Model', id: string } | null, job?: { __typename?: 'Job', id: string } | null }> };

export type DsGetModelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DsGetModelQuery = { __typename?: 'Query', model?: { __typename?: 'Model', id: string, name: string, kind: ModelKind, params: number } | null };

export type DsListModelsQueryVariables = Exact<{
  kind?: InputMaybe<ModelKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DsListModelsQuery = { __typename?: 'Query', models: { __typename?: 'ModelConnection', totalCount: number, edges: Array<{ __typename?: 'ModelEdge', node: { __typename?: 'Model', id: string, name: string, kind: ModelKind } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type DsRegisterHfMutationVariables = Exact<{
  input: RegisterHuggingFaceModelInput;
}>;


export type DsRegisterHfMutation = { __typename?: 'Mutation', registerHuggingFaceModel: { __typename?: 'ModelPayload', model: { __typename?: 'Model', id: string, name: string, kind: ModelKind, params: number, config: unknown } } };

export type DsSubmitOnHfMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type DsSubmitOnHfMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string, hyperparams: unknown } } };

export type DsEligibleWorkersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DsEligibleWorkersQuery = { __typename?: 'Query', job?: { __typename?: 'Job', eligibleWorkers: Array<{ __typename?: 'Worker', trainers: Array<string> }> } | null };

export type DsGenerateMutationVariables = Exact<{
  input: GenerateInput;
}>;


export type DsGenerateMutation = { __typename?: 'Mutation', generate: { __typename?: 'Generation', text: string } };

export type DsRecommendQueryVariables = Exact<{
  input: TrainingRecommendationInput;
}>;


export type DsRecommendQuery = { __typename?: 'Query', trainingRecommendation: { __typename?: 'TrainingRecommendation', recommended: unknown, windows: unknown, notes: Array<string> } };

export type DsCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type DsCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string } } };

export type DsStartRunMutationVariables = Exact<{
  specId: Scalars['ID']['input'];
  input?: InputMaybe<StartRunInput>;
}>;


export type DsStartRunMutation = { __typename?: 'Mutation', startRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string } } };

export type EmbSearchViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbSearchViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', project: { __typename?: 'Project', id: string } } };

export type EmbSearchPanelQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
  search?: InputMaybe<Scalars['String']['input']>;
  fields: Array<RunFacetField> | RunFacetField;
}>;


export type EmbSearchPanelQuery = { __typename?: 'Query', runFacets: { __typename?: 'RunFacets', total: number, facets: Array<{ __typename?: 'Facet', field: RunFacetField, values: Array<{ __typename?: 'FacetValue', value: string, label?: string | null, count: number }> }> }, runs: { __typename?: 'RunConnection', totalCount: number, edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string } }> }, runStats: Array<{ __typename?: 'RunStatsRow', count: number }> };

export type EmbBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string, params: number }> };

export type EmbCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type EmbCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string } } };

export type EmbGetSpecQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmbGetSpecQuery = { __typename?: 'Query', spec?: { __typename?: 'BehaviorSpec', id: string, name: string, examples: Array<{ __typename?: 'SpecExample', input: string, expected: string }> } | null };

export type EmbWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbWorkersQuery = { __typename?: 'Query', workers: Array<{ __typename?: 'Worker', id: string }> };

export type EmbViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', project: { __typename?: 'Project', name: string } } };

export type EmbCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type EmbCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type EmbSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type EmbSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string } } };

export type EmbJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmbJobQuery = { __typename?: 'Query', job?: { __typename?: 'Job', status: JobStatus, error?: string | null, result?: { __typename?: 'JobResult', pplBaseline?: number | null, pplFinal?: number | null } | null, outputModel?: { __typename?: 'Model', id: string, kind: ModelKind } | null, metrics: { __typename?: 'MetricSeries', count: number } } | null };

export type FacetsPanelQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
  search?: InputMaybe<Scalars['String']['input']>;
  fields: Array<RunFacetField> | RunFacetField;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FacetsPanelQuery = { __typename?: 'Query', runFacets: { __typename?: 'RunFacets', total: number, facets: Array<{ __typename?: 'Facet', field: RunFacetField, values: Array<{ __typename?: 'FacetValue', value: string, label?: string | null, count: number }> }> }, runs: { __typename?: 'RunConnection', totalCount: number } };

export type FacetsRunCountQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
}>;


export type FacetsRunCountQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', totalCount: number } };

export type FacetsFilterOptionsQueryVariables = Exact<{
  field: RunFacetField;
  where?: InputMaybe<RunWhere>;
  prefix?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FacetsFilterOptionsQuery = { __typename?: 'Query', runFilterOptions: Array<{ __typename?: 'FacetValue', value: string, label?: string | null, count: number }> };

export type FacetsStatsQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
  groupBy?: InputMaybe<Array<RunFacetField> | RunFacetField>;
  bucket?: InputMaybe<TimeBucket>;
}>;


export type FacetsStatsQuery = { __typename?: 'Query', runStats: Array<{ __typename?: 'RunStatsRow', group: Array<string | null>, bucketStart?: string | null, count: number, avgScore?: number | null, passRate?: number | null, costUsd?: number | null, tokens?: number | null, p50DurationMs?: number | null, p95DurationMs?: number | null }> };

export type FacetsStatsSelectedQueryVariables = Exact<{
  withDuration: Scalars['Boolean']['input'];
}>;


export type FacetsStatsSelectedQuery = { __typename?: 'Query', runStats: Array<{ __typename?: 'RunStatsRow', avgScore?: number | null, passRate?: number | null, group: Array<string | null>, bucketStart?: string | null, count: number, p95DurationMs?: number | null, spend?: number | null }> };

export type FacetsJobFacetsQueryVariables = Exact<{
  where?: InputMaybe<JobWhere>;
  fields: Array<JobFacetField> | JobFacetField;
}>;


export type FacetsJobFacetsQuery = { __typename?: 'Query', jobFacets: { __typename?: 'JobFacets', total: number, facets: Array<{ __typename?: 'JobFacet', field: JobFacetField, values: Array<{ __typename?: 'FacetValue', value: string, label?: string | null, count: number }> }> }, jobs: { __typename?: 'JobConnection', totalCount: number } };

export type FacetsSetTagsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type FacetsSetTagsMutation = { __typename?: 'Mutation', setRunTags: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, tags: Array<string> } } };

export type FacetsSetFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FeedbackInput;
}>;


export type FacetsSetFeedbackMutation = { __typename?: 'Mutation', setRunFeedback: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, feedback?: { __typename?: 'Feedback', flags: Array<string> } | null } } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'CreateProjectPayload', apiKey: string, project: { __typename?: 'Project', id: string, name: string } } };

export type PipelineCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type PipelineCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string } } };

export type PipelineStartRunMutationVariables = Exact<{
  specId: Scalars['ID']['input'];
  input?: InputMaybe<StartRunInput>;
}>;


export type PipelineStartRunMutation = { __typename?: 'Mutation', startRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, status: RunStatus, runNumber: number } } };

export type PipelineCancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PipelineCancelRunMutation = { __typename?: 'Mutation', cancelRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', status: RunStatus } } };

export type JobsBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string }> };

export type JobsCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type JobsCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type JobsSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type JobsSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', created: boolean, job: { __typename?: 'Job', id: string, type: JobType, status: JobStatus, idempotencyKey: string, retries: number, lastCheckpointStep: number, error?: string | null, hyperparams: unknown, environment?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, baseModel?: { __typename?: 'Model', id: string } | null, sourceModel?: { __typename?: 'Model', id: string } | null, dataset?: { __typename?: 'Dataset', id: string } | null, outputModel?: { __typename?: 'Model', id: string } | null, result?: { __typename?: 'JobResult', costUsd?: number | null } | null } } };

export type JobsGetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobsGetQuery = { __typename?: 'Query', job?: { __typename?: 'Job', id: string, type: JobType, status: JobStatus, idempotencyKey: string, retries: number, lastCheckpointStep: number, hyperparams: unknown, finishedAt?: string | null } | null };

export type JobsListQueryVariables = Exact<{
  where?: InputMaybe<JobWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type JobsListQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string, type: JobType, status: JobStatus } }> } };

export type JobsCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobsCancelMutation = { __typename?: 'Mutation', cancelJob: { __typename?: 'JobPayload', job: { __typename?: 'Job', id: string, status: JobStatus, finishedAt?: string | null } } };

export type LimitsDeepQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LimitsDeepQuery = { __typename?: 'Query', run?: { __typename?: 'Run', spec: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', spec: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', spec: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string } }> } } } }> } } } }> } } } | null };

export type LimitsShallowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LimitsShallowQuery = { __typename?: 'Query', run?: { __typename?: 'Run', spec: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string } }> } } } | null };

export type LimitsSpecsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LimitsSpecsPageQuery = { __typename?: 'Query', specs: { __typename?: 'BehaviorSpecConnection', totalCount: number, edges: Array<{ __typename?: 'BehaviorSpecEdge', node: { __typename?: 'BehaviorSpec', id: string } }> } };

export type LimitsCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type LimitsCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string } } };

export type PageCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type PageCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, createdAt: string } } };

export type PageSpecsForwardQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PageSpecsForwardQuery = { __typename?: 'Query', specs: { __typename?: 'BehaviorSpecConnection', totalCount: number, edges: Array<{ __typename?: 'BehaviorSpecEdge', cursor: string, node: { __typename?: 'BehaviorSpec', id: string, name: string, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type PageSpecsBackwardQueryVariables = Exact<{
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PageSpecsBackwardQuery = { __typename?: 'Query', specs: { __typename?: 'BehaviorSpecConnection', edges: Array<{ __typename?: 'BehaviorSpecEdge', cursor: string, node: { __typename?: 'BehaviorSpec', id: string, name: string, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type RateViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RateViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', apiKey: { __typename?: 'ApiKey', id: string } } };

export type RateCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type RateCreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string } };

export type RateCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type RateCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string } } };

export type RateSpecsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateSpecsQuery = { __typename?: 'Query', specs: { __typename?: 'BehaviorSpecConnection', edges: Array<{ __typename?: 'BehaviorSpecEdge', node: { __typename?: 'BehaviorSpec', name: string } }> } };

export type RateJobStatusSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type RateJobStatusSubscription = { __typename?: 'Subscription', jobStatus: { __typename?: 'JobStatusEvent', status: JobStatus } };

export type RecommendationBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string, params: number }> };

export type RecommendationCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type RecommendationCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string, tokenEstimate: number } } };

export type RecommendQueryVariables = Exact<{
  input: TrainingRecommendationInput;
}>;


export type RecommendQuery = { __typename?: 'Query', trainingRecommendation: { __typename?: 'TrainingRecommendation', modelParams: number, datasetTokensEst: number, recommended: unknown, windows: unknown, notes: Array<string>, disclaimer: string } };

export type RecommendationSubmitTrainMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type RecommendationSubmitTrainMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', status: JobStatus } } };

export type RedisSetupMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type RedisSetupMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type RedisBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string }> };

export type RedisSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type RedisSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string } } };

export type RedisJobStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedisJobStateQuery = { __typename?: 'Query', job?: { __typename?: 'Job', status: JobStatus, metrics: { __typename?: 'MetricSeries', latestSeq?: number | null } } | null };

export type RedisMetricsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type RedisMetricsSubscription = { __typename?: 'Subscription', jobMetrics: { __typename?: 'MetricPoint', seq: number, step: number } };

export type PipelineJobLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PipelineJobLogQuery = { __typename?: 'Query', job?: { __typename?: 'Job', logs: { __typename?: 'LogTail', lines: Array<{ __typename?: 'LogLine', text: string }> } } | null };

export type PipelineRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PipelineRunQuery = { __typename?: 'Query', run?: { __typename?: 'Run', status: RunStatus, error?: string | null, costUsd?: number | null, baseModel: { __typename?: 'Model', id: string }, model?: { __typename?: 'Model', id: string, kind: ModelKind } | null, dataset?: { __typename?: 'Dataset', recordCount: number, records: { __typename?: 'DatasetRecordConnection', edges: Array<{ __typename?: 'DatasetRecordEdge', node: { __typename?: 'DatasetRecord', prompt: string, completion: string, provenance?: unknown | null } }> } } | null, job?: { __typename?: 'Job', id: string, idempotencyKey: string, status: JobStatus, hyperparams: unknown, result?: { __typename?: 'JobResult', gpuSeconds?: number | null, costUsd?: number | null } | null, metrics: { __typename?: 'MetricSeries', count: number } } | null, evalSummary?: { __typename?: 'EvalSummary', total: number, avgScore: number, passRate: number, exactMatchRate: number, avgLatencyMs: number, scoringMethod: ScoringMethod, regressions: number, improvements: number } | null, evals: { __typename?: 'EvalConnection', edges: Array<{ __typename?: 'EvalEdge', node: { __typename?: 'Eval', prompt: string, expected: string, actual: string, score: number, passed: boolean, reasoning?: string | null, scoringMethod: ScoringMethod, latencyMs: number, completionTokens: number, previousScore?: number | null } }> }, tokens?: { __typename?: 'TokenUsage', total: number } | null, events: Array<{ __typename?: 'RunEvent', kind: string, payload: unknown }> } | null };

export type PipelineGenerateMutationVariables = Exact<{
  input: GenerateInput;
}>;


export type PipelineGenerateMutation = { __typename?: 'Mutation', generate: { __typename?: 'Generation', text: string, latencyMs: number, promptTokens: number, completionTokens: number } };

export type PipelineRunStatusSubscriptionVariables = Exact<{
  specId: Scalars['ID']['input'];
}>;


export type PipelineRunStatusSubscription = { __typename?: 'Subscription', runStatus: { __typename?: 'RunStatusEvent', status: RunStatus, run: { __typename?: 'Run', id: string } } };

export type PipelineJobMetricsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type PipelineJobMetricsSubscription = { __typename?: 'Subscription', jobMetrics: { __typename?: 'MetricPoint', seq: number, step: number, loss?: number | null } };

export type PipelineJobLogsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type PipelineJobLogsSubscription = { __typename?: 'Subscription', jobLogs: { __typename?: 'LogLine', seq: number, text: string } };

export type RunsCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type RunsCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string, description?: string | null, systemPrompt?: string | null, tags: Array<string>, updatedAt: string, examples: Array<{ __typename?: 'SpecExample', input: string, expected: string }> } } };

export type RunsUpdateSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSpecInput;
}>;


export type RunsUpdateSpecMutation = { __typename?: 'Mutation', updateSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string } } };

export type RunsDeleteSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunsDeleteSpecMutation = { __typename?: 'Mutation', deleteSpec: { __typename?: 'DeletePayload', id: string } };

export type RunsStartRunMutationVariables = Exact<{
  specId: Scalars['ID']['input'];
  input?: InputMaybe<StartRunInput>;
}>;


export type RunsStartRunMutation = { __typename?: 'Mutation', startRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, name: string, runNumber: number, status: RunStatus, error?: string | null, specSnapshot: unknown, tags: Array<string>, environment?: string | null, metadata?: unknown | null, createdAt: string, startedAt?: string | null, completedAt?: string | null, spec: { __typename?: 'BehaviorSpec', id: string, name: string }, baseModel: { __typename?: 'Model', id: string, name: string, kind: ModelKind }, hyperparameters: { __typename?: 'RunHyperparameters', augment: boolean, nEpochs: number, learningRate?: number | null, batchSize: number, loraRank: number, loraAlpha: number }, parent?: { __typename?: 'Run', id: string } | null, evalSummary?: { __typename?: 'EvalSummary', total: number } | null, feedback?: { __typename?: 'Feedback', score?: number | null } | null, dataset?: { __typename?: 'Dataset', id: string } | null, job?: { __typename?: 'Job', id: string } | null, model?: { __typename?: 'Model', id: string } | null } } };

export type RunsGetRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunsGetRunQuery = { __typename?: 'Query', run?: { __typename?: 'Run', id: string, name: string, runNumber: number, status: RunStatus, specSnapshot: unknown, tags: Array<string>, completedAt?: string | null, spec: { __typename?: 'BehaviorSpec', id: string, name: string }, parent?: { __typename?: 'Run', id: string } | null, children: { __typename?: 'RunConnection', totalCount: number, edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string } }> }, feedback?: { __typename?: 'Feedback', score?: number | null, flags: Array<string>, comment?: string | null } | null, evalSummary?: { __typename?: 'EvalSummary', total: number } | null, evals: { __typename?: 'EvalConnection', totalCount: number, edges: Array<{ __typename?: 'EvalEdge', node: { __typename?: 'Eval', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } | null };

export type RunsCancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunsCancelRunMutation = { __typename?: 'Mutation', cancelRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, status: RunStatus, createdAt: string, completedAt?: string | null } } };

export type RunsSetFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FeedbackInput;
}>;


export type RunsSetFeedbackMutation = { __typename?: 'Mutation', setRunFeedback: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, feedback?: { __typename?: 'Feedback', score?: number | null, flags: Array<string>, comment?: string | null } | null } } };

export type RunsSetTagsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RunsSetTagsMutation = { __typename?: 'Mutation', setRunTags: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, tags: Array<string> } } };

export type RunsListRunsQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RunsListRunsQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', totalCount: number, edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string, name: string, runNumber: number, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RunsSnapshotsQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
}>;


export type RunsSnapshotsQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string, specSnapshot: unknown } }> } };

export type RunsWholeRunFieldsFragment = { __typename?: 'Run', id: string, name: string, runNumber: number, status: RunStatus, error?: string | null, tags: Array<string>, environment?: string | null, metadata?: unknown | null, createdAt: string, createdBy?: string | null, isPublic: boolean, costUsd?: number | null, spec: { __typename?: 'BehaviorSpec', id: string, name: string }, baseModel: { __typename?: 'Model', id: string }, hyperparameters: { __typename?: 'RunHyperparameters', nEpochs: number, batchSize: number }, parent?: { __typename?: 'Run', id: string } | null, feedback?: { __typename?: 'Feedback', score?: number | null } | null, tokens?: { __typename?: 'TokenUsage', total: number } | null };

export type RunsWholeRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunsWholeRunQuery = { __typename?: 'Query', run?: { __typename?: 'Run', id: string, name: string, runNumber: number, status: RunStatus, error?: string | null, tags: Array<string>, environment?: string | null, metadata?: unknown | null, createdAt: string, createdBy?: string | null, isPublic: boolean, costUsd?: number | null, spec: { __typename?: 'BehaviorSpec', id: string, name: string }, baseModel: { __typename?: 'Model', id: string }, hyperparameters: { __typename?: 'RunHyperparameters', nEpochs: number, batchSize: number }, parent?: { __typename?: 'Run', id: string } | null, feedback?: { __typename?: 'Feedback', score?: number | null } | null, tokens?: { __typename?: 'TokenUsage', total: number } | null } | null };

export type RunsFewFieldsThenWholeQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
  id: Scalars['ID']['input'];
}>;


export type RunsFewFieldsThenWholeQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string, runNumber: number } }> }, run?: { __typename?: 'Run', id: string, name: string, runNumber: number, status: RunStatus, error?: string | null, tags: Array<string>, environment?: string | null, metadata?: unknown | null, createdAt: string, createdBy?: string | null, isPublic: boolean, costUsd?: number | null, spec: { __typename?: 'BehaviorSpec', id: string, name: string }, baseModel: { __typename?: 'Model', id: string }, hyperparameters: { __typename?: 'RunHyperparameters', nEpochs: number, batchSize: number }, parent?: { __typename?: 'Run', id: string } | null, feedback?: { __typename?: 'Feedback', score?: number | null } | null, tokens?: { __typename?: 'TokenUsage', total: number } | null } | null };

export type RunsListSelectedQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
}>;


export type RunsListSelectedQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename: 'Run', id: string, name: string, runNumber: number, status: RunStatus, error?: string | null, tags: Array<string>, environment?: string | null, metadata?: unknown | null, createdAt: string, createdBy?: string | null, isPublic: boolean, costUsd?: number | null, label: string, specName: { __typename?: 'BehaviorSpec', name: string }, spec: { __typename?: 'BehaviorSpec', id: string, name: string }, baseModel: { __typename?: 'Model', id: string }, hyperparameters: { __typename?: 'RunHyperparameters', nEpochs: number, batchSize: number }, parent?: { __typename?: 'Run', id: string } | null, feedback?: { __typename?: 'Feedback', score?: number | null } | null, tokens?: { __typename?: 'TokenUsage', total: number } | null } }> } };

export type RunsSpecRunsSelectedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunsSpecRunsSelectedQuery = { __typename?: 'Query', spec?: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string, name: string, runNumber: number, status: RunStatus, error?: string | null, tags: Array<string>, environment?: string | null, metadata?: unknown | null, createdAt: string, createdBy?: string | null, isPublic: boolean, costUsd?: number | null, spec: { __typename?: 'BehaviorSpec', id: string, name: string }, baseModel: { __typename?: 'Model', id: string }, hyperparameters: { __typename?: 'RunHyperparameters', nEpochs: number, batchSize: number }, parent?: { __typename?: 'Run', id: string } | null, feedback?: { __typename?: 'Feedback', score?: number | null } | null, tokens?: { __typename?: 'TokenUsage', total: number } | null } }> } } | null };

export type RunsSpecRunsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RunsSpecRunsQuery = { __typename?: 'Query', spec?: { __typename?: 'BehaviorSpec', id: string, updatedAt: string, latestRun?: { __typename?: 'Run', id: string, runNumber: number } | null, runs: { __typename?: 'RunConnection', totalCount: number, edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string, runNumber: number, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } | null };

export type RunsBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type RunsBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string, params: number }> };

export type SearchRunPageQueryVariables = Exact<{
  where?: InputMaybe<RunWhere>;
  search?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<RunOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchRunPageQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', totalCount: number, edges: Array<{ __typename?: 'RunEdge', cursor: string, node: { __typename?: 'Run', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type SearchRenameSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSpecInput;
}>;


export type SearchRenameSpecMutation = { __typename?: 'Mutation', updateSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string } } };

export type SearchSetTagsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type SearchSetTagsMutation = { __typename?: 'Mutation', setRunTags: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string } } };

export type SharedSetupMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type SharedSetupMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type SharedBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string }> };

export type SharedSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type SharedSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string } } };

export type SharedCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SharedCreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string } };

export type SharedViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', apiKey: { __typename?: 'ApiKey', id: string } } };

export type SharedCancelJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SharedCancelJobMutation = { __typename?: 'Mutation', cancelJob: { __typename?: 'JobPayload', job: { __typename?: 'Job', id: string } } };

export type SharedMetricsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SharedMetricsSubscription = { __typename?: 'Subscription', jobMetrics: { __typename?: 'MetricPoint', seq: number, step: number, loss?: number | null } };

export type SharedMetricsSinceSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
  sinceStep?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SharedMetricsSinceSubscription = { __typename?: 'Subscription', jobMetrics: { __typename?: 'MetricPoint', seq: number, step: number } };

export type SharedLogsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SharedLogsSubscription = { __typename?: 'Subscription', jobLogs: { __typename?: 'LogLine', seq: number, text: string } };

export type SharedJobStatusSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type SharedJobStatusSubscription = { __typename?: 'Subscription', jobStatus: { __typename?: 'JobStatusEvent', status: JobStatus, previousStatus?: JobStatus | null } };

export type SharedProjectJobStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SharedProjectJobStatusSubscription = { __typename?: 'Subscription', jobStatus: { __typename?: 'JobStatusEvent', status: JobStatus, previousStatus?: JobStatus | null, job: { __typename?: 'Job', id: string } } };

export type SharedProjectJobStatusWithLogsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SharedProjectJobStatusWithLogsSubscription = { __typename?: 'Subscription', jobStatus: { __typename?: 'JobStatusEvent', status: JobStatus, job: { __typename?: 'Job', logs: { __typename?: 'LogTail', lines: Array<{ __typename?: 'LogLine', text: string }> } } } };

export type SharedJobTelemetryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SharedJobTelemetryQuery = { __typename?: 'Query', job?: { __typename?: 'Job', metrics: { __typename?: 'MetricSeries', latestSeq?: number | null, points: Array<{ __typename?: 'MetricPoint', seq: number }> }, logs: { __typename?: 'LogTail', latestSeq?: number | null, lines: Array<{ __typename?: 'LogLine', seq: number }> } } | null };

export type SharedJobLogsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  sinceSeq?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SharedJobLogsQuery = { __typename?: 'Query', job?: { __typename?: 'Job', logs: { __typename?: 'LogTail', latestSeq?: number | null, lines: Array<{ __typename?: 'LogLine', seq: number }> } } | null };

export type SharedWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedWorkersQuery = { __typename?: 'Query', workers: Array<{ __typename?: 'Worker', id: string, status: string }> };

export type CreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type CreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string, description?: string | null, systemPrompt?: string | null, tags: Array<string>, createdAt: string, updatedAt: string, examples: Array<{ __typename?: 'SpecExample', input: string, expected: string }> } } };

export type GetSpecQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetSpecQuery = { __typename?: 'Query', spec?: { __typename?: 'BehaviorSpec', id: string, name: string, description?: string | null, systemPrompt?: string | null, tags: Array<string>, examples: Array<{ __typename?: 'SpecExample', input: string, expected: string }>, latestRun?: { __typename?: 'Run', id: string } | null, runs: { __typename?: 'RunConnection', totalCount: number } } | null };

export type UpdateSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSpecInput;
}>;


export type UpdateSpecMutation = { __typename?: 'Mutation', updateSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string, description?: string | null, systemPrompt?: string | null, tags: Array<string>, examples: Array<{ __typename?: 'SpecExample', input: string, expected: string }> } } };

export type DeleteSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSpecMutation = { __typename?: 'Mutation', deleteSpec: { __typename?: 'DeletePayload', id: string } };

export type ListSpecsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListSpecsQuery = { __typename?: 'Query', specs: { __typename?: 'BehaviorSpecConnection', totalCount: number, edges: Array<{ __typename?: 'BehaviorSpecEdge', cursor: string, node: { __typename?: 'BehaviorSpec', id: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type TenancyCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type TenancyCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string } } };

export type TenancyStartRunMutationVariables = Exact<{
  specId: Scalars['ID']['input'];
}>;


export type TenancyStartRunMutation = { __typename?: 'Mutation', startRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, status: RunStatus } } };

export type TenancyCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type TenancyCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type TenancyBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string }> };

export type TenancySubmitJobMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type TenancySubmitJobMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', created: boolean, job: { __typename?: 'Job', id: string, status: JobStatus } } };

export type TenancyViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', project: { __typename?: 'Project', id: string, name: string }, apiKey: { __typename?: 'ApiKey', id: string, label: string, prefix: string, scopes: Array<string>, revokedAt?: string | null, lastUsedAt?: string | null } } };

export type TenancyGetAllQueryVariables = Exact<{
  specId: Scalars['ID']['input'];
  runId: Scalars['ID']['input'];
  datasetId: Scalars['ID']['input'];
  jobId: Scalars['ID']['input'];
}>;


export type TenancyGetAllQuery = { __typename?: 'Query', spec?: { __typename?: 'BehaviorSpec', id: string, name: string } | null, run?: { __typename?: 'Run', id: string, status: RunStatus } | null, dataset?: { __typename?: 'Dataset', id: string } | null, job?: { __typename?: 'Job', id: string, status: JobStatus } | null };

export type TenancyNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyNodeQuery = { __typename?: 'Query', node?: { __typename: 'ApiKey', id: string } | { __typename: 'BehaviorSpec', id: string } | { __typename: 'Dataset', id: string } | { __typename: 'Eval', id: string } | { __typename: 'Job', id: string } | { __typename: 'Model', id: string } | { __typename: 'Project', id: string } | { __typename: 'Run', id: string } | { __typename: 'Worker', id: string } | null };

export type TenancyUpdateSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSpecInput;
}>;


export type TenancyUpdateSpecMutation = { __typename?: 'Mutation', updateSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string, name: string } } };

export type TenancyDeleteSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyDeleteSpecMutation = { __typename?: 'Mutation', deleteSpec: { __typename?: 'DeletePayload', id: string } };

export type TenancyCancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyCancelRunMutation = { __typename?: 'Mutation', cancelRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, status: RunStatus } } };

export type TenancyCancelJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyCancelJobMutation = { __typename?: 'Mutation', cancelJob: { __typename?: 'JobPayload', job: { __typename?: 'Job', id: string, status: JobStatus } } };

export type TenancyCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type TenancyCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, label: string, prefix: string, scopes: Array<string>, createdAt: string, revokedAt?: string | null } } };

export type TenancyRevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenancyRevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } } };

export type TenancyCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type TenancyCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'CreateProjectPayload', apiKey: string, project: { __typename?: 'Project', id: string } } };

export type TenancyListsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyListsQuery = { __typename?: 'Query', specs: { __typename?: 'BehaviorSpecConnection', totalCount: number, edges: Array<{ __typename?: 'BehaviorSpecEdge', node: { __typename?: 'BehaviorSpec', id: string } }> }, runs: { __typename?: 'RunConnection', totalCount: number, edges: Array<{ __typename?: 'RunEdge', node: { __typename?: 'Run', id: string } }> }, datasets: { __typename?: 'DatasetConnection', totalCount: number, edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', id: string } }> }, jobs: { __typename?: 'JobConnection', totalCount: number, edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string } }> }, apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, label: string, prefix: string } }> } };

export type TextCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type TextCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string } } };

export type TextSpecsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TextSpecsQuery = { __typename?: 'Query', specs: { __typename?: 'BehaviorSpecConnection', totalCount: number } };

export type TextStartRunMutationVariables = Exact<{
  specId: Scalars['ID']['input'];
  input?: InputMaybe<StartRunInput>;
}>;


export type TextStartRunMutation = { __typename?: 'Mutation', startRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string } } };

export type TextRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type TextRunsQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', totalCount: number } };

export type TextFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FeedbackInput;
}>;


export type TextFeedbackMutation = { __typename?: 'Mutation', setRunFeedback: { __typename?: 'RunPayload', run: { __typename?: 'Run', feedback?: { __typename?: 'Feedback', comment?: string | null } | null } } };

export type TextCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type TextCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type TextSubmitJobMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type TextSubmitJobMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string } } };

export type TextCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type TextCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string } };

export type TorchSetupMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type TorchSetupMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type TorchBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type TorchBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string }> };

export type TorchSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type TorchSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string } } };

export type TorchJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TorchJobQuery = { __typename?: 'Query', job?: { __typename?: 'Job', status: JobStatus, retries: number, lastCheckpointStep: number, error?: string | null, worker?: { __typename?: 'Worker', id: string } | null, result?: { __typename?: 'JobResult', pplBaseline?: number | null, pplFinal?: number | null, tokensProcessed?: number | null } | null, outputModel?: { __typename?: 'Model', id: string, kind: ModelKind, params: number } | null, metrics: { __typename?: 'MetricSeries', count: number, points: Array<{ __typename?: 'MetricPoint', step: number, attempt: number }> } } | null };

export type TorchRegisterHfMutationVariables = Exact<{
  input: RegisterHuggingFaceModelInput;
}>;


export type TorchRegisterHfMutation = { __typename?: 'Mutation', registerHuggingFaceModel: { __typename?: 'ModelPayload', model: { __typename?: 'Model', id: string } } };

export type TorchGenerateMutationVariables = Exact<{
  input: GenerateInput;
}>;


export type TorchGenerateMutation = { __typename?: 'Mutation', generate: { __typename?: 'Generation', text: string, completionTokens: number } };

export type ReportsSetupMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type ReportsSetupMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type ReportsBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string }> };

export type ReportsSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type ReportsSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string } } };

export type ReportsJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportsJobQuery = { __typename?: 'Query', job?: { __typename?: 'Job', status: JobStatus, error?: string | null, result?: { __typename?: 'JobResult', lossFinal?: number | null, gpuSeconds?: number | null } | null, metrics: { __typename?: 'MetricSeries', points: Array<{ __typename?: 'MetricPoint', step: number, loss?: number | null }> }, logs: { __typename?: 'LogTail', lines: Array<{ __typename?: 'LogLine', stream: string, text: string }> } } | null };

export type TransCreateSpecMutationVariables = Exact<{
  input: CreateSpecInput;
}>;


export type TransCreateSpecMutation = { __typename?: 'Mutation', createSpec: { __typename?: 'SpecPayload', spec: { __typename?: 'BehaviorSpec', id: string } } };

export type TransStartRunMutationVariables = Exact<{
  specId: Scalars['ID']['input'];
}>;


export type TransStartRunMutation = { __typename?: 'Mutation', startRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, status: RunStatus } } };

export type TransCancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TransCancelRunMutation = { __typename?: 'Mutation', cancelRun: { __typename?: 'RunPayload', run: { __typename?: 'Run', id: string, status: RunStatus } } };

export type TransRunOfSpecStatusSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
  specId: Scalars['ID']['input'];
}>;


export type TransRunOfSpecStatusSubscription = { __typename?: 'Subscription', runStatus: { __typename?: 'RunStatusEvent', status: RunStatus } };

export type TransSpecRunsStatusSubscriptionVariables = Exact<{
  specId: Scalars['ID']['input'];
}>;


export type TransSpecRunsStatusSubscription = { __typename?: 'Subscription', runStatus: { __typename?: 'RunStatusEvent', status: RunStatus } };

export type TransDeleteSpecMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TransDeleteSpecMutation = { __typename?: 'Mutation', deleteSpec: { __typename?: 'DeletePayload', id: string } };

export type TransRunStatusSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type TransRunStatusSubscription = { __typename?: 'Subscription', runStatus: { __typename?: 'RunStatusEvent', status: RunStatus, previousStatus?: RunStatus | null, at: string, run: { __typename?: 'Run', id: string, status: RunStatus } } };

export type TransRunStatusNestedSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type TransRunStatusNestedSubscription = { __typename?: 'Subscription', runStatus: { __typename?: 'RunStatusEvent', status: RunStatus, previousStatus?: RunStatus | null, run: { __typename?: 'Run', id: string, spec: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', totalCount: number }, latestRun?: { __typename?: 'Run', spec: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', totalCount: number }, latestRun?: { __typename?: 'Run', spec: { __typename?: 'BehaviorSpec', runs: { __typename?: 'RunConnection', totalCount: number }, latestRun?: { __typename?: 'Run', id: string } | null } } | null } } | null } } } };

export type TransBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type TransBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string, name: string }> };

export type TransCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type TransCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type TransSubmitJobMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type TransSubmitJobMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', created: boolean, job: { __typename?: 'Job', id: string, status: JobStatus } } };

export type TransCancelJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TransCancelJobMutation = { __typename?: 'Mutation', cancelJob: { __typename?: 'JobPayload', job: { __typename?: 'Job', id: string, status: JobStatus } } };

export type TransJobStatusSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type TransJobStatusSubscription = { __typename?: 'Subscription', jobStatus: { __typename?: 'JobStatusEvent', status: JobStatus, previousStatus?: JobStatus | null, at: string, job: { __typename?: 'Job', id: string, status: JobStatus } } };

export type TransJobStatusRenamedSubscriptionVariables = Exact<{
  job: Scalars['ID']['input'];
}>;


export type TransJobStatusRenamedSubscription = { __typename?: 'Subscription', jobStatus: { __typename?: 'JobStatusEvent', status: JobStatus, previousStatus?: JobStatus | null, job: { __typename?: 'Job', id: string } } };

export type TransViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TransViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', project: { __typename?: 'Project', id: string, name: string }, apiKey: { __typename?: 'ApiKey', id: string } } };

export type TransCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type TransCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string } } };

export type TransRevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TransRevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } } };

export type TransNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TransNodeQuery = { __typename?: 'Query', node?: { __typename: 'ApiKey', id: string } | { __typename: 'BehaviorSpec', id: string } | { __typename: 'Dataset', id: string } | { __typename: 'Eval', id: string } | { __typename: 'Job', id: string } | { __typename: 'Model', id: string } | { __typename: 'Project', id: string } | { __typename: 'Run', id: string } | { __typename: 'Worker', id: string } | null };

export type PartitionSetupMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type PartitionSetupMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type PartitionBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartitionBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string }> };

export type PartitionSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type PartitionSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', job: { __typename?: 'Job', id: string } } };

export type PartitionJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartitionJobQuery = { __typename?: 'Query', job?: { __typename?: 'Job', status: JobStatus, retries: number, lastCheckpointStep: number, metrics: { __typename?: 'MetricSeries', points: Array<{ __typename?: 'MetricPoint', step: number, attempt: number }> } } | null };

export type PartitionWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartitionWorkersQuery = { __typename?: 'Query', workers: Array<{ __typename?: 'Worker', id: string, lastHeartbeatAt: string }> };

export type WorkSetupMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type WorkSetupMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'DatasetPayload', dataset: { __typename?: 'Dataset', id: string } } };

export type WorkBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkBaseModelsQuery = { __typename?: 'Query', baseModels: Array<{ __typename?: 'Model', id: string }> };

export type WorkSubmitMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type WorkSubmitMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', created: boolean, job: { __typename?: 'Job', id: string, status: JobStatus } } };

export type WorkJobStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkJobStateQuery = { __typename?: 'Query', job?: { __typename?: 'Job', id: string, status: JobStatus, retries: number, interruptions: number, lastCheckpointStep: number, error?: string | null, worker?: { __typename?: 'Worker', id: string } | null, result?: { __typename?: 'JobResult', lossFinal?: number | null, paramsAfter?: number | null } | null, outputModel?: { __typename?: 'Model', id: string, kind: ModelKind, name: string } | null, metrics: { __typename?: 'MetricSeries', count: number, latestStep?: number | null, latestSeq?: number | null, points: Array<{ __typename?: 'MetricPoint', seq: number, step: number, attempt: number, loss?: number | null }> }, logs: { __typename?: 'LogTail', latestSeq?: number | null, lines: Array<{ __typename?: 'LogLine', seq: number, text: string }> }, events: Array<{ __typename?: 'JobEvent', kind: string, payload: unknown }> } | null };

export type WorkCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkCancelMutation = { __typename?: 'Mutation', cancelJob: { __typename?: 'JobPayload', job: { __typename?: 'Job', id: string, status: JobStatus } } };

export type WorkMetricsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WorkMetricsSubscription = { __typename?: 'Subscription', jobMetrics: { __typename?: 'MetricPoint', seq: number, step: number, attempt: number, loss?: number | null } };

export type WorkEligibleWorkersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkEligibleWorkersQuery = { __typename?: 'Query', job?: { __typename?: 'Job', status: JobStatus, eligibleWorkers: Array<{ __typename?: 'Worker', id: string, environment: string }> } | null };

export type WorkLogsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WorkLogsSubscription = { __typename?: 'Subscription', jobLogs: { __typename?: 'LogLine', seq: number, text: string } };

export type WorkerStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerStatusesQuery = { __typename?: 'Query', workers: Array<{ __typename?: 'Worker', id: string, status: string }> };

export const RunsWholeRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunsWholeRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperparameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nEpochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<RunsWholeRunFieldsFragment, unknown>;
export const RacesCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RacesCreateSpecMutation, RacesCreateSpecMutationVariables>;
export const RacesUpdateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesUpdateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RacesUpdateSpecMutation, RacesUpdateSpecMutationVariables>;
export const RacesDeleteSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesDeleteSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RacesDeleteSpecMutation, RacesDeleteSpecMutationVariables>;
export const RacesCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RacesCreateApiKeyMutation, RacesCreateApiKeyMutationVariables>;
export const RacesRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RacesRevokeApiKeyMutation, RacesRevokeApiKeyMutationVariables>;
export const DsCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DsCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DsCreateDatasetMutation, DsCreateDatasetMutationVariables>;
export const DsGetDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsGetDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DsGetDatasetQuery, DsGetDatasetQueryVariables>;
export const DsDatasetRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsDatasetRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DsDatasetRecordsQuery, DsDatasetRecordsQueryVariables>;
export const DsListDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsListDatasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DsListDatasetsQuery, DsListDatasetsQueryVariables>;
export const DsBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DsBaseModelsQuery, DsBaseModelsQueryVariables>;
export const DsGetModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsGetModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<DsGetModelQuery, DsGetModelQueryVariables>;
export const DsListModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsListModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<DsListModelsQuery, DsListModelsQueryVariables>;
export const DsRegisterHfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DsRegisterHf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHuggingFaceModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHuggingFaceModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"config"}}]}}]}}]}}]} as unknown as DocumentNode<DsRegisterHfMutation, DsRegisterHfMutationVariables>;
export const DsSubmitOnHfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DsSubmitOnHf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hyperparams"}}]}}]}}]}}]} as unknown as DocumentNode<DsSubmitOnHfMutation, DsSubmitOnHfMutationVariables>;
export const DsEligibleWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsEligibleWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainers"}}]}}]}}]}}]} as unknown as DocumentNode<DsEligibleWorkersQuery, DsEligibleWorkersQueryVariables>;
export const DsGenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DsGenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DsGenerateMutation, DsGenerateMutationVariables>;
export const DsRecommendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsRecommend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"windows"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<DsRecommendQuery, DsRecommendQueryVariables>;
export const DsCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DsCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DsCreateSpecMutation, DsCreateSpecMutationVariables>;
export const DsStartRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DsStartRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRunInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DsStartRunMutation, DsStartRunMutationVariables>;
export const EmbSearchViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbSearchViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EmbSearchViewerQuery, EmbSearchViewerQueryVariables>;
export const EmbSearchPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbSearchPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunFacetField"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"AVG_SCORE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATUS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<EmbSearchPanelQuery, EmbSearchPanelQueryVariables>;
export const EmbBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<EmbBaseModelsQuery, EmbBaseModelsQueryVariables>;
export const EmbCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmbCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmbCreateSpecMutation, EmbCreateSpecMutationVariables>;
export const EmbGetSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbGetSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}}]}}]} as unknown as DocumentNode<EmbGetSpecQuery, EmbGetSpecQueryVariables>;
export const EmbWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EmbWorkersQuery, EmbWorkersQueryVariables>;
export const EmbViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmbViewerQuery, EmbViewerQueryVariables>;
export const EmbCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmbCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EmbCreateDatasetMutation, EmbCreateDatasetMutationVariables>;
export const EmbSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmbSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EmbSubmitMutation, EmbSubmitMutationVariables>;
export const EmbJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pplBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"pplFinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<EmbJobQuery, EmbJobQueryVariables>;
export const FacetsPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetsPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunFacetField"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FacetsPanelQuery, FacetsPanelQueryVariables>;
export const FacetsRunCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetsRunCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FacetsRunCountQuery, FacetsRunCountQueryVariables>;
export const FacetsFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetsFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunFacetField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runFilterOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<FacetsFilterOptionsQuery, FacetsFilterOptionsQueryVariables>;
export const FacetsStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetsStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunFacetField"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeBucket"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"avgScore"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"p50DurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"p95DurationMs"}}]}}]}}]} as unknown as DocumentNode<FacetsStatsQuery, FacetsStatsQueryVariables>;
export const FacetsStatsSelectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetsStatsSelected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDuration"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ENVIRONMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"bucketStart"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avgScore"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"spend"},"name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"p95DurationMs"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDuration"}}}]}]}]}}]}}]} as unknown as DocumentNode<FacetsStatsSelectedQuery, FacetsStatsSelectedQueryVariables>;
export const FacetsJobFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetsJobFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFacetField"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FacetsJobFacetsQuery, FacetsJobFacetsQueryVariables>;
export const FacetsSetTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacetsSetTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRunTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<FacetsSetTagsMutation, FacetsSetTagsMutationVariables>;
export const FacetsSetFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacetsSetFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRunFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacetsSetFeedbackMutation, FacetsSetFeedbackMutationVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const PipelineCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineCreateSpecMutation, PipelineCreateSpecMutationVariables>;
export const PipelineStartRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineStartRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRunInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineStartRunMutation, PipelineStartRunMutationVariables>;
export const PipelineCancelRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineCancelRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineCancelRunMutation, PipelineCancelRunMutationVariables>;
export const JobsBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<JobsBaseModelsQuery, JobsBaseModelsQueryVariables>;
export const JobsCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<JobsCreateDatasetMutation, JobsCreateDatasetMutationVariables>;
export const JobsSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"retries"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckpointStep"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"hyperparams"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsSubmitMutation, JobsSubmitMutationVariables>;
export const JobsGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"retries"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckpointStep"}},{"kind":"Field","name":{"kind":"Name","value":"hyperparams"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<JobsGetQuery, JobsGetQueryVariables>;
export const JobsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsListQuery, JobsListQueryVariables>;
export const JobsCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<JobsCancelMutation, JobsCancelMutationVariables>;
export const LimitsDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsDeepQuery, LimitsDeepQueryVariables>;
export const LimitsShallowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsShallow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsShallowQuery, LimitsShallowQueryVariables>;
export const LimitsSpecsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsSpecsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsSpecsPageQuery, LimitsSpecsPageQueryVariables>;
export const LimitsCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LimitsCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsCreateSpecMutation, LimitsCreateSpecMutationVariables>;
export const PageCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PageCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PageCreateSpecMutation, PageCreateSpecMutationVariables>;
export const PageSpecsForwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageSpecsForward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PageSpecsForwardQuery, PageSpecsForwardQueryVariables>;
export const PageSpecsBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageSpecsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PageSpecsBackwardQuery, PageSpecsBackwardQueryVariables>;
export const RateViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RateViewerQuery, RateViewerQueryVariables>;
export const RateCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<RateCreateKeyMutation, RateCreateKeyMutationVariables>;
export const RateCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RateCreateSpecMutation, RateCreateSpecMutationVariables>;
export const RateSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RateSpecsQuery, RateSpecsQueryVariables>;
export const RateJobStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RateJobStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RateJobStatusSubscription, RateJobStatusSubscriptionVariables>;
export const RecommendationBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<RecommendationBaseModelsQuery, RecommendationBaseModelsQueryVariables>;
export const RecommendationCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendationCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenEstimate"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationCreateDatasetMutation, RecommendationCreateDatasetMutationVariables>;
export const RecommendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelParams"}},{"kind":"Field","name":{"kind":"Name","value":"datasetTokensEst"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"windows"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}}]}}]} as unknown as DocumentNode<RecommendQuery, RecommendQueryVariables>;
export const RecommendationSubmitTrainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendationSubmitTrain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationSubmitTrainMutation, RecommendationSubmitTrainMutationVariables>;
export const RedisSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RedisSetupMutation, RedisSetupMutationVariables>;
export const RedisBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedisBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RedisBaseModelsQuery, RedisBaseModelsQueryVariables>;
export const RedisSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RedisSubmitMutation, RedisSubmitMutationVariables>;
export const RedisJobStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedisJobState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}}]}}]}}]}}]} as unknown as DocumentNode<RedisJobStateQuery, RedisJobStateQueryVariables>;
export const RedisMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RedisMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"step"}}]}}]}}]} as unknown as DocumentNode<RedisMetricsSubscription, RedisMetricsSubscriptionVariables>;
export const PipelineJobLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineJobLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineJobLogQuery, PipelineJobLogQueryVariables>;
export const PipelineRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hyperparams"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"avgScore"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"exactMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMethod"}},{"kind":"Field","name":{"kind":"Name","value":"regressions"}},{"kind":"Field","name":{"kind":"Name","value":"improvements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMethod"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineRunQuery, PipelineRunQueryVariables>;
export const PipelineGenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineGenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}}]}}]}}]} as unknown as DocumentNode<PipelineGenerateMutation, PipelineGenerateMutationVariables>;
export const PipelineRunStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PipelineRunStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineRunStatusSubscription, PipelineRunStatusSubscriptionVariables>;
export const PipelineJobMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PipelineJobMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}}]}}]}}]} as unknown as DocumentNode<PipelineJobMetricsSubscription, PipelineJobMetricsSubscriptionVariables>;
export const PipelineJobLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PipelineJobLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<PipelineJobLogsSubscription, PipelineJobLogsSubscriptionVariables>;
export const RunsCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunsCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"systemPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RunsCreateSpecMutation, RunsCreateSpecMutationVariables>;
export const RunsUpdateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunsUpdateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RunsUpdateSpecMutation, RunsUpdateSpecMutationVariables>;
export const RunsDeleteSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunsDeleteSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RunsDeleteSpecMutation, RunsDeleteSpecMutationVariables>;
export const RunsStartRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunsStartRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRunInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"specSnapshot"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperparameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"nEpochs"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"loraRank"}},{"kind":"Field","name":{"kind":"Name","value":"loraAlpha"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunsStartRunMutation, RunsStartRunMutationVariables>;
export const RunsGetRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsGetRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specSnapshot"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunsGetRunQuery, RunsGetRunQueryVariables>;
export const RunsCancelRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunsCancelRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RunsCancelRunMutation, RunsCancelRunMutationVariables>;
export const RunsSetFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunsSetFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRunFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunsSetFeedbackMutation, RunsSetFeedbackMutationVariables>;
export const RunsSetTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunsSetTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRunTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<RunsSetTagsMutation, RunsSetTagsMutationVariables>;
export const RunsListRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsListRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RunsListRunsQuery, RunsListRunsQueryVariables>;
export const RunsSnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsSnapshots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specSnapshot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunsSnapshotsQuery, RunsSnapshotsQueryVariables>;
export const RunsWholeRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsWholeRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunsWholeRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunsWholeRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperparameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nEpochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<RunsWholeRunQuery, RunsWholeRunQueryVariables>;
export const RunsFewFieldsThenWholeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsFewFieldsThenWhole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunsWholeRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunsWholeRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperparameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nEpochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<RunsFewFieldsThenWholeQuery, RunsFewFieldsThenWholeQueryVariables>;
export const RunsListSelectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsListSelected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"label"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"specName"},"name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunsWholeRunFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunsWholeRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperparameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nEpochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<RunsListSelectedQuery, RunsListSelectedQueryVariables>;
export const RunsSpecRunsSelectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsSpecRunsSelected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunsWholeRunFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunsWholeRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperparameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nEpochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<RunsSpecRunsSelectedQuery, RunsSpecRunsSelectedQueryVariables>;
export const RunsSpecRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsSpecRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunsSpecRunsQuery, RunsSpecRunsQueryVariables>;
export const RunsBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunsBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]} as unknown as DocumentNode<RunsBaseModelsQuery, RunsBaseModelsQueryVariables>;
export const SearchRunPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRunPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchRunPageQuery, SearchRunPageQueryVariables>;
export const SearchRenameSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchRenameSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchRenameSpecMutation, SearchRenameSpecMutationVariables>;
export const SearchSetTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchSetTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRunTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchSetTagsMutation, SearchSetTagsMutationVariables>;
export const SharedSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SharedSetupMutation, SharedSetupMutationVariables>;
export const SharedBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SharedBaseModelsQuery, SharedBaseModelsQueryVariables>;
export const SharedSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SharedSubmitMutation, SharedSubmitMutationVariables>;
export const SharedCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<SharedCreateKeyMutation, SharedCreateKeyMutationVariables>;
export const SharedViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SharedViewerQuery, SharedViewerQueryVariables>;
export const SharedCancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedCancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SharedCancelJobMutation, SharedCancelJobMutationVariables>;
export const SharedMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}}]}}]}}]} as unknown as DocumentNode<SharedMetricsSubscription, SharedMetricsSubscriptionVariables>;
export const SharedMetricsSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedMetricsSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sinceStep"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sinceStep"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sinceStep"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"step"}}]}}]}}]} as unknown as DocumentNode<SharedMetricsSinceSubscription, SharedMetricsSinceSubscriptionVariables>;
export const SharedLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SharedLogsSubscription, SharedLogsSubscriptionVariables>;
export const SharedJobStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedJobStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}}]}}]}}]} as unknown as DocumentNode<SharedJobStatusSubscription, SharedJobStatusSubscriptionVariables>;
export const SharedProjectJobStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedProjectJobStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}}]}}]}}]} as unknown as DocumentNode<SharedProjectJobStatusSubscription, SharedProjectJobStatusSubscriptionVariables>;
export const SharedProjectJobStatusWithLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedProjectJobStatusWithLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedProjectJobStatusWithLogsSubscription, SharedProjectJobStatusWithLogsSubscriptionVariables>;
export const SharedJobTelemetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedJobTelemetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sinceSeq"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedJobTelemetryQuery, SharedJobTelemetryQueryVariables>;
export const SharedJobLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedJobLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sinceSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sinceSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sinceSeq"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedJobLogsQuery, SharedJobLogsQueryVariables>;
export const SharedWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SharedWorkersQuery, SharedWorkersQueryVariables>;
export const CreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"systemPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSpecMutation, CreateSpecMutationVariables>;
export const GetSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"systemPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<GetSpecQuery, GetSpecQueryVariables>;
export const UpdateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"systemPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSpecMutation, UpdateSpecMutationVariables>;
export const DeleteSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteSpecMutation, DeleteSpecMutationVariables>;
export const ListSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListSpecsQuery, ListSpecsQueryVariables>;
export const TenancyCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCreateSpecMutation, TenancyCreateSpecMutationVariables>;
export const TenancyStartRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyStartRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyStartRunMutation, TenancyStartRunMutationVariables>;
export const TenancyCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCreateDatasetMutation, TenancyCreateDatasetMutationVariables>;
export const TenancyBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TenancyBaseModelsQuery, TenancyBaseModelsQueryVariables>;
export const TenancySubmitJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancySubmitJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TenancySubmitJobMutation, TenancySubmitJobMutationVariables>;
export const TenancyViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyViewerQuery, TenancyViewerQueryVariables>;
export const TenancyGetAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyGetAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyGetAllQuery, TenancyGetAllQueryVariables>;
export const TenancyNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TenancyNodeQuery, TenancyNodeQueryVariables>;
export const TenancyUpdateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyUpdateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyUpdateSpecMutation, TenancyUpdateSpecMutationVariables>;
export const TenancyDeleteSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyDeleteSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyDeleteSpecMutation, TenancyDeleteSpecMutationVariables>;
export const TenancyCancelRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCancelRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCancelRunMutation, TenancyCancelRunMutationVariables>;
export const TenancyCancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCancelJobMutation, TenancyCancelJobMutationVariables>;
export const TenancyCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCreateApiKeyMutation, TenancyCreateApiKeyMutationVariables>;
export const TenancyRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyRevokeApiKeyMutation, TenancyRevokeApiKeyMutationVariables>;
export const TenancyCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}}]}}]}}]} as unknown as DocumentNode<TenancyCreateProjectMutation, TenancyCreateProjectMutationVariables>;
export const TenancyListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyListsQuery, TenancyListsQueryVariables>;
export const TextCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TextCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TextCreateSpecMutation, TextCreateSpecMutationVariables>;
export const TextSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TextSpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TextSpecsQuery, TextSpecsQueryVariables>;
export const TextStartRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TextStartRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRunInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TextStartRunMutation, TextStartRunMutationVariables>;
export const TextRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TextRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TextRunsQuery, TextRunsQueryVariables>;
export const TextFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TextFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRunFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TextFeedbackMutation, TextFeedbackMutationVariables>;
export const TextCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TextCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TextCreateDatasetMutation, TextCreateDatasetMutationVariables>;
export const TextSubmitJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TextSubmitJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TextSubmitJobMutation, TextSubmitJobMutationVariables>;
export const TextCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TextCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<TextCreateApiKeyMutation, TextCreateApiKeyMutationVariables>;
export const TorchSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TorchSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TorchSetupMutation, TorchSetupMutationVariables>;
export const TorchBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TorchBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TorchBaseModelsQuery, TorchBaseModelsQueryVariables>;
export const TorchSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TorchSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TorchSubmitMutation, TorchSubmitMutationVariables>;
export const TorchJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TorchJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retries"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckpointStep"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pplBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"pplFinal"}},{"kind":"Field","name":{"kind":"Name","value":"tokensProcessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TorchJobQuery, TorchJobQueryVariables>;
export const TorchRegisterHfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TorchRegisterHf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHuggingFaceModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHuggingFaceModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TorchRegisterHfMutation, TorchRegisterHfMutationVariables>;
export const TorchGenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TorchGenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}}]}}]}}]} as unknown as DocumentNode<TorchGenerateMutation, TorchGenerateMutationVariables>;
export const ReportsSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsSetupMutation, ReportsSetupMutationVariables>;
export const ReportsBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportsBaseModelsQuery, ReportsBaseModelsQueryVariables>;
export const ReportsSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsSubmitMutation, ReportsSubmitMutationVariables>;
export const ReportsJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lossFinal"}},{"kind":"Field","name":{"kind":"Name","value":"gpuSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsJobQuery, ReportsJobQueryVariables>;
export const TransCreateSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransCreateSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpecInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransCreateSpecMutation, TransCreateSpecMutationVariables>;
export const TransStartRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransStartRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TransStartRunMutation, TransStartRunMutationVariables>;
export const TransCancelRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransCancelRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TransCancelRunMutation, TransCancelRunMutationVariables>;
export const TransRunOfSpecStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransRunOfSpecStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransRunOfSpecStatusSubscription, TransRunOfSpecStatusSubscriptionVariables>;
export const TransSpecRunsStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransSpecRunsStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransSpecRunsStatusSubscription, TransSpecRunsStatusSubscriptionVariables>;
export const TransDeleteSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransDeleteSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TransDeleteSpecMutation, TransDeleteSpecMutationVariables>;
export const TransRunStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransRunStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TransRunStatusSubscription, TransRunStatusSubscriptionVariables>;
export const TransRunStatusNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransRunStatusNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransRunStatusNestedSubscription, TransRunStatusNestedSubscriptionVariables>;
export const TransBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TransBaseModelsQuery, TransBaseModelsQueryVariables>;
export const TransCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransCreateDatasetMutation, TransCreateDatasetMutationVariables>;
export const TransSubmitJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransSubmitJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TransSubmitJobMutation, TransSubmitJobMutationVariables>;
export const TransCancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransCancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TransCancelJobMutation, TransCancelJobMutationVariables>;
export const TransJobStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransJobStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TransJobStatusSubscription, TransJobStatusSubscriptionVariables>;
export const TransJobStatusRenamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransJobStatusRenamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"job"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"job"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransJobStatusRenamedSubscription, TransJobStatusRenamedSubscriptionVariables>;
export const TransViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransViewerQuery, TransViewerQueryVariables>;
export const TransCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<TransCreateApiKeyMutation, TransCreateApiKeyMutationVariables>;
export const TransRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TransRevokeApiKeyMutation, TransRevokeApiKeyMutationVariables>;
export const TransNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TransNodeQuery, TransNodeQueryVariables>;
export const PartitionSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartitionSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PartitionSetupMutation, PartitionSetupMutationVariables>;
export const PartitionBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartitionBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartitionBaseModelsQuery, PartitionBaseModelsQueryVariables>;
export const PartitionSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartitionSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PartitionSubmitMutation, PartitionSubmitMutationVariables>;
export const PartitionJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartitionJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retries"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckpointStep"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartitionJobQuery, PartitionJobQueryVariables>;
export const PartitionWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartitionWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}}]}}]}}]} as unknown as DocumentNode<PartitionWorkersQuery, PartitionWorkersQueryVariables>;
export const WorkSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkSetupMutation, WorkSetupMutationVariables>;
export const WorkBaseModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkBaseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WorkBaseModelsQuery, WorkBaseModelsQueryVariables>;
export const WorkSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<WorkSubmitMutation, WorkSubmitMutationVariables>;
export const WorkJobStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkJobState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retries"}},{"kind":"Field","name":{"kind":"Name","value":"interruptions"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckpointStep"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lossFinal"}},{"kind":"Field","name":{"kind":"Name","value":"paramsAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"latestStep"}},{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]} as unknown as DocumentNode<WorkJobStateQuery, WorkJobStateQueryVariables>;
export const WorkCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WorkCancelMutation, WorkCancelMutationVariables>;
export const WorkMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}}]}}]}}]} as unknown as DocumentNode<WorkMetricsSubscription, WorkMetricsSubscriptionVariables>;
export const WorkEligibleWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkEligibleWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}}]}}]}}]}}]} as unknown as DocumentNode<WorkEligibleWorkersQuery, WorkEligibleWorkersQueryVariables>;
export const WorkLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<WorkLogsSubscription, WorkLogsSubscriptionVariables>;
export const WorkerStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WorkerStatusesQuery, WorkerStatusesQueryVariables>;