import { z } from 'zod';
import { method } from './methodDeclaration';
import { faultSpecSchema, loadPresetNameSchema, sandboxStatusSchema } from './sandboxTypes';

const noParams = z.object({}).strict();

/** The rehearsal sandbox as the console drives it: the same service `warroom sandbox` runs. */
export const sandboxMethods = {
  'sandbox.status': method('watch', noParams, sandboxStatusSchema),
  /** Service, Prometheus and (unless `load` is null) the workspace's load profile: "Start rehearsal". */
  'sandbox.start': method(
    'operate',
    z.object({ load: loadPresetNameSchema.nullable().optional() }).strict(),
    sandboxStatusSchema,
  ),
  'sandbox.stop': method('operate', noParams, sandboxStatusSchema),
  /** Sets or clears one fault; journaled before it is sent. */
  'sandbox.fault': method('operate', z.object({ fault: faultSpecSchema }).strict(), sandboxStatusSchema),
  'sandbox.startLoad': method(
    'operate',
    z.object({ preset: loadPresetNameSchema }).strict(),
    sandboxStatusSchema,
  ),
  'sandbox.stopLoad': method('operate', noParams, sandboxStatusSchema),
} as const;

export const sandboxEvents = {
  /** The sandbox's state, health, faults or load changed; carries the whole status. */
  'sandbox.changed': sandboxStatusSchema,
} as const;
