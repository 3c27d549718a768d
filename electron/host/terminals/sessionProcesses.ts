import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every process in a terminal's session: the shell leads it, and its jobs live in their own
 * process groups, so signalling the shell's group alone would leave `stress-ng &` running.
 * Read from /proc (Linux); elsewhere only the leader is known.
 */
export function sessionProcesses(sessionId: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [sessionId];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    if (sessionOf(entry) === sessionId) members.push(Number(entry));
  }
  return members.includes(sessionId) ? members : [sessionId, ...members];
}

/** Field 6 of /proc/PID/stat; the command name in field 2 may hold spaces and parentheses. */
function sessionOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[3]);
  } catch {
    return null;
  }
}

/** Sends a signal to every process of the session; ones already gone are skipped. */
export function signalSession(sessionId: number, signal: NodeJS.Signals): void {
  for (const pid of sessionProcesses(sessionId)) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** True while a process exists (signal 0 checks without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
