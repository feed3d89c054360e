import { graphql } from '../generated/index.ts';

/** The mutations that take a spec to a run and cancel it, for the tests that drive runs. */
export const CreateSpec = graphql(`
  mutation PipelineCreateSpec($input: CreateSpecInput!) {
    createSpec(input: $input) {
      spec {
        id
      }
    }
  }
`);
export const StartRun = graphql(`
  mutation PipelineStartRun($specId: ID!, $input: StartRunInput) {
    startRun(specId: $specId, input: $input) {
      run {
        id
        status
        runNumber
      }
    }
  }
`);
export const CancelRun = graphql(`
  mutation PipelineCancelRun($id: ID!) {
    cancelRun(id: $id) {
      run {
        status
      }
    }
  }
`);
