import { ConflictError } from './errors.ts';

/**
 * A table of legal status transitions. Every status change goes through `assertTransition`, so
 * an illegal one is a CONFLICT, never a silent overwrite.
 */
export interface StateMachine<S extends string> {
  readonly entity: string;
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  isTerminal(status: S): boolean;
  canTransition(from: S, to: S): boolean;
  assertTransition(from: S, to: S): void;
}

export function defineStateMachine<S extends string>(
  entity: string,
  transitions: Readonly<Record<S, readonly S[]>>,
): StateMachine<S> {
  const canTransition = (from: S, to: S) => transitions[from].includes(to);
  return {
    entity,
    transitions,
    isTerminal: (status) => transitions[status].length === 0,
    canTransition,
    assertTransition(from, to) {
      if (!canTransition(from, to)) {
        throw new ConflictError(`${entity} is ${from}; it cannot become ${to}`);
      }
    },
  };
}
