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
    "\n  mutation RacesCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": typeof types.RacesCreateSpecDocument,
    "\n  mutation RacesUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        name\n      }\n    }\n  }\n": typeof types.RacesUpdateSpecDocument,
    "\n  mutation RacesDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": typeof types.RacesDeleteSpecDocument,
    "\n  mutation RacesCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.RacesCreateApiKeyDocument,
    "\n  mutation RacesRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n": typeof types.RacesRevokeApiKeyDocument,
    "\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        name\n        recordCount\n        bytes\n        tokenEstimate\n        source\n        createdAt\n        records(first: 100) {\n          totalCount\n          edges {\n            node {\n              position\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DsCreateDatasetDocument,
    "\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      recordCount\n      bytes\n      tokenEstimate\n      source\n      createdAt\n    }\n  }\n": typeof types.DsGetDatasetDocument,
    "\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            prompt\n            completion\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DsDatasetRecordsDocument,
    "\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          recordCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DsListDatasetsDocument,
    "\n  query DsBaseModels {\n    baseModels {\n      id\n      name\n      kind\n      params\n      baseModel {\n        id\n      }\n      job {\n        id\n      }\n      createdAt\n    }\n  }\n": typeof types.DsBaseModelsDocument,
    "\n  query DsGetModel($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      params\n    }\n  }\n": typeof types.DsGetModelDocument,
    "\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DsListModelsDocument,
    "\n  mutation DsRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n        name\n        kind\n        params\n        config\n      }\n    }\n  }\n": typeof types.DsRegisterHfDocument,
    "\n  mutation DsSubmitOnHf($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        hyperparams\n      }\n    }\n  }\n": typeof types.DsSubmitOnHfDocument,
    "\n  query DsEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      eligibleWorkers {\n        trainers\n      }\n    }\n  }\n": typeof types.DsEligibleWorkersDocument,
    "\n  mutation DsGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n    }\n  }\n": typeof types.DsGenerateDocument,
    "\n  query DsRecommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      recommended\n      windows\n      notes\n    }\n  }\n": typeof types.DsRecommendDocument,
    "\n  mutation DsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": typeof types.DsCreateSpecDocument,
    "\n  mutation DsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n": typeof types.DsStartRunDocument,
    "\n  query EmbSearchViewer {\n    viewer {\n      project {\n        id\n      }\n    }\n  }\n": typeof types.EmbSearchViewerDocument,
    "\n  query EmbSearchPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: 500) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, orderBy: { field: AVG_SCORE, direction: DESC }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runStats(where: $where, groupBy: [STATUS], bucket: WEEK) {\n      count\n    }\n  }\n": typeof types.EmbSearchPanelDocument,
    "\n  query EmbBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n": typeof types.EmbBaseModelsDocument,
    "\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EmbCreateSpecDocument,
    "\n  query EmbGetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      examples {\n        input\n        expected\n      }\n    }\n  }\n": typeof types.EmbGetSpecDocument,
    "\n  query EmbWorkers {\n    workers {\n      id\n    }\n  }\n": typeof types.EmbWorkersDocument,
    "\n  query EmbViewer {\n    viewer {\n      project {\n        name\n      }\n    }\n  }\n": typeof types.EmbViewerDocument,
    "\n  mutation EmbCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.EmbCreateDatasetDocument,
    "\n  mutation EmbSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.EmbSubmitDocument,
    "\n  query EmbJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        pplBaseline\n        pplFinal\n      }\n      outputModel {\n        id\n        kind\n      }\n      metrics {\n        count\n      }\n    }\n  }\n": typeof types.EmbJobDocument,
    "\n  query FacetsPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!, $limit: Int) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: $limit) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.FacetsPanelDocument,
    "\n  query FacetsRunCount($where: RunWhere) {\n    runs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.FacetsRunCountDocument,
    "\n  query FacetsFilterOptions($field: RunFacetField!, $where: RunWhere, $prefix: String, $limit: Int) {\n    runFilterOptions(field: $field, where: $where, prefix: $prefix, limit: $limit) {\n      value\n      label\n      count\n    }\n  }\n": typeof types.FacetsFilterOptionsDocument,
    "\n  query FacetsStats($where: RunWhere, $groupBy: [RunFacetField!], $bucket: TimeBucket) {\n    runStats(where: $where, groupBy: $groupBy, bucket: $bucket) {\n      group\n      bucketStart\n      count\n      avgScore\n      passRate\n      costUsd\n      tokens\n      p50DurationMs\n      p95DurationMs\n    }\n  }\n": typeof types.FacetsStatsDocument,
    "\n  query FacetsStatsSelected($withDuration: Boolean!) {\n    runStats(groupBy: [ENVIRONMENT], bucket: WEEK) {\n      group\n      bucketStart\n      count\n      ... on RunStatsRow {\n        avgScore\n        passRate\n      }\n      spend: costUsd\n      p95DurationMs @include(if: $withDuration)\n    }\n  }\n": typeof types.FacetsStatsSelectedDocument,
    "\n  query FacetsJobFacets($where: JobWhere, $fields: [JobFacetField!]!) {\n    jobFacets(where: $where, fields: $fields) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    jobs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.FacetsJobFacetsDocument,
    "\n  mutation FacetsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n": typeof types.FacetsSetTagsDocument,
    "\n  mutation FacetsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          flags\n        }\n      }\n    }\n  }\n": typeof types.FacetsSetFeedbackDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        name\n      }\n      apiKey\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation PipelineCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": typeof types.PipelineCreateSpecDocument,
    "\n  mutation PipelineStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        status\n        runNumber\n      }\n    }\n  }\n": typeof types.PipelineStartRunDocument,
    "\n  mutation PipelineCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        status\n      }\n    }\n  }\n": typeof types.PipelineCancelRunDocument,
    "\n  query JobsBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": typeof types.JobsBaseModelsDocument,
    "\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.JobsCreateDatasetDocument,
    "\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        type\n        status\n        idempotencyKey\n        retries\n        lastCheckpointStep\n        error\n        hyperparams\n        environment\n        createdAt\n        startedAt\n        finishedAt\n        baseModel {\n          id\n        }\n        sourceModel {\n          id\n        }\n        dataset {\n          id\n        }\n        outputModel {\n          id\n        }\n        result {\n          costUsd\n        }\n      }\n    }\n  }\n": typeof types.JobsSubmitDocument,
    "\n  query JobsGet($id: ID!) {\n    job(id: $id) {\n      id\n      type\n      status\n      idempotencyKey\n      retries\n      lastCheckpointStep\n      hyperparams\n      finishedAt\n    }\n  }\n": typeof types.JobsGetDocument,
    "\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n": typeof types.JobsListDocument,
    "\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n        finishedAt\n      }\n    }\n  }\n": typeof types.JobsCancelDocument,
    "\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node {\n                              id\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsDeepDocument,
    "\n  query LimitsShallow($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LimitsShallowDocument,
    "\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LimitsSpecsPageDocument,
    "\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": typeof types.LimitsCreateSpecDocument,
    "\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        createdAt\n      }\n    }\n  }\n": typeof types.PageCreateSpecDocument,
    "\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.PageSpecsForwardDocument,
    "\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.PageSpecsBackwardDocument,
    "\n  query RateViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.RateViewerDocument,
    "\n  mutation RateCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.RateCreateKeyDocument,
    "\n  mutation RateCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": typeof types.RateCreateSpecDocument,
    "\n  query RateSpecs {\n    specs(first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RateSpecsDocument,
    "\n  subscription RateJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n    }\n  }\n": typeof types.RateJobStatusDocument,
    "\n  query RecommendationBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n": typeof types.RecommendationBaseModelsDocument,
    "\n  mutation RecommendationCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        tokenEstimate\n      }\n    }\n  }\n": typeof types.RecommendationCreateDatasetDocument,
    "\n  query Recommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      modelParams\n      datasetTokensEst\n      recommended\n      windows\n      notes\n      disclaimer\n    }\n  }\n": typeof types.RecommendDocument,
    "\n  mutation RecommendationSubmitTrain($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        status\n      }\n    }\n  }\n": typeof types.RecommendationSubmitTrainDocument,
    "\n  mutation RedisSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.RedisSetupDocument,
    "\n  query RedisBaseModels {\n    baseModels {\n      id\n    }\n  }\n": typeof types.RedisBaseModelsDocument,
    "\n  mutation RedisSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.RedisSubmitDocument,
    "\n  query RedisJobState($id: ID!) {\n    job(id: $id) {\n      status\n      metrics {\n        latestSeq\n      }\n    }\n  }\n": typeof types.RedisJobStateDocument,
    "\n  subscription RedisMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n    }\n  }\n": typeof types.RedisMetricsDocument,
    "\n  query PipelineJobLog($id: ID!) {\n    job(id: $id) {\n      logs {\n        lines {\n          text\n        }\n      }\n    }\n  }\n": typeof types.PipelineJobLogDocument,
    "\n  query PipelineRun($id: ID!) {\n    run(id: $id) {\n      status\n      error\n      costUsd\n      baseModel {\n        id\n      }\n      model {\n        id\n        kind\n      }\n      dataset {\n        recordCount\n        records(first: 100) {\n          edges {\n            node {\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n      job {\n        id\n        idempotencyKey\n        status\n        hyperparams\n        result {\n          gpuSeconds\n          costUsd\n        }\n        metrics {\n          count\n        }\n      }\n      evalSummary {\n        total\n        avgScore\n        passRate\n        exactMatchRate\n        avgLatencyMs\n        scoringMethod\n        regressions\n        improvements\n      }\n      evals(first: 50) {\n        edges {\n          node {\n            prompt\n            expected\n            actual\n            score\n            passed\n            reasoning\n            scoringMethod\n            latencyMs\n            completionTokens\n            previousScore\n          }\n        }\n      }\n      tokens {\n        total\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n": typeof types.PipelineRunDocument,
    "\n  mutation PipelineGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      latencyMs\n      promptTokens\n      completionTokens\n    }\n  }\n": typeof types.PipelineGenerateDocument,
    "\n  subscription PipelineRunStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n      run {\n        id\n      }\n    }\n  }\n": typeof types.PipelineRunStatusDocument,
    "\n  subscription PipelineJobMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n      loss\n    }\n  }\n": typeof types.PipelineJobMetricsDocument,
    "\n  subscription PipelineJobLogs($jobId: ID!) {\n    jobLogs(jobId: $jobId) {\n      seq\n      text\n    }\n  }\n": typeof types.PipelineJobLogsDocument,
    "\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        updatedAt\n      }\n    }\n  }\n": typeof types.RunsCreateSpecDocument,
    "\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RunsUpdateSpecDocument,
    "\n  mutation RunsDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": typeof types.RunsDeleteSpecDocument,
    "\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        name\n        runNumber\n        status\n        error\n        specSnapshot\n        tags\n        environment\n        metadata\n        createdAt\n        startedAt\n        completedAt\n        spec {\n          id\n          name\n        }\n        baseModel {\n          id\n          name\n          kind\n        }\n        hyperparameters {\n          augment\n          nEpochs\n          learningRate\n          batchSize\n          loraRank\n          loraAlpha\n        }\n        parent {\n          id\n        }\n        evalSummary {\n          total\n        }\n        feedback {\n          score\n        }\n        dataset {\n          id\n        }\n        job {\n          id\n        }\n        model {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RunsStartRunDocument,
    "\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id\n      name\n      runNumber\n      status\n      specSnapshot\n      tags\n      completedAt\n      spec {\n        id\n        name\n      }\n      parent {\n        id\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      feedback {\n        score\n        flags\n        comment\n      }\n      evalSummary {\n        total\n      }\n      evals(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.RunsGetRunDocument,
    "\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n        createdAt\n        completedAt\n      }\n    }\n  }\n": typeof types.RunsCancelRunDocument,
    "\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          score\n          flags\n          comment\n        }\n      }\n    }\n  }\n": typeof types.RunsSetFeedbackDocument,
    "\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n": typeof types.RunsSetTagsDocument,
    "\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          runNumber\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RunsListRunsDocument,
    "\n  query RunsSnapshots($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          specSnapshot\n        }\n      }\n    }\n  }\n": typeof types.RunsSnapshotsDocument,
    "\n  fragment RunsWholeRunFields on Run {\n    id\n    name\n    runNumber\n    status\n    error\n    tags\n    environment\n    metadata\n    createdAt\n    createdBy\n    isPublic\n    costUsd\n    spec {\n      id\n      name\n    }\n    baseModel {\n      id\n    }\n    hyperparameters {\n      nEpochs\n      batchSize\n    }\n    parent {\n      id\n    }\n    feedback {\n      score\n    }\n    tokens {\n      total\n    }\n  }\n": typeof types.RunsWholeRunFieldsFragmentDoc,
    "\n  query RunsWholeRun($id: ID!) {\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n": typeof types.RunsWholeRunDocument,
    "\n  query RunsFewFieldsThenWhole($where: RunWhere, $id: ID!) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          runNumber\n        }\n      }\n    }\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n": typeof types.RunsFewFieldsThenWholeDocument,
    "\n  query RunsListSelected($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          __typename\n          ... on Run {\n            label: name\n            specName: spec {\n              name\n            }\n          }\n          ...RunsWholeRunFields\n        }\n      }\n    }\n  }\n": typeof types.RunsListSelectedDocument,
    "\n  query RunsSpecRunsSelected($id: ID!) {\n    spec(id: $id) {\n      runs(first: 10) {\n        edges {\n          node {\n            ...RunsWholeRunFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RunsSpecRunsSelectedDocument,
    "\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id\n      updatedAt\n      latestRun {\n        id\n        runNumber\n      }\n      runs(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            runNumber\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.RunsSpecRunsDocument,
    "\n  query RunsBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n": typeof types.RunsBaseModelsDocument,
    "\n  query SearchRunPage(\n    $where: RunWhere\n    $search: String\n    $orderBy: RunOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    runs(\n      where: $where\n      search: $search\n      orderBy: $orderBy\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchRunPageDocument,
    "\n  mutation SearchRenameSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SearchRenameSpecDocument,
    "\n  mutation SearchSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n      }\n    }\n  }\n": typeof types.SearchSetTagsDocument,
    "\n  mutation SharedSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.SharedSetupDocument,
    "\n  query SharedBaseModels {\n    baseModels {\n      id\n    }\n  }\n": typeof types.SharedBaseModelsDocument,
    "\n  mutation SharedSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.SharedSubmitDocument,
    "\n  mutation SharedCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.SharedCreateKeyDocument,
    "\n  query SharedViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.SharedViewerDocument,
    "\n  mutation SharedCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.SharedCancelJobDocument,
    "\n  subscription SharedMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      loss\n    }\n  }\n": typeof types.SharedMetricsDocument,
    "\n  subscription SharedMetricsSince($jobId: ID!, $sinceStep: Int) {\n    jobMetrics(jobId: $jobId, sinceStep: $sinceStep) {\n      seq\n      step\n    }\n  }\n": typeof types.SharedMetricsSinceDocument,
    "\n  subscription SharedLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n": typeof types.SharedLogsDocument,
    "\n  subscription SharedJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n    }\n  }\n": typeof types.SharedJobStatusDocument,
    "\n  subscription SharedProjectJobStatus {\n    jobStatus {\n      job {\n        id\n      }\n      status\n      previousStatus\n    }\n  }\n": typeof types.SharedProjectJobStatusDocument,
    "\n  subscription SharedProjectJobStatusWithLogs {\n    jobStatus {\n      status\n      job {\n        logs(limit: 50) {\n          lines {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.SharedProjectJobStatusWithLogsDocument,
    "\n  query SharedJobTelemetry($id: ID!) {\n    job(id: $id) {\n      metrics {\n        latestSeq\n        points {\n          seq\n        }\n      }\n      logs(sinceSeq: 0, limit: 5000) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n": typeof types.SharedJobTelemetryDocument,
    "\n  query SharedJobLogs($id: ID!, $sinceSeq: Int, $limit: Int) {\n    job(id: $id) {\n      logs(sinceSeq: $sinceSeq, limit: $limit) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n": typeof types.SharedJobLogsDocument,
    "\n  query SharedWorkers {\n    workers {\n      id\n      status\n    }\n  }\n": typeof types.SharedWorkersDocument,
    "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.CreateSpecDocument,
    "\n  query GetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      description\n      systemPrompt\n      tags\n      examples {\n        input\n        expected\n      }\n      latestRun {\n        id\n      }\n      runs {\n        totalCount\n      }\n    }\n  }\n": typeof types.GetSpecDocument,
    "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        examples {\n          input\n          expected\n        }\n        tags\n      }\n    }\n  }\n": typeof types.UpdateSpecDocument,
    "\n  mutation DeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteSpecDocument,
    "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ListSpecsDocument,
    "\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TenancyCreateSpecDocument,
    "\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TenancyStartRunDocument,
    "\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.TenancyCreateDatasetDocument,
    "\n  query TenancyBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": typeof types.TenancyBaseModelsDocument,
    "\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TenancySubmitJobDocument,
    "\n  query TenancyViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.TenancyViewerDocument,
    "\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) {\n      id\n      name\n    }\n    run(id: $runId) {\n      id\n      status\n    }\n    dataset(id: $datasetId) {\n      id\n    }\n    job(id: $jobId) {\n      id\n      status\n    }\n  }\n": typeof types.TenancyGetAllDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n": typeof types.TenancyNodeDocument,
    "\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TenancyUpdateSpecDocument,
    "\n  mutation TenancyDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": typeof types.TenancyDeleteSpecDocument,
    "\n  mutation TenancyCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TenancyCancelRunDocument,
    "\n  mutation TenancyCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TenancyCancelJobDocument,
    "\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.TenancyCreateApiKeyDocument,
    "\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.TenancyRevokeApiKeyDocument,
    "\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n      apiKey\n    }\n  }\n": typeof types.TenancyCreateProjectDocument,
    "\n  query TenancyLists {\n    specs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    datasets(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    jobs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    apiKeys(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          label\n          prefix\n        }\n      }\n    }\n  }\n": typeof types.TenancyListsDocument,
    "\n  mutation TextCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": typeof types.TextCreateSpecDocument,
    "\n  query TextSpecs($search: String) {\n    specs(search: $search, first: 10) {\n      totalCount\n    }\n  }\n": typeof types.TextSpecsDocument,
    "\n  mutation TextStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n": typeof types.TextStartRunDocument,
    "\n  query TextRuns {\n    runs(first: 10) {\n      totalCount\n    }\n  }\n": typeof types.TextRunsDocument,
    "\n  mutation TextFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        feedback {\n          comment\n        }\n      }\n    }\n  }\n": typeof types.TextFeedbackDocument,
    "\n  mutation TextCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.TextCreateDatasetDocument,
    "\n  mutation TextSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.TextSubmitJobDocument,
    "\n  mutation TextCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.TextCreateApiKeyDocument,
    "\n  mutation TorchSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.TorchSetupDocument,
    "\n  query TorchBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": typeof types.TorchBaseModelsDocument,
    "\n  mutation TorchSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.TorchSubmitDocument,
    "\n  query TorchJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        pplBaseline\n        pplFinal\n        tokensProcessed\n      }\n      outputModel {\n        id\n        kind\n        params\n      }\n      metrics(limit: 1000) {\n        count\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n": typeof types.TorchJobDocument,
    "\n  mutation TorchRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n      }\n    }\n  }\n": typeof types.TorchRegisterHfDocument,
    "\n  mutation TorchGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      completionTokens\n    }\n  }\n": typeof types.TorchGenerateDocument,
    "\n  mutation ReportsSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.ReportsSetupDocument,
    "\n  query ReportsBaseModels {\n    baseModels {\n      id\n    }\n  }\n": typeof types.ReportsBaseModelsDocument,
    "\n  mutation ReportsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.ReportsSubmitDocument,
    "\n  query ReportsJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        lossFinal\n        gpuSeconds\n      }\n      metrics {\n        points {\n          step\n          loss\n        }\n      }\n      logs {\n        lines {\n          stream\n          text\n        }\n      }\n    }\n  }\n": typeof types.ReportsJobDocument,
    "\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": typeof types.TransCreateSpecDocument,
    "\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TransStartRunDocument,
    "\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TransCancelRunDocument,
    "\n  subscription TransRunOfSpecStatus($runId: ID!, $specId: ID!) {\n    runStatus(runId: $runId, specId: $specId) {\n      status\n    }\n  }\n": typeof types.TransRunOfSpecStatusDocument,
    "\n  subscription TransSpecRunsStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n    }\n  }\n": typeof types.TransSpecRunsStatusDocument,
    "\n  mutation TransDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": typeof types.TransDeleteSpecDocument,
    "\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      at\n      run {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TransRunStatusDocument,
    "\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec {\n          runs {\n            totalCount\n          }\n          latestRun {\n            spec {\n              runs {\n                totalCount\n              }\n              latestRun {\n                spec {\n                  runs {\n                    totalCount\n                  }\n                  latestRun {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TransRunStatusNestedDocument,
    "\n  query TransBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": typeof types.TransBaseModelsDocument,
    "\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.TransCreateDatasetDocument,
    "\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TransSubmitJobDocument,
    "\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TransCancelJobDocument,
    "\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n      at\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TransJobStatusDocument,
    "\n  subscription TransJobStatusRenamed($job: ID!) {\n    jobStatus(jobId: $job) {\n      status\n      previousStatus\n      job {\n        id\n      }\n    }\n  }\n": typeof types.TransJobStatusRenamedDocument,
    "\n  query TransViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.TransViewerDocument,
    "\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n": typeof types.TransCreateApiKeyDocument,
    "\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.TransRevokeApiKeyDocument,
    "\n  query TransNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n": typeof types.TransNodeDocument,
    "\n  mutation PartitionSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.PartitionSetupDocument,
    "\n  query PartitionBaseModels {\n    baseModels {\n      id\n    }\n  }\n": typeof types.PartitionBaseModelsDocument,
    "\n  mutation PartitionSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": typeof types.PartitionSubmitDocument,
    "\n  query PartitionJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      metrics {\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n": typeof types.PartitionJobDocument,
    "\n  query PartitionWorkers {\n    workers {\n      id\n      lastHeartbeatAt\n    }\n  }\n": typeof types.PartitionWorkersDocument,
    "\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.WorkSetupDocument,
    "\n  query WorkBaseModels {\n    baseModels {\n      id\n    }\n  }\n": typeof types.WorkBaseModelsDocument,
    "\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        status\n      }\n      created\n    }\n  }\n": typeof types.WorkSubmitDocument,
    "\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      retries\n      interruptions\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        lossFinal\n        paramsAfter\n      }\n      outputModel {\n        id\n        kind\n        name\n      }\n      metrics {\n        count\n        latestStep\n        latestSeq\n        points {\n          seq\n          step\n          attempt\n          loss\n        }\n      }\n      logs(limit: 5000) {\n        latestSeq\n        lines {\n          seq\n          text\n        }\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n": typeof types.WorkJobStateDocument,
    "\n  mutation WorkCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.WorkCancelDocument,
    "\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      attempt\n      loss\n    }\n  }\n": typeof types.WorkMetricsDocument,
    "\n  query WorkEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      status\n      eligibleWorkers {\n        id\n        environment\n      }\n    }\n  }\n": typeof types.WorkEligibleWorkersDocument,
    "\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n": typeof types.WorkLogsDocument,
    "\n  query WorkerStatuses {\n    workers {\n      id\n      status\n    }\n  }\n": typeof types.WorkerStatusesDocument,
};
const documents: Documents = {
    "\n  mutation RacesCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": types.RacesCreateSpecDocument,
    "\n  mutation RacesUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        name\n      }\n    }\n  }\n": types.RacesUpdateSpecDocument,
    "\n  mutation RacesDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": types.RacesDeleteSpecDocument,
    "\n  mutation RacesCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.RacesCreateApiKeyDocument,
    "\n  mutation RacesRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n": types.RacesRevokeApiKeyDocument,
    "\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        name\n        recordCount\n        bytes\n        tokenEstimate\n        source\n        createdAt\n        records(first: 100) {\n          totalCount\n          edges {\n            node {\n              position\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DsCreateDatasetDocument,
    "\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      recordCount\n      bytes\n      tokenEstimate\n      source\n      createdAt\n    }\n  }\n": types.DsGetDatasetDocument,
    "\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            prompt\n            completion\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DsDatasetRecordsDocument,
    "\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          recordCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DsListDatasetsDocument,
    "\n  query DsBaseModels {\n    baseModels {\n      id\n      name\n      kind\n      params\n      baseModel {\n        id\n      }\n      job {\n        id\n      }\n      createdAt\n    }\n  }\n": types.DsBaseModelsDocument,
    "\n  query DsGetModel($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      params\n    }\n  }\n": types.DsGetModelDocument,
    "\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.DsListModelsDocument,
    "\n  mutation DsRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n        name\n        kind\n        params\n        config\n      }\n    }\n  }\n": types.DsRegisterHfDocument,
    "\n  mutation DsSubmitOnHf($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        hyperparams\n      }\n    }\n  }\n": types.DsSubmitOnHfDocument,
    "\n  query DsEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      eligibleWorkers {\n        trainers\n      }\n    }\n  }\n": types.DsEligibleWorkersDocument,
    "\n  mutation DsGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n    }\n  }\n": types.DsGenerateDocument,
    "\n  query DsRecommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      recommended\n      windows\n      notes\n    }\n  }\n": types.DsRecommendDocument,
    "\n  mutation DsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": types.DsCreateSpecDocument,
    "\n  mutation DsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n": types.DsStartRunDocument,
    "\n  query EmbSearchViewer {\n    viewer {\n      project {\n        id\n      }\n    }\n  }\n": types.EmbSearchViewerDocument,
    "\n  query EmbSearchPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: 500) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, orderBy: { field: AVG_SCORE, direction: DESC }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runStats(where: $where, groupBy: [STATUS], bucket: WEEK) {\n      count\n    }\n  }\n": types.EmbSearchPanelDocument,
    "\n  query EmbBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n": types.EmbBaseModelsDocument,
    "\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": types.EmbCreateSpecDocument,
    "\n  query EmbGetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      examples {\n        input\n        expected\n      }\n    }\n  }\n": types.EmbGetSpecDocument,
    "\n  query EmbWorkers {\n    workers {\n      id\n    }\n  }\n": types.EmbWorkersDocument,
    "\n  query EmbViewer {\n    viewer {\n      project {\n        name\n      }\n    }\n  }\n": types.EmbViewerDocument,
    "\n  mutation EmbCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.EmbCreateDatasetDocument,
    "\n  mutation EmbSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.EmbSubmitDocument,
    "\n  query EmbJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        pplBaseline\n        pplFinal\n      }\n      outputModel {\n        id\n        kind\n      }\n      metrics {\n        count\n      }\n    }\n  }\n": types.EmbJobDocument,
    "\n  query FacetsPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!, $limit: Int) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: $limit) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, first: 0) {\n      totalCount\n    }\n  }\n": types.FacetsPanelDocument,
    "\n  query FacetsRunCount($where: RunWhere) {\n    runs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n": types.FacetsRunCountDocument,
    "\n  query FacetsFilterOptions($field: RunFacetField!, $where: RunWhere, $prefix: String, $limit: Int) {\n    runFilterOptions(field: $field, where: $where, prefix: $prefix, limit: $limit) {\n      value\n      label\n      count\n    }\n  }\n": types.FacetsFilterOptionsDocument,
    "\n  query FacetsStats($where: RunWhere, $groupBy: [RunFacetField!], $bucket: TimeBucket) {\n    runStats(where: $where, groupBy: $groupBy, bucket: $bucket) {\n      group\n      bucketStart\n      count\n      avgScore\n      passRate\n      costUsd\n      tokens\n      p50DurationMs\n      p95DurationMs\n    }\n  }\n": types.FacetsStatsDocument,
    "\n  query FacetsStatsSelected($withDuration: Boolean!) {\n    runStats(groupBy: [ENVIRONMENT], bucket: WEEK) {\n      group\n      bucketStart\n      count\n      ... on RunStatsRow {\n        avgScore\n        passRate\n      }\n      spend: costUsd\n      p95DurationMs @include(if: $withDuration)\n    }\n  }\n": types.FacetsStatsSelectedDocument,
    "\n  query FacetsJobFacets($where: JobWhere, $fields: [JobFacetField!]!) {\n    jobFacets(where: $where, fields: $fields) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    jobs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n": types.FacetsJobFacetsDocument,
    "\n  mutation FacetsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n": types.FacetsSetTagsDocument,
    "\n  mutation FacetsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          flags\n        }\n      }\n    }\n  }\n": types.FacetsSetFeedbackDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        name\n      }\n      apiKey\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation PipelineCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": types.PipelineCreateSpecDocument,
    "\n  mutation PipelineStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        status\n        runNumber\n      }\n    }\n  }\n": types.PipelineStartRunDocument,
    "\n  mutation PipelineCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        status\n      }\n    }\n  }\n": types.PipelineCancelRunDocument,
    "\n  query JobsBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": types.JobsBaseModelsDocument,
    "\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.JobsCreateDatasetDocument,
    "\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        type\n        status\n        idempotencyKey\n        retries\n        lastCheckpointStep\n        error\n        hyperparams\n        environment\n        createdAt\n        startedAt\n        finishedAt\n        baseModel {\n          id\n        }\n        sourceModel {\n          id\n        }\n        dataset {\n          id\n        }\n        outputModel {\n          id\n        }\n        result {\n          costUsd\n        }\n      }\n    }\n  }\n": types.JobsSubmitDocument,
    "\n  query JobsGet($id: ID!) {\n    job(id: $id) {\n      id\n      type\n      status\n      idempotencyKey\n      retries\n      lastCheckpointStep\n      hyperparams\n      finishedAt\n    }\n  }\n": types.JobsGetDocument,
    "\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n": types.JobsListDocument,
    "\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n        finishedAt\n      }\n    }\n  }\n": types.JobsCancelDocument,
    "\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node {\n                              id\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LimitsDeepDocument,
    "\n  query LimitsShallow($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LimitsShallowDocument,
    "\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.LimitsSpecsPageDocument,
    "\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": types.LimitsCreateSpecDocument,
    "\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        createdAt\n      }\n    }\n  }\n": types.PageCreateSpecDocument,
    "\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.PageSpecsForwardDocument,
    "\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.PageSpecsBackwardDocument,
    "\n  query RateViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.RateViewerDocument,
    "\n  mutation RateCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": types.RateCreateKeyDocument,
    "\n  mutation RateCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": types.RateCreateSpecDocument,
    "\n  query RateSpecs {\n    specs(first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.RateSpecsDocument,
    "\n  subscription RateJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n    }\n  }\n": types.RateJobStatusDocument,
    "\n  query RecommendationBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n": types.RecommendationBaseModelsDocument,
    "\n  mutation RecommendationCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        tokenEstimate\n      }\n    }\n  }\n": types.RecommendationCreateDatasetDocument,
    "\n  query Recommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      modelParams\n      datasetTokensEst\n      recommended\n      windows\n      notes\n      disclaimer\n    }\n  }\n": types.RecommendDocument,
    "\n  mutation RecommendationSubmitTrain($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        status\n      }\n    }\n  }\n": types.RecommendationSubmitTrainDocument,
    "\n  mutation RedisSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.RedisSetupDocument,
    "\n  query RedisBaseModels {\n    baseModels {\n      id\n    }\n  }\n": types.RedisBaseModelsDocument,
    "\n  mutation RedisSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.RedisSubmitDocument,
    "\n  query RedisJobState($id: ID!) {\n    job(id: $id) {\n      status\n      metrics {\n        latestSeq\n      }\n    }\n  }\n": types.RedisJobStateDocument,
    "\n  subscription RedisMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n    }\n  }\n": types.RedisMetricsDocument,
    "\n  query PipelineJobLog($id: ID!) {\n    job(id: $id) {\n      logs {\n        lines {\n          text\n        }\n      }\n    }\n  }\n": types.PipelineJobLogDocument,
    "\n  query PipelineRun($id: ID!) {\n    run(id: $id) {\n      status\n      error\n      costUsd\n      baseModel {\n        id\n      }\n      model {\n        id\n        kind\n      }\n      dataset {\n        recordCount\n        records(first: 100) {\n          edges {\n            node {\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n      job {\n        id\n        idempotencyKey\n        status\n        hyperparams\n        result {\n          gpuSeconds\n          costUsd\n        }\n        metrics {\n          count\n        }\n      }\n      evalSummary {\n        total\n        avgScore\n        passRate\n        exactMatchRate\n        avgLatencyMs\n        scoringMethod\n        regressions\n        improvements\n      }\n      evals(first: 50) {\n        edges {\n          node {\n            prompt\n            expected\n            actual\n            score\n            passed\n            reasoning\n            scoringMethod\n            latencyMs\n            completionTokens\n            previousScore\n          }\n        }\n      }\n      tokens {\n        total\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n": types.PipelineRunDocument,
    "\n  mutation PipelineGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      latencyMs\n      promptTokens\n      completionTokens\n    }\n  }\n": types.PipelineGenerateDocument,
    "\n  subscription PipelineRunStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n      run {\n        id\n      }\n    }\n  }\n": types.PipelineRunStatusDocument,
    "\n  subscription PipelineJobMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n      loss\n    }\n  }\n": types.PipelineJobMetricsDocument,
    "\n  subscription PipelineJobLogs($jobId: ID!) {\n    jobLogs(jobId: $jobId) {\n      seq\n      text\n    }\n  }\n": types.PipelineJobLogsDocument,
    "\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        updatedAt\n      }\n    }\n  }\n": types.RunsCreateSpecDocument,
    "\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": types.RunsUpdateSpecDocument,
    "\n  mutation RunsDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": types.RunsDeleteSpecDocument,
    "\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        name\n        runNumber\n        status\n        error\n        specSnapshot\n        tags\n        environment\n        metadata\n        createdAt\n        startedAt\n        completedAt\n        spec {\n          id\n          name\n        }\n        baseModel {\n          id\n          name\n          kind\n        }\n        hyperparameters {\n          augment\n          nEpochs\n          learningRate\n          batchSize\n          loraRank\n          loraAlpha\n        }\n        parent {\n          id\n        }\n        evalSummary {\n          total\n        }\n        feedback {\n          score\n        }\n        dataset {\n          id\n        }\n        job {\n          id\n        }\n        model {\n          id\n        }\n      }\n    }\n  }\n": types.RunsStartRunDocument,
    "\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id\n      name\n      runNumber\n      status\n      specSnapshot\n      tags\n      completedAt\n      spec {\n        id\n        name\n      }\n      parent {\n        id\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      feedback {\n        score\n        flags\n        comment\n      }\n      evalSummary {\n        total\n      }\n      evals(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.RunsGetRunDocument,
    "\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n        createdAt\n        completedAt\n      }\n    }\n  }\n": types.RunsCancelRunDocument,
    "\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          score\n          flags\n          comment\n        }\n      }\n    }\n  }\n": types.RunsSetFeedbackDocument,
    "\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n": types.RunsSetTagsDocument,
    "\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          runNumber\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RunsListRunsDocument,
    "\n  query RunsSnapshots($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          specSnapshot\n        }\n      }\n    }\n  }\n": types.RunsSnapshotsDocument,
    "\n  fragment RunsWholeRunFields on Run {\n    id\n    name\n    runNumber\n    status\n    error\n    tags\n    environment\n    metadata\n    createdAt\n    createdBy\n    isPublic\n    costUsd\n    spec {\n      id\n      name\n    }\n    baseModel {\n      id\n    }\n    hyperparameters {\n      nEpochs\n      batchSize\n    }\n    parent {\n      id\n    }\n    feedback {\n      score\n    }\n    tokens {\n      total\n    }\n  }\n": types.RunsWholeRunFieldsFragmentDoc,
    "\n  query RunsWholeRun($id: ID!) {\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n": types.RunsWholeRunDocument,
    "\n  query RunsFewFieldsThenWhole($where: RunWhere, $id: ID!) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          runNumber\n        }\n      }\n    }\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n": types.RunsFewFieldsThenWholeDocument,
    "\n  query RunsListSelected($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          __typename\n          ... on Run {\n            label: name\n            specName: spec {\n              name\n            }\n          }\n          ...RunsWholeRunFields\n        }\n      }\n    }\n  }\n": types.RunsListSelectedDocument,
    "\n  query RunsSpecRunsSelected($id: ID!) {\n    spec(id: $id) {\n      runs(first: 10) {\n        edges {\n          node {\n            ...RunsWholeRunFields\n          }\n        }\n      }\n    }\n  }\n": types.RunsSpecRunsSelectedDocument,
    "\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id\n      updatedAt\n      latestRun {\n        id\n        runNumber\n      }\n      runs(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            runNumber\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.RunsSpecRunsDocument,
    "\n  query RunsBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n": types.RunsBaseModelsDocument,
    "\n  query SearchRunPage(\n    $where: RunWhere\n    $search: String\n    $orderBy: RunOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    runs(\n      where: $where\n      search: $search\n      orderBy: $orderBy\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.SearchRunPageDocument,
    "\n  mutation SearchRenameSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": types.SearchRenameSpecDocument,
    "\n  mutation SearchSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n      }\n    }\n  }\n": types.SearchSetTagsDocument,
    "\n  mutation SharedSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.SharedSetupDocument,
    "\n  query SharedBaseModels {\n    baseModels {\n      id\n    }\n  }\n": types.SharedBaseModelsDocument,
    "\n  mutation SharedSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.SharedSubmitDocument,
    "\n  mutation SharedCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": types.SharedCreateKeyDocument,
    "\n  query SharedViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.SharedViewerDocument,
    "\n  mutation SharedCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n      }\n    }\n  }\n": types.SharedCancelJobDocument,
    "\n  subscription SharedMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      loss\n    }\n  }\n": types.SharedMetricsDocument,
    "\n  subscription SharedMetricsSince($jobId: ID!, $sinceStep: Int) {\n    jobMetrics(jobId: $jobId, sinceStep: $sinceStep) {\n      seq\n      step\n    }\n  }\n": types.SharedMetricsSinceDocument,
    "\n  subscription SharedLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n": types.SharedLogsDocument,
    "\n  subscription SharedJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n    }\n  }\n": types.SharedJobStatusDocument,
    "\n  subscription SharedProjectJobStatus {\n    jobStatus {\n      job {\n        id\n      }\n      status\n      previousStatus\n    }\n  }\n": types.SharedProjectJobStatusDocument,
    "\n  subscription SharedProjectJobStatusWithLogs {\n    jobStatus {\n      status\n      job {\n        logs(limit: 50) {\n          lines {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.SharedProjectJobStatusWithLogsDocument,
    "\n  query SharedJobTelemetry($id: ID!) {\n    job(id: $id) {\n      metrics {\n        latestSeq\n        points {\n          seq\n        }\n      }\n      logs(sinceSeq: 0, limit: 5000) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n": types.SharedJobTelemetryDocument,
    "\n  query SharedJobLogs($id: ID!, $sinceSeq: Int, $limit: Int) {\n    job(id: $id) {\n      logs(sinceSeq: $sinceSeq, limit: $limit) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n": types.SharedJobLogsDocument,
    "\n  query SharedWorkers {\n    workers {\n      id\n      status\n    }\n  }\n": types.SharedWorkersDocument,
    "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.CreateSpecDocument,
    "\n  query GetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      description\n      systemPrompt\n      tags\n      examples {\n        input\n        expected\n      }\n      latestRun {\n        id\n      }\n      runs {\n        totalCount\n      }\n    }\n  }\n": types.GetSpecDocument,
    "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        examples {\n          input\n          expected\n        }\n        tags\n      }\n    }\n  }\n": types.UpdateSpecDocument,
    "\n  mutation DeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": types.DeleteSpecDocument,
    "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ListSpecsDocument,
    "\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": types.TenancyCreateSpecDocument,
    "\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": types.TenancyStartRunDocument,
    "\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.TenancyCreateDatasetDocument,
    "\n  query TenancyBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": types.TenancyBaseModelsDocument,
    "\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.TenancySubmitJobDocument,
    "\n  query TenancyViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": types.TenancyViewerDocument,
    "\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) {\n      id\n      name\n    }\n    run(id: $runId) {\n      id\n      status\n    }\n    dataset(id: $datasetId) {\n      id\n    }\n    job(id: $jobId) {\n      id\n      status\n    }\n  }\n": types.TenancyGetAllDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n": types.TenancyNodeDocument,
    "\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n": types.TenancyUpdateSpecDocument,
    "\n  mutation TenancyDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": types.TenancyDeleteSpecDocument,
    "\n  mutation TenancyCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": types.TenancyCancelRunDocument,
    "\n  mutation TenancyCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.TenancyCancelJobDocument,
    "\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.TenancyCreateApiKeyDocument,
    "\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.TenancyRevokeApiKeyDocument,
    "\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n      apiKey\n    }\n  }\n": types.TenancyCreateProjectDocument,
    "\n  query TenancyLists {\n    specs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    datasets(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    jobs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    apiKeys(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          label\n          prefix\n        }\n      }\n    }\n  }\n": types.TenancyListsDocument,
    "\n  mutation TextCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": types.TextCreateSpecDocument,
    "\n  query TextSpecs($search: String) {\n    specs(search: $search, first: 10) {\n      totalCount\n    }\n  }\n": types.TextSpecsDocument,
    "\n  mutation TextStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n": types.TextStartRunDocument,
    "\n  query TextRuns {\n    runs(first: 10) {\n      totalCount\n    }\n  }\n": types.TextRunsDocument,
    "\n  mutation TextFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        feedback {\n          comment\n        }\n      }\n    }\n  }\n": types.TextFeedbackDocument,
    "\n  mutation TextCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.TextCreateDatasetDocument,
    "\n  mutation TextSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.TextSubmitJobDocument,
    "\n  mutation TextCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": types.TextCreateApiKeyDocument,
    "\n  mutation TorchSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.TorchSetupDocument,
    "\n  query TorchBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": types.TorchBaseModelsDocument,
    "\n  mutation TorchSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.TorchSubmitDocument,
    "\n  query TorchJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        pplBaseline\n        pplFinal\n        tokensProcessed\n      }\n      outputModel {\n        id\n        kind\n        params\n      }\n      metrics(limit: 1000) {\n        count\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n": types.TorchJobDocument,
    "\n  mutation TorchRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n      }\n    }\n  }\n": types.TorchRegisterHfDocument,
    "\n  mutation TorchGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      completionTokens\n    }\n  }\n": types.TorchGenerateDocument,
    "\n  mutation ReportsSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.ReportsSetupDocument,
    "\n  query ReportsBaseModels {\n    baseModels {\n      id\n    }\n  }\n": types.ReportsBaseModelsDocument,
    "\n  mutation ReportsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.ReportsSubmitDocument,
    "\n  query ReportsJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        lossFinal\n        gpuSeconds\n      }\n      metrics {\n        points {\n          step\n          loss\n        }\n      }\n      logs {\n        lines {\n          stream\n          text\n        }\n      }\n    }\n  }\n": types.ReportsJobDocument,
    "\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n": types.TransCreateSpecDocument,
    "\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": types.TransStartRunDocument,
    "\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": types.TransCancelRunDocument,
    "\n  subscription TransRunOfSpecStatus($runId: ID!, $specId: ID!) {\n    runStatus(runId: $runId, specId: $specId) {\n      status\n    }\n  }\n": types.TransRunOfSpecStatusDocument,
    "\n  subscription TransSpecRunsStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n    }\n  }\n": types.TransSpecRunsStatusDocument,
    "\n  mutation TransDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n": types.TransDeleteSpecDocument,
    "\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      at\n      run {\n        id\n        status\n      }\n    }\n  }\n": types.TransRunStatusDocument,
    "\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec {\n          runs {\n            totalCount\n          }\n          latestRun {\n            spec {\n              runs {\n                totalCount\n              }\n              latestRun {\n                spec {\n                  runs {\n                    totalCount\n                  }\n                  latestRun {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TransRunStatusNestedDocument,
    "\n  query TransBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n": types.TransBaseModelsDocument,
    "\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.TransCreateDatasetDocument,
    "\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.TransSubmitJobDocument,
    "\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.TransCancelJobDocument,
    "\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n      at\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.TransJobStatusDocument,
    "\n  subscription TransJobStatusRenamed($job: ID!) {\n    jobStatus(jobId: $job) {\n      status\n      previousStatus\n      job {\n        id\n      }\n    }\n  }\n": types.TransJobStatusRenamedDocument,
    "\n  query TransViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n      }\n    }\n  }\n": types.TransViewerDocument,
    "\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n": types.TransCreateApiKeyDocument,
    "\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.TransRevokeApiKeyDocument,
    "\n  query TransNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n": types.TransNodeDocument,
    "\n  mutation PartitionSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.PartitionSetupDocument,
    "\n  query PartitionBaseModels {\n    baseModels {\n      id\n    }\n  }\n": types.PartitionBaseModelsDocument,
    "\n  mutation PartitionSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n": types.PartitionSubmitDocument,
    "\n  query PartitionJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      metrics {\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n": types.PartitionJobDocument,
    "\n  query PartitionWorkers {\n    workers {\n      id\n      lastHeartbeatAt\n    }\n  }\n": types.PartitionWorkersDocument,
    "\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.WorkSetupDocument,
    "\n  query WorkBaseModels {\n    baseModels {\n      id\n    }\n  }\n": types.WorkBaseModelsDocument,
    "\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        status\n      }\n      created\n    }\n  }\n": types.WorkSubmitDocument,
    "\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      retries\n      interruptions\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        lossFinal\n        paramsAfter\n      }\n      outputModel {\n        id\n        kind\n        name\n      }\n      metrics {\n        count\n        latestStep\n        latestSeq\n        points {\n          seq\n          step\n          attempt\n          loss\n        }\n      }\n      logs(limit: 5000) {\n        latestSeq\n        lines {\n          seq\n          text\n        }\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n": types.WorkJobStateDocument,
    "\n  mutation WorkCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.WorkCancelDocument,
    "\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      attempt\n      loss\n    }\n  }\n": types.WorkMetricsDocument,
    "\n  query WorkEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      status\n      eligibleWorkers {\n        id\n        environment\n      }\n    }\n  }\n": types.WorkEligibleWorkersDocument,
    "\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n": types.WorkLogsDocument,
    "\n  query WorkerStatuses {\n    workers {\n      id\n      status\n    }\n  }\n": types.WorkerStatusesDocument,
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
export function graphql(source: "\n  mutation RacesCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RacesCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RacesUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RacesDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RacesCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RacesRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        name\n        recordCount\n        bytes\n        tokenEstimate\n        source\n        createdAt\n        records(first: 100) {\n          totalCount\n          edges {\n            node {\n              position\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        name\n        recordCount\n        bytes\n        tokenEstimate\n        source\n        createdAt\n        records(first: 100) {\n          totalCount\n          edges {\n            node {\n              position\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      recordCount\n      bytes\n      tokenEstimate\n      source\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DsGetDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      recordCount\n      bytes\n      tokenEstimate\n      source\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            prompt\n            completion\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DsDatasetRecords($id: ID!, $first: Int, $after: String) {\n    dataset(id: $id) {\n      records(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            prompt\n            completion\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          recordCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DsListDatasets($first: Int, $after: String) {\n    datasets(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          recordCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsBaseModels {\n    baseModels {\n      id\n      name\n      kind\n      params\n      baseModel {\n        id\n      }\n      job {\n        id\n      }\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DsBaseModels {\n    baseModels {\n      id\n      name\n      kind\n      params\n      baseModel {\n        id\n      }\n      job {\n        id\n      }\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsGetModel($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      params\n    }\n  }\n"): (typeof documents)["\n  query DsGetModel($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      params\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DsListModels($kind: ModelKind, $first: Int) {\n    models(kind: $kind, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DsRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n        name\n        kind\n        params\n        config\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DsRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n        name\n        kind\n        params\n        config\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DsSubmitOnHf($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        hyperparams\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DsSubmitOnHf($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        hyperparams\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      eligibleWorkers {\n        trainers\n      }\n    }\n  }\n"): (typeof documents)["\n  query DsEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      eligibleWorkers {\n        trainers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DsGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation DsGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DsRecommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      recommended\n      windows\n      notes\n    }\n  }\n"): (typeof documents)["\n  query DsRecommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      recommended\n      windows\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbSearchViewer {\n    viewer {\n      project {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmbSearchViewer {\n    viewer {\n      project {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbSearchPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: 500) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, orderBy: { field: AVG_SCORE, direction: DESC }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runStats(where: $where, groupBy: [STATUS], bucket: WEEK) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query EmbSearchPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: 500) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, orderBy: { field: AVG_SCORE, direction: DESC }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runStats(where: $where, groupBy: [STATUS], bucket: WEEK) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n"): (typeof documents)["\n  query EmbBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmbCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbGetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      examples {\n        input\n        expected\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmbGetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      examples {\n        input\n        expected\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbWorkers {\n    workers {\n      id\n    }\n  }\n"): (typeof documents)["\n  query EmbWorkers {\n    workers {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbViewer {\n    viewer {\n      project {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmbViewer {\n    viewer {\n      project {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmbCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmbSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        pplBaseline\n        pplFinal\n      }\n      outputModel {\n        id\n        kind\n      }\n      metrics {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmbJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        pplBaseline\n        pplFinal\n      }\n      outputModel {\n        id\n        kind\n      }\n      metrics {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacetsPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!, $limit: Int) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: $limit) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FacetsPanel($where: RunWhere, $search: String, $fields: [RunFacetField!]!, $limit: Int) {\n    runFacets(where: $where, search: $search, fields: $fields, limit: $limit) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    runs(where: $where, search: $search, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacetsRunCount($where: RunWhere) {\n    runs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FacetsRunCount($where: RunWhere) {\n    runs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacetsFilterOptions($field: RunFacetField!, $where: RunWhere, $prefix: String, $limit: Int) {\n    runFilterOptions(field: $field, where: $where, prefix: $prefix, limit: $limit) {\n      value\n      label\n      count\n    }\n  }\n"): (typeof documents)["\n  query FacetsFilterOptions($field: RunFacetField!, $where: RunWhere, $prefix: String, $limit: Int) {\n    runFilterOptions(field: $field, where: $where, prefix: $prefix, limit: $limit) {\n      value\n      label\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacetsStats($where: RunWhere, $groupBy: [RunFacetField!], $bucket: TimeBucket) {\n    runStats(where: $where, groupBy: $groupBy, bucket: $bucket) {\n      group\n      bucketStart\n      count\n      avgScore\n      passRate\n      costUsd\n      tokens\n      p50DurationMs\n      p95DurationMs\n    }\n  }\n"): (typeof documents)["\n  query FacetsStats($where: RunWhere, $groupBy: [RunFacetField!], $bucket: TimeBucket) {\n    runStats(where: $where, groupBy: $groupBy, bucket: $bucket) {\n      group\n      bucketStart\n      count\n      avgScore\n      passRate\n      costUsd\n      tokens\n      p50DurationMs\n      p95DurationMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacetsStatsSelected($withDuration: Boolean!) {\n    runStats(groupBy: [ENVIRONMENT], bucket: WEEK) {\n      group\n      bucketStart\n      count\n      ... on RunStatsRow {\n        avgScore\n        passRate\n      }\n      spend: costUsd\n      p95DurationMs @include(if: $withDuration)\n    }\n  }\n"): (typeof documents)["\n  query FacetsStatsSelected($withDuration: Boolean!) {\n    runStats(groupBy: [ENVIRONMENT], bucket: WEEK) {\n      group\n      bucketStart\n      count\n      ... on RunStatsRow {\n        avgScore\n        passRate\n      }\n      spend: costUsd\n      p95DurationMs @include(if: $withDuration)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacetsJobFacets($where: JobWhere, $fields: [JobFacetField!]!) {\n    jobFacets(where: $where, fields: $fields) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    jobs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FacetsJobFacets($where: JobWhere, $fields: [JobFacetField!]!) {\n    jobFacets(where: $where, fields: $fields) {\n      total\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n    }\n    jobs(where: $where, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacetsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FacetsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacetsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          flags\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FacetsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          flags\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        name\n      }\n      apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        name\n      }\n      apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        status\n        runNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        status\n        runNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query JobsBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        type\n        status\n        idempotencyKey\n        retries\n        lastCheckpointStep\n        error\n        hyperparams\n        environment\n        createdAt\n        startedAt\n        finishedAt\n        baseModel {\n          id\n        }\n        sourceModel {\n          id\n        }\n        dataset {\n          id\n        }\n        outputModel {\n          id\n        }\n        result {\n          costUsd\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        type\n        status\n        idempotencyKey\n        retries\n        lastCheckpointStep\n        error\n        hyperparams\n        environment\n        createdAt\n        startedAt\n        finishedAt\n        baseModel {\n          id\n        }\n        sourceModel {\n          id\n        }\n        dataset {\n          id\n        }\n        outputModel {\n          id\n        }\n        result {\n          costUsd\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsGet($id: ID!) {\n    job(id: $id) {\n      id\n      type\n      status\n      idempotencyKey\n      retries\n      lastCheckpointStep\n      hyperparams\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query JobsGet($id: ID!) {\n    job(id: $id) {\n      id\n      type\n      status\n      idempotencyKey\n      retries\n      lastCheckpointStep\n      hyperparams\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobsList($where: JobWhere, $first: Int) {\n    jobs(where: $where, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n        finishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n        finishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node {\n                              id\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsDeep($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              spec {\n                runs {\n                  edges {\n                    node {\n                      spec {\n                        runs {\n                          edges {\n                            node {\n                              id\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsShallow($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsShallow($id: ID!) {\n    run(id: $id) {\n      spec {\n        runs {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsSpecsPage($first: Int) {\n    specs(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PageCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PageSpecsForward($first: Int, $after: String) {\n    specs(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PageSpecsBackward($last: Int, $before: String) {\n    specs(last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RateViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation RateCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateSpecs {\n    specs(first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RateSpecs {\n    specs(first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RateJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription RateJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n"): (typeof documents)["\n  query RecommendationBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendationCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        tokenEstimate\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecommendationCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n        tokenEstimate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      modelParams\n      datasetTokensEst\n      recommended\n      windows\n      notes\n      disclaimer\n    }\n  }\n"): (typeof documents)["\n  query Recommend($input: TrainingRecommendationInput!) {\n    trainingRecommendation(input: $input) {\n      modelParams\n      datasetTokensEst\n      recommended\n      windows\n      notes\n      disclaimer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendationSubmitTrain($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecommendationSubmitTrain($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedisSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisBaseModels {\n    baseModels {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RedisBaseModels {\n    baseModels {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedisSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisJobState($id: ID!) {\n    job(id: $id) {\n      status\n      metrics {\n        latestSeq\n      }\n    }\n  }\n"): (typeof documents)["\n  query RedisJobState($id: ID!) {\n    job(id: $id) {\n      status\n      metrics {\n        latestSeq\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RedisMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n    }\n  }\n"): (typeof documents)["\n  subscription RedisMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineJobLog($id: ID!) {\n    job(id: $id) {\n      logs {\n        lines {\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineJobLog($id: ID!) {\n    job(id: $id) {\n      logs {\n        lines {\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineRun($id: ID!) {\n    run(id: $id) {\n      status\n      error\n      costUsd\n      baseModel {\n        id\n      }\n      model {\n        id\n        kind\n      }\n      dataset {\n        recordCount\n        records(first: 100) {\n          edges {\n            node {\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n      job {\n        id\n        idempotencyKey\n        status\n        hyperparams\n        result {\n          gpuSeconds\n          costUsd\n        }\n        metrics {\n          count\n        }\n      }\n      evalSummary {\n        total\n        avgScore\n        passRate\n        exactMatchRate\n        avgLatencyMs\n        scoringMethod\n        regressions\n        improvements\n      }\n      evals(first: 50) {\n        edges {\n          node {\n            prompt\n            expected\n            actual\n            score\n            passed\n            reasoning\n            scoringMethod\n            latencyMs\n            completionTokens\n            previousScore\n          }\n        }\n      }\n      tokens {\n        total\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineRun($id: ID!) {\n    run(id: $id) {\n      status\n      error\n      costUsd\n      baseModel {\n        id\n      }\n      model {\n        id\n        kind\n      }\n      dataset {\n        recordCount\n        records(first: 100) {\n          edges {\n            node {\n              prompt\n              completion\n              provenance\n            }\n          }\n        }\n      }\n      job {\n        id\n        idempotencyKey\n        status\n        hyperparams\n        result {\n          gpuSeconds\n          costUsd\n        }\n        metrics {\n          count\n        }\n      }\n      evalSummary {\n        total\n        avgScore\n        passRate\n        exactMatchRate\n        avgLatencyMs\n        scoringMethod\n        regressions\n        improvements\n      }\n      evals(first: 50) {\n        edges {\n          node {\n            prompt\n            expected\n            actual\n            score\n            passed\n            reasoning\n            scoringMethod\n            latencyMs\n            completionTokens\n            previousScore\n          }\n        }\n      }\n      tokens {\n        total\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      latencyMs\n      promptTokens\n      completionTokens\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      latencyMs\n      promptTokens\n      completionTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PipelineRunStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n      run {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PipelineRunStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n      run {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PipelineJobMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n      loss\n    }\n  }\n"): (typeof documents)["\n  subscription PipelineJobMetrics($jobId: ID!) {\n    jobMetrics(jobId: $jobId) {\n      seq\n      step\n      loss\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PipelineJobLogs($jobId: ID!) {\n    jobLogs(jobId: $jobId) {\n      seq\n      text\n    }\n  }\n"): (typeof documents)["\n  subscription PipelineJobLogs($jobId: ID!) {\n    jobLogs(jobId: $jobId) {\n      seq\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RunsDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        name\n        runNumber\n        status\n        error\n        specSnapshot\n        tags\n        environment\n        metadata\n        createdAt\n        startedAt\n        completedAt\n        spec {\n          id\n          name\n        }\n        baseModel {\n          id\n          name\n          kind\n        }\n        hyperparameters {\n          augment\n          nEpochs\n          learningRate\n          batchSize\n          loraRank\n          loraAlpha\n        }\n        parent {\n          id\n        }\n        evalSummary {\n          total\n        }\n        feedback {\n          score\n        }\n        dataset {\n          id\n        }\n        job {\n          id\n        }\n        model {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n        name\n        runNumber\n        status\n        error\n        specSnapshot\n        tags\n        environment\n        metadata\n        createdAt\n        startedAt\n        completedAt\n        spec {\n          id\n          name\n        }\n        baseModel {\n          id\n          name\n          kind\n        }\n        hyperparameters {\n          augment\n          nEpochs\n          learningRate\n          batchSize\n          loraRank\n          loraAlpha\n        }\n        parent {\n          id\n        }\n        evalSummary {\n          total\n        }\n        feedback {\n          score\n        }\n        dataset {\n          id\n        }\n        job {\n          id\n        }\n        model {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id\n      name\n      runNumber\n      status\n      specSnapshot\n      tags\n      completedAt\n      spec {\n        id\n        name\n      }\n      parent {\n        id\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      feedback {\n        score\n        flags\n        comment\n      }\n      evalSummary {\n        total\n      }\n      evals(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunsGetRun($id: ID!) {\n    run(id: $id) {\n      id\n      name\n      runNumber\n      status\n      specSnapshot\n      tags\n      completedAt\n      spec {\n        id\n        name\n      }\n      parent {\n        id\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      feedback {\n        score\n        flags\n        comment\n      }\n      evalSummary {\n        total\n      }\n      evals(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n        createdAt\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n        createdAt\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          score\n          flags\n          comment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsSetFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        id\n        feedback {\n          score\n          flags\n          comment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunsSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          runNumber\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunsListRuns($where: RunWhere, $search: String, $first: Int, $after: String) {\n    runs(where: $where, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          runNumber\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsSnapshots($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          specSnapshot\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunsSnapshots($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          specSnapshot\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunsWholeRunFields on Run {\n    id\n    name\n    runNumber\n    status\n    error\n    tags\n    environment\n    metadata\n    createdAt\n    createdBy\n    isPublic\n    costUsd\n    spec {\n      id\n      name\n    }\n    baseModel {\n      id\n    }\n    hyperparameters {\n      nEpochs\n      batchSize\n    }\n    parent {\n      id\n    }\n    feedback {\n      score\n    }\n    tokens {\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment RunsWholeRunFields on Run {\n    id\n    name\n    runNumber\n    status\n    error\n    tags\n    environment\n    metadata\n    createdAt\n    createdBy\n    isPublic\n    costUsd\n    spec {\n      id\n      name\n    }\n    baseModel {\n      id\n    }\n    hyperparameters {\n      nEpochs\n      batchSize\n    }\n    parent {\n      id\n    }\n    feedback {\n      score\n    }\n    tokens {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsWholeRun($id: ID!) {\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n"): (typeof documents)["\n  query RunsWholeRun($id: ID!) {\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsFewFieldsThenWhole($where: RunWhere, $id: ID!) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          runNumber\n        }\n      }\n    }\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n"): (typeof documents)["\n  query RunsFewFieldsThenWhole($where: RunWhere, $id: ID!) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          id\n          runNumber\n        }\n      }\n    }\n    run(id: $id) {\n      ...RunsWholeRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsListSelected($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          __typename\n          ... on Run {\n            label: name\n            specName: spec {\n              name\n            }\n          }\n          ...RunsWholeRunFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunsListSelected($where: RunWhere) {\n    runs(where: $where, first: 50) {\n      edges {\n        node {\n          __typename\n          ... on Run {\n            label: name\n            specName: spec {\n              name\n            }\n          }\n          ...RunsWholeRunFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsSpecRunsSelected($id: ID!) {\n    spec(id: $id) {\n      runs(first: 10) {\n        edges {\n          node {\n            ...RunsWholeRunFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunsSpecRunsSelected($id: ID!) {\n    spec(id: $id) {\n      runs(first: 10) {\n        edges {\n          node {\n            ...RunsWholeRunFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id\n      updatedAt\n      latestRun {\n        id\n        runNumber\n      }\n      runs(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            runNumber\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunsSpecRuns($id: ID!, $first: Int) {\n    spec(id: $id) {\n      id\n      updatedAt\n      latestRun {\n        id\n        runNumber\n      }\n      runs(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            runNumber\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n"): (typeof documents)["\n  query RunsBaseModels {\n    baseModels {\n      id\n      name\n      params\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRunPage(\n    $where: RunWhere\n    $search: String\n    $orderBy: RunOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    runs(\n      where: $where\n      search: $search\n      orderBy: $orderBy\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchRunPage(\n    $where: RunWhere\n    $search: String\n    $orderBy: RunOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    runs(\n      where: $where\n      search: $search\n      orderBy: $orderBy\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchRenameSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchRenameSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchSetTags($id: ID!, $tags: [String!]!) {\n    setRunTags(id: $id, tags: $tags) {\n      run {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SharedSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedBaseModels {\n    baseModels {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SharedBaseModels {\n    baseModels {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SharedSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation SharedCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedViewer {\n    viewer {\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SharedCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      loss\n    }\n  }\n"): (typeof documents)["\n  subscription SharedMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      loss\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedMetricsSince($jobId: ID!, $sinceStep: Int) {\n    jobMetrics(jobId: $jobId, sinceStep: $sinceStep) {\n      seq\n      step\n    }\n  }\n"): (typeof documents)["\n  subscription SharedMetricsSince($jobId: ID!, $sinceStep: Int) {\n    jobMetrics(jobId: $jobId, sinceStep: $sinceStep) {\n      seq\n      step\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n"): (typeof documents)["\n  subscription SharedLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n    }\n  }\n"): (typeof documents)["\n  subscription SharedJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedProjectJobStatus {\n    jobStatus {\n      job {\n        id\n      }\n      status\n      previousStatus\n    }\n  }\n"): (typeof documents)["\n  subscription SharedProjectJobStatus {\n    jobStatus {\n      job {\n        id\n      }\n      status\n      previousStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedProjectJobStatusWithLogs {\n    jobStatus {\n      status\n      job {\n        logs(limit: 50) {\n          lines {\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SharedProjectJobStatusWithLogs {\n    jobStatus {\n      status\n      job {\n        logs(limit: 50) {\n          lines {\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedJobTelemetry($id: ID!) {\n    job(id: $id) {\n      metrics {\n        latestSeq\n        points {\n          seq\n        }\n      }\n      logs(sinceSeq: 0, limit: 5000) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedJobTelemetry($id: ID!) {\n    job(id: $id) {\n      metrics {\n        latestSeq\n        points {\n          seq\n        }\n      }\n      logs(sinceSeq: 0, limit: 5000) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedJobLogs($id: ID!, $sinceSeq: Int, $limit: Int) {\n    job(id: $id) {\n      logs(sinceSeq: $sinceSeq, limit: $limit) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedJobLogs($id: ID!, $sinceSeq: Int, $limit: Int) {\n    job(id: $id) {\n      logs(sinceSeq: $sinceSeq, limit: $limit) {\n        latestSeq\n        lines {\n          seq\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWorkers {\n    workers {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query SharedWorkers {\n    workers {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        tags\n        examples {\n          input\n          expected\n        }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      description\n      systemPrompt\n      tags\n      examples {\n        input\n        expected\n      }\n      latestRun {\n        id\n      }\n      runs {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetSpec($id: ID!) {\n    spec(id: $id) {\n      id\n      name\n      description\n      systemPrompt\n      tags\n      examples {\n        input\n        expected\n      }\n      latestRun {\n        id\n      }\n      runs {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        examples {\n          input\n          expected\n        }\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n        description\n        systemPrompt\n        examples {\n          input\n          expected\n        }\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TenancyBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancySubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenancyViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) {\n      id\n      name\n    }\n    run(id: $runId) {\n      id\n      status\n    }\n    dataset(id: $datasetId) {\n      id\n    }\n    job(id: $jobId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query TenancyGetAll($specId: ID!, $runId: ID!, $datasetId: ID!, $jobId: ID!) {\n    spec(id: $specId) {\n      id\n      name\n    }\n    run(id: $runId) {\n      id\n      status\n    }\n    dataset(id: $datasetId) {\n      id\n    }\n    job(id: $jobId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n"): (typeof documents)["\n  query TenancyNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyUpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) {\n      spec {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        label\n        prefix\n        scopes\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n      apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n      apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyLists {\n    specs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    datasets(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    jobs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    apiKeys(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          label\n          prefix\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenancyLists {\n    specs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    runs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    datasets(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    jobs(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    apiKeys(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          label\n          prefix\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TextCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextSpecs($search: String) {\n    specs(search: $search, first: 10) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TextSpecs($search: String) {\n    specs(search: $search, first: 10) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TextStartRun($specId: ID!, $input: StartRunInput) {\n    startRun(specId: $specId, input: $input) {\n      run {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextRuns {\n    runs(first: 10) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TextRuns {\n    runs(first: 10) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        feedback {\n          comment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TextFeedback($id: ID!, $input: FeedbackInput!) {\n    setRunFeedback(id: $id, input: $input) {\n      run {\n        feedback {\n          comment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TextCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TextSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation TextCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TorchSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TorchSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TorchBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TorchBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TorchSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TorchSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TorchJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        pplBaseline\n        pplFinal\n        tokensProcessed\n      }\n      outputModel {\n        id\n        kind\n        params\n      }\n      metrics(limit: 1000) {\n        count\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TorchJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        pplBaseline\n        pplFinal\n        tokensProcessed\n      }\n      outputModel {\n        id\n        kind\n        params\n      }\n      metrics(limit: 1000) {\n        count\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TorchRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TorchRegisterHf($input: RegisterHuggingFaceModelInput!) {\n    registerHuggingFaceModel(input: $input) {\n      model {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TorchGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      completionTokens\n    }\n  }\n"): (typeof documents)["\n  mutation TorchGenerate($input: GenerateInput!) {\n    generate(input: $input) {\n      text\n      completionTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsBaseModels {\n    baseModels {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ReportsBaseModels {\n    baseModels {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        lossFinal\n        gpuSeconds\n      }\n      metrics {\n        points {\n          step\n          loss\n        }\n      }\n      logs {\n        lines {\n          stream\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsJob($id: ID!) {\n    job(id: $id) {\n      status\n      error\n      result {\n        lossFinal\n        gpuSeconds\n      }\n      metrics {\n        points {\n          step\n          loss\n        }\n      }\n      logs {\n        lines {\n          stream\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransCreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransStartRun($specId: ID!) {\n    startRun(specId: $specId) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransRunOfSpecStatus($runId: ID!, $specId: ID!) {\n    runStatus(runId: $runId, specId: $specId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription TransRunOfSpecStatus($runId: ID!, $specId: ID!) {\n    runStatus(runId: $runId, specId: $specId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransSpecRunsStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription TransSpecRunsStatus($specId: ID!) {\n    runStatus(specId: $specId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TransDeleteSpec($id: ID!) {\n    deleteSpec(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      at\n      run {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TransRunStatus($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      at\n      run {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec {\n          runs {\n            totalCount\n          }\n          latestRun {\n            spec {\n              runs {\n                totalCount\n              }\n              latestRun {\n                spec {\n                  runs {\n                    totalCount\n                  }\n                  latestRun {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TransRunStatusNested($runId: ID!) {\n    runStatus(runId: $runId) {\n      status\n      previousStatus\n      run {\n        id\n        spec {\n          runs {\n            totalCount\n          }\n          latestRun {\n            spec {\n              runs {\n                totalCount\n              }\n              latestRun {\n                spec {\n                  runs {\n                    totalCount\n                  }\n                  latestRun {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TransBaseModels {\n    baseModels {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransSubmitJob($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      created\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransCancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n      at\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TransJobStatus($jobId: ID!) {\n    jobStatus(jobId: $jobId) {\n      status\n      previousStatus\n      at\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransJobStatusRenamed($job: ID!) {\n    jobStatus(jobId: $job) {\n      status\n      previousStatus\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TransJobStatusRenamed($job: ID!) {\n    jobStatus(jobId: $job) {\n      status\n      previousStatus\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransViewer {\n    viewer {\n      project {\n        id\n        name\n      }\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation TransCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  query TransNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartitionSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartitionSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionBaseModels {\n    baseModels {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PartitionBaseModels {\n    baseModels {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartitionSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartitionSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      metrics {\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartitionJob($id: ID!) {\n    job(id: $id) {\n      status\n      retries\n      lastCheckpointStep\n      metrics {\n        points {\n          step\n          attempt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionWorkers {\n    workers {\n      id\n      lastHeartbeatAt\n    }\n  }\n"): (typeof documents)["\n  query PartitionWorkers {\n    workers {\n      id\n      lastHeartbeatAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkSetup($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkBaseModels {\n    baseModels {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WorkBaseModels {\n    baseModels {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        status\n      }\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation WorkSubmit($input: SubmitJobInput!) {\n    submitJob(input: $input) {\n      job {\n        id\n        status\n      }\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      retries\n      interruptions\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        lossFinal\n        paramsAfter\n      }\n      outputModel {\n        id\n        kind\n        name\n      }\n      metrics {\n        count\n        latestStep\n        latestSeq\n        points {\n          seq\n          step\n          attempt\n          loss\n        }\n      }\n      logs(limit: 5000) {\n        latestSeq\n        lines {\n          seq\n          text\n        }\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkJobState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      retries\n      interruptions\n      lastCheckpointStep\n      error\n      worker {\n        id\n      }\n      result {\n        lossFinal\n        paramsAfter\n      }\n      outputModel {\n        id\n        kind\n        name\n      }\n      metrics {\n        count\n        latestStep\n        latestSeq\n        points {\n          seq\n          step\n          attempt\n          loss\n        }\n      }\n      logs(limit: 5000) {\n        latestSeq\n        lines {\n          seq\n          text\n        }\n      }\n      events {\n        kind\n        payload\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkCancel($id: ID!) {\n    cancelJob(id: $id) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      attempt\n      loss\n    }\n  }\n"): (typeof documents)["\n  subscription WorkMetrics($jobId: ID!, $afterSeq: Int) {\n    jobMetrics(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      step\n      attempt\n      loss\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      status\n      eligibleWorkers {\n        id\n        environment\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkEligibleWorkers($id: ID!) {\n    job(id: $id) {\n      status\n      eligibleWorkers {\n        id\n        environment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n"): (typeof documents)["\n  subscription WorkLogs($jobId: ID!, $afterSeq: Int) {\n    jobLogs(jobId: $jobId, afterSeq: $afterSeq) {\n      seq\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerStatuses {\n    workers {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query WorkerStatuses {\n    workers {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;