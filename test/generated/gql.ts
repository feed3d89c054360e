/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id name recordCount bytes tokenEstimate source createdAt\n        records(first: 100) { totalCount edges { node { position prompt completion provenance } } }\n      }\n    }\n  }\n": typeof types.DsCreateDatasetDocument,
    "\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) { id name recordCount bytes tokenEstimate source createdAt }\n  }\n": typeof types.DsGetDatasetDocument,
    "\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges { cursor node { position prompt completion } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.DsDatasetRecordsDocument,
    "\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges { node { id name recordCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DsListDatasetsDocument,
    "\n  query DsBaseModels {\n    baseModels { id name kind params baseModel { id } job { id } createdAt }\n  }\n": typeof types.DsBaseModelsDocument,
    "\n  query DsGetModel($id: ID!) {\n    model(id: $id) { id name kind params }\n  }\n": typeof types.DsGetModelDocument,
    "\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges { node { id name kind } }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.DsListModelsDocument,
    "\n  query EmbBaseModels { baseModels { name params } }\n": typeof types.EmbBaseModelsDocument,
    "\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n": typeof types.EmbCreateSpecDocument,
    "\n  query EmbGetSpec($id: ID!) { spec(id: $id) { id name examples { input expected } } }\n": typeof types.EmbGetSpecDocument,
    "\n  query EmbViewer { viewer { project { name } } }\n": typeof types.EmbViewerDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  query JobsBaseModels { baseModels { id name } }\n": typeof types.JobsBaseModelsDocument,
    "\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": typeof types.JobsCreateDatasetDocument,
    "\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id type status idempotencyKey retries lastCheckpointStep error hyperparams environment\n        createdAt startedAt finishedAt\n        baseModel { id } sourceModel { id } dataset { id } outputModel { id } result { costUsd }\n      }\n    }\n  }\n": typeof types.JobsSubmitDocument,
    "\n  query JobsGet($id: ID!) {\n    job(id: $id) { id type status idempotencyKey retries lastCheckpointStep hyperparams finishedAt }\n  }\n": typeof types.JobsGetDocument,
    "\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges { node { id type status } }\n    }\n  }\n": typeof types.JobsListDocument,
    "\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) { job { id status finishedAt } }\n  }\n": typeof types.JobsCancelDocument,
    "\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node { id }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsDeepDocument,
    "\n  query LimitsShallow($id: ID!) {\n    run(id: $id) { spec { runs { edges { node { id } } } } }\n  }\n": typeof types.LimitsShallowDocument,
    "\n  query LimitsManyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n    a21: viewer { project { id } }\n  }\n": typeof types.LimitsManyAliasesDocument,
    "\n  query LimitsTwentyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n  }\n": typeof types.LimitsTwentyAliasesDocument,
    "\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) { totalCount edges { node { id } } }\n  }\n": typeof types.LimitsSpecsPageDocument,
    "\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n": typeof types.LimitsCreateSpecDocument,
    "\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id createdAt } }\n  }\n": typeof types.PageCreateSpecDocument,
    "\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PageSpecsForwardDocument,
    "\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PageSpecsBackwardDocument,
    "\n  mutation RedisSetup($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { id } } }\n": typeof types.RedisSetupDocument,
    "query RedisBaseModels { baseModels { id } }": typeof types.RedisBaseModelsDocument,
    "\n  mutation RedisSubmit($input: SubmitJobInput!) { submitJob(input: $input) { job { id } } }\n": typeof types.RedisSubmitDocument,
    "\n  query RedisJobState($id: ID!) { job(id: $id) { status metrics { latestSeq } } }\n": typeof types.RedisJobStateDocument,
    "\n  subscription RedisMetrics($jobId: ID!) { jobMetrics(jobId: $jobId) { seq step } }\n": typeof types.RedisMetricsDocument,
    "\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } updatedAt }\n    }\n  }\n": typeof types.RunsCreateSpecDocument,
    "\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n": typeof types.RunsUpdateSpecDocument,
    "\n  mutation RunsDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": typeof types.RunsDeleteSpecDocument,
    "\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id name runNumber status error specSnapshot tags environment metadata createdAt startedAt completedAt\n        spec { id name }\n        baseModel { id name kind }\n        hyperparameters { augment nEpochs learningRate batchSize loraRank loraAlpha }\n        parent { id }\n        evalSummary { total }\n        feedback { score }\n        dataset { id }\n        job { id }\n        model { id }\n      }\n    }\n  }\n": typeof types.RunsStartRunDocument,
    "\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id name runNumber status specSnapshot tags completedAt\n      spec { id name }\n      parent { id }\n      children(first: 50) { totalCount edges { node { id } } }\n      feedback { score flags comment }\n      evalSummary { total }\n      evals(first: 10) { totalCount edges { node { id } } pageInfo { hasNextPage } }\n    }\n  }\n": typeof types.RunsGetRunDocument,
    "\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status createdAt completedAt } }\n  }\n": typeof types.RunsCancelRunDocument,
    "\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) { run { id feedback { score flags comment } } }\n  }\n": typeof types.RunsSetFeedbackDocument,
    "\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) { run { id tags } }\n  }\n": typeof types.RunsSetTagsDocument,
    "\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges { node { id name runNumber createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.RunsListRunsDocument,
    "\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id updatedAt\n      latestRun { id runNumber }\n      runs(first: $first) { totalCount edges { node { id runNumber createdAt } } pageInfo { hasNextPage } }\n    }\n  }\n": typeof types.RunsSpecRunsDocument,
    "\n  query RunsBaseModels { baseModels { id name params } }\n": typeof types.RunsBaseModelsDocument,
    "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } createdAt updatedAt }\n    }\n  }\n": typeof types.CreateSpecDocument,
    "\n  query GetSpec($id: ID!) {\n    spec(id: $id) { id name description systemPrompt tags examples { input expected } latestRun { id } runs { totalCount } }\n  }\n": typeof types.GetSpecDocument,
    "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name description systemPrompt examples { input expected } tags } }\n  }\n": typeof types.UpdateSpecDocument,
    "\n  mutation DeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": typeof types.DeleteSpecDocument,
    "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ListSpecsDocument,
    "\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n": typeof types.TenancyCreateSpecDocument,
    "\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n": typeof types.TenancyStartRunDocument,
    "\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": typeof types.TenancyCreateDatasetDocument,
    "\n  query TenancyBaseModels { baseModels { id name } }\n": typeof types.TenancyBaseModelsDocument,
    "\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n": typeof types.TenancySubmitJobDocument,
    "\n  query TenancyViewer {\n    viewer {\n      project { id name }\n      apiKey { id label prefix scopes revokedAt }\n    }\n  }\n": typeof types.TenancyViewerDocument,
    "\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) { id name }\n    run(id: $runId) { id status }\n    dataset(id: $datasetId) { id }\n    job(id: $jobId) { id status }\n  }\n": typeof types.TenancyGetAllDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": typeof types.TenancyNodeDocument,
    "\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n": typeof types.TenancyUpdateSpecDocument,
    "\n  mutation TenancyDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": typeof types.TenancyDeleteSpecDocument,
    "\n  mutation TenancyCancelRun($id: ID!) { cancelRun(id: $id) { run { id status } } }\n": typeof types.TenancyCancelRunDocument,
    "\n  mutation TenancyCancelJob($id: ID!) { cancelJob(id: $id) { job { id status } } }\n": typeof types.TenancyCancelJobDocument,
    "\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id label prefix scopes createdAt revokedAt }\n    }\n  }\n": typeof types.TenancyCreateApiKeyDocument,
    "\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n": typeof types.TenancyRevokeApiKeyDocument,
    "\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { project { id } apiKey }\n  }\n": typeof types.TenancyCreateProjectDocument,
    "\n  query TenancyLists {\n    specs(first: 100) { totalCount edges { node { id } } }\n    runs(first: 100) { totalCount edges { node { id } } }\n    datasets(first: 100) { totalCount edges { node { id } } }\n    jobs(first: 100) { totalCount edges { node { id } } }\n    apiKeys(first: 100) { totalCount edges { node { id label prefix } } }\n  }\n": typeof types.TenancyListsDocument,
    "\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n": typeof types.TransCreateSpecDocument,
    "\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n": typeof types.TransStartRunDocument,
    "\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status } }\n  }\n": typeof types.TransCancelRunDocument,
    "\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) { status previousStatus at run { id status } }\n  }\n": typeof types.TransRunStatusDocument,
    "\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { id } } } } } }\n      }\n    }\n  }\n": typeof types.TransRunStatusNestedDocument,
    "\n  query TransBaseModels { baseModels { id name } }\n": typeof types.TransBaseModelsDocument,
    "\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": typeof types.TransCreateDatasetDocument,
    "\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n": typeof types.TransSubmitJobDocument,
    "\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status } }\n  }\n": typeof types.TransCancelJobDocument,
    "\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) { status previousStatus at job { id status } }\n  }\n": typeof types.TransJobStatusDocument,
    "\n  query TransViewer { viewer { project { id name } apiKey { id } } }\n": typeof types.TransViewerDocument,
    "\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { id } secret }\n  }\n": typeof types.TransCreateApiKeyDocument,
    "\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n": typeof types.TransRevokeApiKeyDocument,
    "\n  query TransNode($id: ID!) { node(id: $id) { __typename id } }\n": typeof types.TransNodeDocument,
    "\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": typeof types.WorkSetupDocument,
    "query WorkBaseModels { baseModels { id } }": typeof types.WorkBaseModelsDocument,
    "\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) { job { id status } created }\n  }\n": typeof types.WorkSubmitDocument,
    "\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id status retries lastCheckpointStep error\n      worker { id }\n      result { lossFinal paramsAfter }\n      outputModel { id kind }\n      metrics { count latestStep latestSeq points { seq step attempt loss } }\n      logs(limit: 5000) { latestSeq lines { seq text } }\n      events { kind payload }\n    }\n  }\n": typeof types.WorkJobStateDocument,
    "mutation WorkCancel($id: ID!) { cancelJob(id: $id) { job { id status } } }": typeof types.WorkCancelDocument,
    "\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) { seq step attempt loss }\n  }\n": typeof types.WorkMetricsDocument,
    "\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) { seq text }\n  }\n": typeof types.WorkLogsDocument,
};
const documents: Documents = {
    "\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id name recordCount bytes tokenEstimate source createdAt\n        records(first: 100) { totalCount edges { node { position prompt completion provenance } } }\n      }\n    }\n  }\n": types.DsCreateDatasetDocument,
    "\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) { id name recordCount bytes tokenEstimate source createdAt }\n  }\n": types.DsGetDatasetDocument,
    "\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges { cursor node { position prompt completion } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.DsDatasetRecordsDocument,
    "\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges { node { id name recordCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DsListDatasetsDocument,
    "\n  query DsBaseModels {\n    baseModels { id name kind params baseModel { id } job { id } createdAt }\n  }\n": types.DsBaseModelsDocument,
    "\n  query DsGetModel($id: ID!) {\n    model(id: $id) { id name kind params }\n  }\n": types.DsGetModelDocument,
    "\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges { node { id name kind } }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.DsListModelsDocument,
    "\n  query EmbBaseModels { baseModels { name params } }\n": types.EmbBaseModelsDocument,
    "\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n": types.EmbCreateSpecDocument,
    "\n  query EmbGetSpec($id: ID!) { spec(id: $id) { id name examples { input expected } } }\n": types.EmbGetSpecDocument,
    "\n  query EmbViewer { viewer { project { name } } }\n": types.EmbViewerDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n": types.CreateProjectDocument,
    "\n  query JobsBaseModels { baseModels { id name } }\n": types.JobsBaseModelsDocument,
    "\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": types.JobsCreateDatasetDocument,
    "\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id type status idempotencyKey retries lastCheckpointStep error hyperparams environment\n        createdAt startedAt finishedAt\n        baseModel { id } sourceModel { id } dataset { id } outputModel { id } result { costUsd }\n      }\n    }\n  }\n": types.JobsSubmitDocument,
    "\n  query JobsGet($id: ID!) {\n    job(id: $id) { id type status idempotencyKey retries lastCheckpointStep hyperparams finishedAt }\n  }\n": types.JobsGetDocument,
    "\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges { node { id type status } }\n    }\n  }\n": types.JobsListDocument,
    "\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) { job { id status finishedAt } }\n  }\n": types.JobsCancelDocument,
    "\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node { id }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LimitsDeepDocument,
    "\n  query LimitsShallow($id: ID!) {\n    run(id: $id) { spec { runs { edges { node { id } } } } }\n  }\n": types.LimitsShallowDocument,
    "\n  query LimitsManyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n    a21: viewer { project { id } }\n  }\n": types.LimitsManyAliasesDocument,
    "\n  query LimitsTwentyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n  }\n": types.LimitsTwentyAliasesDocument,
    "\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) { totalCount edges { node { id } } }\n  }\n": types.LimitsSpecsPageDocument,
    "\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n": types.LimitsCreateSpecDocument,
    "\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id createdAt } }\n  }\n": types.PageCreateSpecDocument,
    "\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PageSpecsForwardDocument,
    "\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PageSpecsBackwardDocument,
    "\n  mutation RedisSetup($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { id } } }\n": types.RedisSetupDocument,
    "query RedisBaseModels { baseModels { id } }": types.RedisBaseModelsDocument,
    "\n  mutation RedisSubmit($input: SubmitJobInput!) { submitJob(input: $input) { job { id } } }\n": types.RedisSubmitDocument,
    "\n  query RedisJobState($id: ID!) { job(id: $id) { status metrics { latestSeq } } }\n": types.RedisJobStateDocument,
    "\n  subscription RedisMetrics($jobId: ID!) { jobMetrics(jobId: $jobId) { seq step } }\n": types.RedisMetricsDocument,
    "\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } updatedAt }\n    }\n  }\n": types.RunsCreateSpecDocument,
    "\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n": types.RunsUpdateSpecDocument,
    "\n  mutation RunsDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": types.RunsDeleteSpecDocument,
    "\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id name runNumber status error specSnapshot tags environment metadata createdAt startedAt completedAt\n        spec { id name }\n        baseModel { id name kind }\n        hyperparameters { augment nEpochs learningRate batchSize loraRank loraAlpha }\n        parent { id }\n        evalSummary { total }\n        feedback { score }\n        dataset { id }\n        job { id }\n        model { id }\n      }\n    }\n  }\n": types.RunsStartRunDocument,
    "\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id name runNumber status specSnapshot tags completedAt\n      spec { id name }\n      parent { id }\n      children(first: 50) { totalCount edges { node { id } } }\n      feedback { score flags comment }\n      evalSummary { total }\n      evals(first: 10) { totalCount edges { node { id } } pageInfo { hasNextPage } }\n    }\n  }\n": types.RunsGetRunDocument,
    "\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status createdAt completedAt } }\n  }\n": types.RunsCancelRunDocument,
    "\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) { run { id feedback { score flags comment } } }\n  }\n": types.RunsSetFeedbackDocument,
    "\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) { run { id tags } }\n  }\n": types.RunsSetTagsDocument,
    "\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges { node { id name runNumber createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.RunsListRunsDocument,
    "\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id updatedAt\n      latestRun { id runNumber }\n      runs(first: $first) { totalCount edges { node { id runNumber createdAt } } pageInfo { hasNextPage } }\n    }\n  }\n": types.RunsSpecRunsDocument,
    "\n  query RunsBaseModels { baseModels { id name params } }\n": types.RunsBaseModelsDocument,
    "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } createdAt updatedAt }\n    }\n  }\n": types.CreateSpecDocument,
    "\n  query GetSpec($id: ID!) {\n    spec(id: $id) { id name description systemPrompt tags examples { input expected } latestRun { id } runs { totalCount } }\n  }\n": types.GetSpecDocument,
    "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name description systemPrompt examples { input expected } tags } }\n  }\n": types.UpdateSpecDocument,
    "\n  mutation DeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": types.DeleteSpecDocument,
    "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ListSpecsDocument,
    "\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n": types.TenancyCreateSpecDocument,
    "\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n": types.TenancyStartRunDocument,
    "\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": types.TenancyCreateDatasetDocument,
    "\n  query TenancyBaseModels { baseModels { id name } }\n": types.TenancyBaseModelsDocument,
    "\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n": types.TenancySubmitJobDocument,
    "\n  query TenancyViewer {\n    viewer {\n      project { id name }\n      apiKey { id label prefix scopes revokedAt }\n    }\n  }\n": types.TenancyViewerDocument,
    "\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) { id name }\n    run(id: $runId) { id status }\n    dataset(id: $datasetId) { id }\n    job(id: $jobId) { id status }\n  }\n": types.TenancyGetAllDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": types.TenancyNodeDocument,
    "\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n": types.TenancyUpdateSpecDocument,
    "\n  mutation TenancyDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": types.TenancyDeleteSpecDocument,
    "\n  mutation TenancyCancelRun($id: ID!) { cancelRun(id: $id) { run { id status } } }\n": types.TenancyCancelRunDocument,
    "\n  mutation TenancyCancelJob($id: ID!) { cancelJob(id: $id) { job { id status } } }\n": types.TenancyCancelJobDocument,
    "\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id label prefix scopes createdAt revokedAt }\n    }\n  }\n": types.TenancyCreateApiKeyDocument,
    "\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n": types.TenancyRevokeApiKeyDocument,
    "\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { project { id } apiKey }\n  }\n": types.TenancyCreateProjectDocument,
    "\n  query TenancyLists {\n    specs(first: 100) { totalCount edges { node { id } } }\n    runs(first: 100) { totalCount edges { node { id } } }\n    datasets(first: 100) { totalCount edges { node { id } } }\n    jobs(first: 100) { totalCount edges { node { id } } }\n    apiKeys(first: 100) { totalCount edges { node { id label prefix } } }\n  }\n": types.TenancyListsDocument,
    "\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n": types.TransCreateSpecDocument,
    "\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n": types.TransStartRunDocument,
    "\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status } }\n  }\n": types.TransCancelRunDocument,
    "\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) { status previousStatus at run { id status } }\n  }\n": types.TransRunStatusDocument,
    "\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { id } } } } } }\n      }\n    }\n  }\n": types.TransRunStatusNestedDocument,
    "\n  query TransBaseModels { baseModels { id name } }\n": types.TransBaseModelsDocument,
    "\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": types.TransCreateDatasetDocument,
    "\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n": types.TransSubmitJobDocument,
    "\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status } }\n  }\n": types.TransCancelJobDocument,
    "\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) { status previousStatus at job { id status } }\n  }\n": types.TransJobStatusDocument,
    "\n  query TransViewer { viewer { project { id name } apiKey { id } } }\n": types.TransViewerDocument,
    "\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { id } secret }\n  }\n": types.TransCreateApiKeyDocument,
    "\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n": types.TransRevokeApiKeyDocument,
    "\n  query TransNode($id: ID!) { node(id: $id) { __typename id } }\n": types.TransNodeDocument,
    "\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n": types.WorkSetupDocument,
    "query WorkBaseModels { baseModels { id } }": types.WorkBaseModelsDocument,
    "\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) { job { id status } created }\n  }\n": types.WorkSubmitDocument,
    "\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id status retries lastCheckpointStep error\n      worker { id }\n      result { lossFinal paramsAfter }\n      outputModel { id kind }\n      metrics { count latestStep latestSeq points { seq step attempt loss } }\n      logs(limit: 5000) { latestSeq lines { seq text } }\n      events { kind payload }\n    }\n  }\n": types.WorkJobStateDocument,
    "mutation WorkCancel($id: ID!) { cancelJob(id: $id) { job { id status } } }": types.WorkCancelDocument,
    "\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) { seq step attempt loss }\n  }\n": types.WorkMetricsDocument,
    "\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) { seq text }\n  }\n": types.WorkLogsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id name recordCount bytes tokenEstimate source createdAt\n        records(first: 100) { totalCount edges { node { position prompt completion provenance } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id name recordCount bytes tokenEstimate source createdAt\n        records(first: 100) { totalCount edges { node { position prompt completion provenance } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) { id name recordCount bytes tokenEstimate source createdAt }\n  }\n"): (typeof documents)["\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) { id name recordCount bytes tokenEstimate source createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges { cursor node { position prompt completion } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges { cursor node { position prompt completion } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges { node { id name recordCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges { node { id name recordCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsBaseModels {\n    baseModels { id name kind params baseModel { id } job { id } createdAt }\n  }\n"): (typeof documents)["\n  query DsBaseModels {\n    baseModels { id name kind params baseModel { id } job { id } createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsGetModel($id: ID!) {\n    model(id: $id) { id name kind params }\n  }\n"): (typeof documents)["\n  query DsGetModel($id: ID!) {\n    model(id: $id) { id name kind params }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges { node { id name kind } }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges { node { id name kind } }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbBaseModels { baseModels { name params } }\n"): (typeof documents)["\n  query EmbBaseModels { baseModels { name params } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n"): (typeof documents)["\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbGetSpec($id: ID!) { spec(id: $id) { id name examples { input expected } } }\n"): (typeof documents)["\n  query EmbGetSpec($id: ID!) { spec(id: $id) { id name examples { input expected } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbViewer { viewer { project { name } } }\n"): (typeof documents)["\n  query EmbViewer { viewer { project { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsBaseModels { baseModels { id name } }\n"): (typeof documents)["\n  query JobsBaseModels { baseModels { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"): (typeof documents)["\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id type status idempotencyKey retries lastCheckpointStep error hyperparams environment\n        createdAt startedAt finishedAt\n        baseModel { id } sourceModel { id } dataset { id } outputModel { id } result { costUsd }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id type status idempotencyKey retries lastCheckpointStep error hyperparams environment\n        createdAt startedAt finishedAt\n        baseModel { id } sourceModel { id } dataset { id } outputModel { id } result { costUsd }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsGet($id: ID!) {\n    job(id: $id) { id type status idempotencyKey retries lastCheckpointStep hyperparams finishedAt }\n  }\n"): (typeof documents)["\n  query JobsGet($id: ID!) {\n    job(id: $id) { id type status idempotencyKey retries lastCheckpointStep hyperparams finishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges { node { id type status } }\n    }\n  }\n"): (typeof documents)["\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges { node { id type status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) { job { id status finishedAt } }\n  }\n"): (typeof documents)["\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) { job { id status finishedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node { id }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node { id }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsShallow($id: ID!) {\n    run(id: $id) { spec { runs { edges { node { id } } } } }\n  }\n"): (typeof documents)["\n  query LimitsShallow($id: ID!) {\n    run(id: $id) { spec { runs { edges { node { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsManyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n    a21: viewer { project { id } }\n  }\n"): (typeof documents)["\n  query LimitsManyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n    a21: viewer { project { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsTwentyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n  }\n"): (typeof documents)["\n  query LimitsTwentyAliases {\n    a01: viewer { project { id } }\n    a02: viewer { project { id } }\n    a03: viewer { project { id } }\n    a04: viewer { project { id } }\n    a05: viewer { project { id } }\n    a06: viewer { project { id } }\n    a07: viewer { project { id } }\n    a08: viewer { project { id } }\n    a09: viewer { project { id } }\n    a10: viewer { project { id } }\n    a11: viewer { project { id } }\n    a12: viewer { project { id } }\n    a13: viewer { project { id } }\n    a14: viewer { project { id } }\n    a15: viewer { project { id } }\n    a16: viewer { project { id } }\n    a17: viewer { project { id } }\n    a18: viewer { project { id } }\n    a19: viewer { project { id } }\n    a20: viewer { project { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) { totalCount edges { node { id } } }\n  }\n"): (typeof documents)["\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) { totalCount edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n"): (typeof documents)["\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id createdAt } }\n  }\n"): (typeof documents)["\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges { cursor node { id name createdAt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisSetup($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { id } } }\n"): (typeof documents)["\n  mutation RedisSetup($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisBaseModels { baseModels { id } }"): (typeof documents)["query RedisBaseModels { baseModels { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisSubmit($input: SubmitJobInput!) { submitJob(input: $input) { job { id } } }\n"): (typeof documents)["\n  mutation RedisSubmit($input: SubmitJobInput!) { submitJob(input: $input) { job { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisJobState($id: ID!) { job(id: $id) { status metrics { latestSeq } } }\n"): (typeof documents)["\n  query RedisJobState($id: ID!) { job(id: $id) { status metrics { latestSeq } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RedisMetrics($jobId: ID!) { jobMetrics(jobId: $jobId) { seq step } }\n"): (typeof documents)["\n  subscription RedisMetrics($jobId: ID!) { jobMetrics(jobId: $jobId) { seq step } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } updatedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n"): (typeof documents)["\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n"): (typeof documents)["\n  mutation RunsDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id name runNumber status error specSnapshot tags environment metadata createdAt startedAt completedAt\n        spec { id name }\n        baseModel { id name kind }\n        hyperparameters { augment nEpochs learningRate batchSize loraRank loraAlpha }\n        parent { id }\n        evalSummary { total }\n        feedback { score }\n        dataset { id }\n        job { id }\n        model { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id name runNumber status error specSnapshot tags environment metadata createdAt startedAt completedAt\n        spec { id name }\n        baseModel { id name kind }\n        hyperparameters { augment nEpochs learningRate batchSize loraRank loraAlpha }\n        parent { id }\n        evalSummary { total }\n        feedback { score }\n        dataset { id }\n        job { id }\n        model { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id name runNumber status specSnapshot tags completedAt\n      spec { id name }\n      parent { id }\n      children(first: 50) { totalCount edges { node { id } } }\n      feedback { score flags comment }\n      evalSummary { total }\n      evals(first: 10) { totalCount edges { node { id } } pageInfo { hasNextPage } }\n    }\n  }\n"): (typeof documents)["\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id name runNumber status specSnapshot tags completedAt\n      spec { id name }\n      parent { id }\n      children(first: 50) { totalCount edges { node { id } } }\n      feedback { score flags comment }\n      evalSummary { total }\n      evals(first: 10) { totalCount edges { node { id } } pageInfo { hasNextPage } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status createdAt completedAt } }\n  }\n"): (typeof documents)["\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status createdAt completedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) { run { id feedback { score flags comment } } }\n  }\n"): (typeof documents)["\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) { run { id feedback { score flags comment } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) { run { id tags } }\n  }\n"): (typeof documents)["\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) { run { id tags } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges { node { id name runNumber createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges { node { id name runNumber createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id updatedAt\n      latestRun { id runNumber }\n      runs(first: $first) { totalCount edges { node { id runNumber createdAt } } pageInfo { hasNextPage } }\n    }\n  }\n"): (typeof documents)["\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id updatedAt\n      latestRun { id runNumber }\n      runs(first: $first) { totalCount edges { node { id runNumber createdAt } } pageInfo { hasNextPage } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsBaseModels { baseModels { id name params } }\n"): (typeof documents)["\n  query RunsBaseModels { baseModels { id name params } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } createdAt updatedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } createdAt updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSpec($id: ID!) {\n    spec(id: $id) { id name description systemPrompt tags examples { input expected } latestRun { id } runs { totalCount } }\n  }\n"): (typeof documents)["\n  query GetSpec($id: ID!) {\n    spec(id: $id) { id name description systemPrompt tags examples { input expected } latestRun { id } runs { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name description systemPrompt examples { input expected } tags } }\n  }\n"): (typeof documents)["\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name description systemPrompt examples { input expected } tags } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n"): (typeof documents)["\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyBaseModels { baseModels { id name } }\n"): (typeof documents)["\n  query TenancyBaseModels { baseModels { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n"): (typeof documents)["\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyViewer {\n    viewer {\n      project { id name }\n      apiKey { id label prefix scopes revokedAt }\n    }\n  }\n"): (typeof documents)["\n  query TenancyViewer {\n    viewer {\n      project { id name }\n      apiKey { id label prefix scopes revokedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) { id name }\n    run(id: $runId) { id status }\n    dataset(id: $datasetId) { id }\n    job(id: $jobId) { id status }\n  }\n"): (typeof documents)["\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) { id name }\n    run(id: $runId) { id status }\n    dataset(id: $datasetId) { id }\n    job(id: $jobId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"): (typeof documents)["\n  query TenancyNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n"): (typeof documents)["\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n"): (typeof documents)["\n  mutation TenancyDeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCancelRun($id: ID!) { cancelRun(id: $id) { run { id status } } }\n"): (typeof documents)["\n  mutation TenancyCancelRun($id: ID!) { cancelRun(id: $id) { run { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCancelJob($id: ID!) { cancelJob(id: $id) { job { id status } } }\n"): (typeof documents)["\n  mutation TenancyCancelJob($id: ID!) { cancelJob(id: $id) { job { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id label prefix scopes createdAt revokedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id label prefix scopes createdAt revokedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n"): (typeof documents)["\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { project { id } apiKey }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { project { id } apiKey }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyLists {\n    specs(first: 100) { totalCount edges { node { id } } }\n    runs(first: 100) { totalCount edges { node { id } } }\n    datasets(first: 100) { totalCount edges { node { id } } }\n    jobs(first: 100) { totalCount edges { node { id } } }\n    apiKeys(first: 100) { totalCount edges { node { id label prefix } } }\n  }\n"): (typeof documents)["\n  query TenancyLists {\n    specs(first: 100) { totalCount edges { node { id } } }\n    runs(first: 100) { totalCount edges { node { id } } }\n    datasets(first: 100) { totalCount edges { node { id } } }\n    jobs(first: 100) { totalCount edges { node { id } } }\n    apiKeys(first: 100) { totalCount edges { node { id label prefix } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n"): (typeof documents)["\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) { spec { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n"): (typeof documents)["\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) { run { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status } }\n  }\n"): (typeof documents)["\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) { run { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) { status previousStatus at run { id status } }\n  }\n"): (typeof documents)["\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) { status previousStatus at run { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { id } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { spec { runs { totalCount } latestRun { id } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransBaseModels { baseModels { id name } }\n"): (typeof documents)["\n  query TransBaseModels { baseModels { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"): (typeof documents)["\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n"): (typeof documents)["\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) { created job { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status } }\n  }\n"): (typeof documents)["\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) { status previousStatus at job { id status } }\n  }\n"): (typeof documents)["\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) { status previousStatus at job { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransViewer { viewer { project { id name } apiKey { id } } }\n"): (typeof documents)["\n  query TransViewer { viewer { project { id name } apiKey { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { id } secret }\n  }\n"): (typeof documents)["\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { id } secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n"): (typeof documents)["\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { apiKey { id revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransNode($id: ID!) { node(id: $id) { __typename id } }\n"): (typeof documents)["\n  query TransNode($id: ID!) { node(id: $id) { __typename id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"): (typeof documents)["\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) { dataset { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkBaseModels { baseModels { id } }"): (typeof documents)["query WorkBaseModels { baseModels { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) { job { id status } created }\n  }\n"): (typeof documents)["\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) { job { id status } created }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id status retries lastCheckpointStep error\n      worker { id }\n      result { lossFinal paramsAfter }\n      outputModel { id kind }\n      metrics { count latestStep latestSeq points { seq step attempt loss } }\n      logs(limit: 5000) { latestSeq lines { seq text } }\n      events { kind payload }\n    }\n  }\n"): (typeof documents)["\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id status retries lastCheckpointStep error\n      worker { id }\n      result { lossFinal paramsAfter }\n      outputModel { id kind }\n      metrics { count latestStep latestSeq points { seq step attempt loss } }\n      logs(limit: 5000) { latestSeq lines { seq text } }\n      events { kind payload }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkCancel($id: ID!) { cancelJob(id: $id) { job { id status } } }"): (typeof documents)["mutation WorkCancel($id: ID!) { cancelJob(id: $id) { job { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) { seq step attempt loss }\n  }\n"): (typeof documents)["\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) { seq step attempt loss }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) { seq text }\n  }\n"): (typeof documents)["\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) { seq text }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;