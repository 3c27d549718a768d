/** A value that cannot stand where the runbook puts it; the message names the variable. */
export class VariableValueError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'VariableValueError';
  }
}
