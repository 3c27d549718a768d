import { z } from 'zod';
import {
  DEFAULT_VU_REQUESTS_PER_SECOND,
  MAX_TOTAL_SECONDS,
  MAX_VU_REQUESTS_PER_SECOND,
  MAX_VUS,
} from './loadConstants';
import { parseNamed } from './loadValidation';

const seconds = z.number().min(0).max(MAX_TOTAL_SECONDS);

/** A ramp: up to `vus` virtual users over `rampUpSeconds`, hold, then down to none. */
export const loadProfileSchema = z
  .object({
    vus: z.number().int().min(1).max(MAX_VUS),
    rampUpSeconds: seconds,
    holdSeconds: seconds,
    rampDownSeconds: seconds,
    /** Each virtual user's pace; autocannon holds each connection to it. */
    vuRequestsPerSecond: z
      .number()
      .int()
      .min(1)
      .max(MAX_VU_REQUESTS_PER_SECOND)
      .default(DEFAULT_VU_REQUESTS_PER_SECOND),
  })
  .strict()
  .superRefine((profile, context) => {
    const total = profileSeconds(profile);
    if (total === 0 || total > MAX_TOTAL_SECONDS) {
      context.addIssue({
        code: 'custom',
        path: ['holdSeconds'],
        message: `ramp up, hold and ramp down must add up to between 0 and ${MAX_TOTAL_SECONDS} s (got ${total} s)`,
      });
    }
  });
export type LoadProfile = z.output<typeof loadProfileSchema>;

/** The profile's whole length in seconds, ramps included. */
export function profileSeconds(
  profile: Pick<LoadProfile, 'rampUpSeconds' | 'holdSeconds' | 'rampDownSeconds'>,
) {
  return profile.rampUpSeconds + profile.holdSeconds + profile.rampDownSeconds;
}

/** The profiles `warroom sandbox start --load PROFILE` offers by name. */
export const LOAD_PRESETS = {
  /** Is everything wired? A handful of users for half a minute. */
  smoke: { vus: 5, rampUpSeconds: 5, holdSeconds: 20, rampDownSeconds: 5 },
  /** A steady test-day ramp: long enough for 5-minute alert windows in rehearsal. */
  ramp: { vus: 50, rampUpSeconds: 60, holdSeconds: 300, rampDownSeconds: 60 },
  /** The peak hour: enough users to show latency climbing on a laptop. */
  peak: { vus: 200, rampUpSeconds: 120, holdSeconds: 600, rampDownSeconds: 120 },
} as const satisfies Record<string, z.input<typeof loadProfileSchema>>;
export type LoadPresetName = keyof typeof LOAD_PRESETS;

/** Validates a profile; the error names the field that is wrong. */
export function parseLoadProfile(input: unknown): LoadProfile {
  return parseNamed('load profile', loadProfileSchema, input);
}

/** A preset by name, or an error listing the names there are. */
export function loadPreset(name: string): LoadProfile {
  if (!Object.hasOwn(LOAD_PRESETS, name)) {
    throw new Error(`no load profile "${name}"; choose one of ${Object.keys(LOAD_PRESETS).join(', ')}`);
  }
  return parseLoadProfile(LOAD_PRESETS[name as LoadPresetName]);
}
