/** Whether something the service needs answers. */
export type DependencyStatus = 'UP' | 'DOWN';

/** Something the service needs: the sandbox's own Redis, or a built-in stand-in without it. */
export interface ServiceDependency {
  readonly name: string;
  /** 'redis' for a real redis-server, 'built-in' for the in-process stand-in; the UI says which. */
  readonly kind: 'redis' | 'built-in';
  /** The status as of now; cheap enough to ask on every request. */
  check(): Promise<DependencyStatus>;
  /** A drill's switch: brings the dependency down or back up. */
  setUp(up: boolean): Promise<void>;
}

/** The stand-in when redis-server is not installed: up or down as a drill sets it. */
export class BuiltInDependency implements ServiceDependency {
  readonly kind = 'built-in';
  private up = true;

  constructor(readonly name = 'cache') {}

  setUp(up: boolean): Promise<void> {
    this.up = up;
    return Promise.resolve();
  }

  check(): Promise<DependencyStatus> {
    return Promise.resolve(this.up ? 'UP' : 'DOWN');
  }
}
