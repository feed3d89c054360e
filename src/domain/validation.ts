import type { StandardSchemaV1 } from '@standard-schema/spec';
import { ValidationError } from './errors.ts';

type Issue = StandardSchemaV1.Issue;

function pathOf(issue: Issue): string {
  return (issue.path ?? [])
    .map((segment) => (typeof segment === 'object' ? String(segment.key) : String(segment)))
    .join('.');
}

/** Turns schema issues into the BAD_USER_INPUT error of API.md, one entry per field path. */
export function validationErrorFromIssues(issues: readonly Issue[]): ValidationError {
  return new ValidationError(issues.map((issue) => ({ path: pathOf(issue), message: issue.message })));
}
