import type { K6Access } from './k6Access';
import { createK6ControlStore, type K6ControlStore } from './k6ControlStore';
import { createK6StatusStore, type K6StatusStore } from './k6StatusStore';

/** k6 as the console follows it, and this console's calls to it. */
export interface K6Stores {
  readonly status: K6StatusStore;
  readonly control: K6ControlStore;
}

export function createK6Stores(access: K6Access): K6Stores {
  const status = createK6StatusStore(access);
  return { status, control: createK6ControlStore(access, status) };
}
