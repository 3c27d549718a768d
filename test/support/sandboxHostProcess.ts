import { ServiceSupervisor } from '../../electron/host/sandbox/supervisor/serviceSupervisor';
import { SOURCE_SERVICE_ENTRY } from './sandboxServiceEntry';

/** A stand-in for Warroom's host in its own process: starts the sandbox service, prints its pid. */
const supervisor = new ServiceSupervisor({ entry: SOURCE_SERVICE_ENTRY, port: 0 });
await supervisor.start();
console.log(`service ${supervisor.pid}`);
setInterval(() => {}, 60_000);
