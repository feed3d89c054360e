/**
 * Domain errors carry the public error code of API.md. Only `src/server/errors.ts` turns them
 * into GraphQL errors; everything that is not a DomainError is masked as INTERNAL.
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'INTERNAL';

export interface FieldProblem {
  /** Dotted path from the operation's argument, e.g. `input.examples.0.input`. */
  path: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  extensions(): Record<string, unknown> {
    return {};
  }
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => `${f.path}: ${f.message}`).join('; '));
  }
  static field(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
  override extensions(): Record<string, unknown> {
    return { fields: this.fields };
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    perMinute: number,
    /** How long until the key may start another operation. */
    readonly retryAfterMs: number,
  ) {
    super(`This API key may start ${perMinute} operations a minute: try again in ${Math.ceil(retryAfterMs / 1000)} s`);
  }
  override extensions(): Record<string, unknown> {
    return { retryAfterMs: this.retryAfterMs };
  }
}

/**
 * A live stream whose reader fell too far behind: it ends, after what it held, rather than hold
 * everything or drop some silently. The client subscribes again and reads the current state.
 */
export class StreamBehindError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(held: number) {
    super(`More than ${held} changes came while this stream's client was not reading: subscribe again`);
  }
  override extensions(): Record<string, unknown> {
    // As every RATE_LIMITED answer says when to try again: at once.
    return { retryAfterMs: 0 };
  }
}
