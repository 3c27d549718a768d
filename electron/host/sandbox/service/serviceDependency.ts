/** Whether something the service needs answers. */
export type DependencyStatus = 'UP' | 'DOWN';

/** Something the service needs: the sandbox's own Redis, or a built-in stand-in without it. */
export interface ServiceDependency {
  readonly name: string;
  /** 'redis' for a real redis-server, 'built-in' for the in-process stand-in; the UI says which. */
  readonly kind: 'redis' | 'built-in';
  check(): Promise<DependencyStatus>;
}

/** The stand-in when redis-server is not installed: up or down as a drill sets it. */
export class BuiltInDependency implements ServiceDependency {
  readonly kind = 'built-in';
  private up = true;

  constructor(readonly name = 'cache') {}

  setUp(up: boolean): void {
    this.up = up;
  }

  check(): Promise<DependencyStatus> {
    return Promise.resolve(this.up ? 'UP' : 'DOWN');
  }
}
