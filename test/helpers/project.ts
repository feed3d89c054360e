import { randomUUID } from 'node:crypto';
import { graphql } from '../generated/index.ts';
import { ok } from './client.ts';
import type { TestServer } from './server.ts';

const CreateProject = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
        name
      }
      apiKey
    }
  }
`);

/** A fresh tenant for one test file: nothing another test writes is visible to it. */
export async function createTestProject(server: TestServer, name = `test-${randomUUID().slice(0, 8)}`) {
  const { createProject } = await ok(server.url, server.adminKey, CreateProject, { input: { name } });
  return { id: createProject.project.id, name, key: createProject.apiKey };
}
