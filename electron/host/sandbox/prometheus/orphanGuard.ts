import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ORPHAN_KILL_AFTER_SECONDS } from './prometheusConstants';

/** Names the folder the wrapper removes once the program has exited, however the host ended. */
const REMOVE_AFTER_ENV = 'WARROOM_GUARD_REMOVE_AFTER';

/**
 * Runs `$0 "$@"` in the background and prints its pid. The host holds the wrapper's stdin open;
 * EOF on it means the host is gone (exited, crashed, or SIGKILLed: the kernel closes the pipe
 * in every case), and the watcher then SIGTERMs the child, and SIGKILLs it if it lingers. When
 * the child exits, the wrapper stops the watcher, removes the program's folder if it was given
 * one, and exits with the child's status.
 */
const GUARD_SCRIPT = `
remove_after=$${REMOVE_AFTER_ENV}
unset ${REMOVE_AFTER_ENV}
exec 3<&0
"$0" "$@" </dev/null 1>&2 3<&- &
child=$!
echo "$child"
{
  while read -r _; do :; done
  kill -TERM "$child" 2>/dev/null
  sleep ${ORPHAN_KILL_AFTER_SECONDS} & nap=$!
  trap 'kill "$nap" 2>/dev/null; exit 0' TERM
  wait "$nap"
  kill -KILL "$child" 2>/dev/null
} <&3 3<&- &
watcher=$!
exec 3<&-
wait "$child"
status=$?
kill "$watcher" 2>/dev/null
if [ -n "$remove_after" ]; then rm -rf -- "$remove_after"; fi
exit "$status"
`;

export interface GuardedChild {
  /** The wrapper (or, without a POSIX shell, the program itself); its exit is the program's exit. */
  process: ChildProcess;
  /** The program's own pid, to signal it directly. */
  pid: Promise<number>;
}

/**
 * Starts a program that must not outlive the host, through a tiny `sh` wrapper that watches a
 * stdin pipe from the host (no prctl from Node). `removeAfter` is a folder of the program's own
 * (its config and data), removed when it exits, so a killed host leaves no litter. On Windows,
 * where there is no sh, the program is spawned directly and only the host's own exit handlers
 * stop it.
 */
export function spawnGuarded(binary: string, args: readonly string[], removeAfter?: string): GuardedChild {
  if (process.platform === 'win32') {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const pid = child.pid;
    return {
      process: child,
      pid: pid === undefined ? Promise.reject(new Error(`could not start ${binary}`)) : Promise.resolve(pid),
    };
  }
  const wrapper = spawn('/bin/sh', ['-c', GUARD_SCRIPT, binary, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, [REMOVE_AFTER_ENV]: removeAfter ?? '' },
  });
  // Writing nothing, ever: the pipe's only message is its end.
  wrapper.stdin?.on('error', () => {});
  const pid = new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: wrapper.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      const value = Number(line.trim());
      if (Number.isInteger(value) && value > 0) resolve(value);
      else reject(new Error(`the wrapper of ${binary} printed "${line}" instead of a pid`));
      lines.close();
    });
    wrapper.once('error', reject);
    wrapper.once('exit', () => reject(new Error(`${binary} exited before it started`)));
  });
  pid.catch(() => {});
  return { process: wrapper, pid };
}
