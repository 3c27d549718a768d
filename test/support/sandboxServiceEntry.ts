import type { ServiceEntry } from '../../electron/host/sandbox/supervisor/serviceSupervisor';

/** The service's source entry, run through tsx: tests need no build. */
export const SOURCE_SERVICE_ENTRY: ServiceEntry = {
  script: 'electron/host/sandbox/service/serviceEntry.ts',
  execArgv: ['--import', 'tsx'],
};
