/**
 * Pothos enum values named as in `descriptions`, each with its description. Typed by the list the
 * domain defines (`describedValues<(typeof JOB_TYPES)[number]>(…)`), a value left out, or one the
 * list lacks, is a type error.
 */
export const describedValues = <T extends string>(descriptions: Record<T, string>) =>
  Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [value, { value, description }]),
  ) as { [K in T]: { value: K; description: string } };
