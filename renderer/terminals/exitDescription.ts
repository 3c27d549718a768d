/** How a tab and its banner say that a terminal's process has ended. */
export function describeExit(exitCode: number, signal: number | null): string {
  return signal !== null ? `Process killed by signal ${signal}` : `Process exited with code ${exitCode}`;
}

/** The short form on a tab. */
export function describeExitBriefly(exitCode: number, signal: number | null): string {
  return signal !== null ? `signal ${signal}` : `exit ${exitCode}`;
}
