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
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } createdAt updatedAt }\n    }\n  }\n": typeof types.CreateSpecDocument,
    "\n  query GetSpec($id: ID!) {\n    spec(id: $id) { id name description systemPrompt tags examples { input expected } latestRun { id } runs { totalCount } }\n  }\n": typeof types.GetSpecDocument,
    "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name description systemPrompt examples { input expected } tags } }\n  }\n": typeof types.UpdateSpecDocument,
    "\n  mutation DeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": typeof types.DeleteSpecDocument,
    "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ListSpecsDocument,
};
const documents: Documents = {
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation CreateSpec($input: CreateSpecInput!) {\n    createSpec(input: $input) {\n      spec { id name description systemPrompt tags examples { input expected } createdAt updatedAt }\n    }\n  }\n": types.CreateSpecDocument,
    "\n  query GetSpec($id: ID!) {\n    spec(id: $id) { id name description systemPrompt tags examples { input expected } latestRun { id } runs { totalCount } }\n  }\n": types.GetSpecDocument,
    "\n  mutation UpdateSpec($id: ID!, $input: UpdateSpecInput!) {\n    updateSpec(id: $id, input: $input) { spec { id name description systemPrompt examples { input expected } tags } }\n  }\n": types.UpdateSpecDocument,
    "\n  mutation DeleteSpec($id: ID!) { deleteSpec(id: $id) { id } }\n": types.DeleteSpecDocument,
    "\n  query ListSpecs($search: String, $first: Int, $after: String) {\n    specs(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ListSpecsDocument,
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
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project { id name }\n      apiKey\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;