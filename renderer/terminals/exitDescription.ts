/** How a tab and its banner say that a terminal's process has ended. */
export function describeExit(exitCode: number, signal: number | null): string {
  return signal !== null ? `Process killed by signal ${signal}` : `Process exited with code ${exitCode}`;
}

/** The short form on a tab. */
export function describeExitBriefly(exitCode: number, signal: number | null): string {
  return signal !== null ? `signal ${signal}` : `exit ${exitCode}`;
}

/** Ended by itself with code 0: shown as a success, anything else as a failure. */
export function exitedCleanly(exitCode: number, signal: number | null): boolean {
  return exitCode === 0 && signal === null;
}
