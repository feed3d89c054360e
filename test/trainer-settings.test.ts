import { describe, expect, it } from 'vitest';
import { parseEnv, ShippedTrainerEnv } from '../workers/config.ts';

describe("the shipped trainers' settings, as the worker checks them", () => {
  it('reads TRAINYARD_CHECKPOINT_EVERY as a step count, 50 unless set', () => {
    expect(parseEnv(ShippedTrainerEnv, {}).TRAINYARD_CHECKPOINT_EVERY).toBe(50);
    expect(parseEnv(ShippedTrainerEnv, { TRAINYARD_CHECKPOINT_EVERY: '25' }).TRAINYARD_CHECKPOINT_EVERY).toBe(25);
  });

  // Each is a number to JavaScript but not an integer to Python's int(), or no step count at all.
  it.each(['1e2', '0x10', '50.0', ' 5', '0', '-3', ''])('refuses TRAINYARD_CHECKPOINT_EVERY=%j', (value) => {
    expect(() => parseEnv(ShippedTrainerEnv, { TRAINYARD_CHECKPOINT_EVERY: value })).toThrow(
      /^Invalid configuration:\n {2}TRAINYARD_CHECKPOINT_EVERY: /,
    );
  });
});
