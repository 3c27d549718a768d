/**
 * Knows which clients have at least one live connection, and tells when one has been gone
 * for longer than a grace period (a reload or a network blip is not a departure).
 */
export class ClientPresence {
  private readonly connections = new Map<string, number>();
  private readonly departures = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly graceMs: number,
    private readonly onGone: (clientId: string) => void,
  ) {}

  connected(clientId: string): void {
    this.connections.set(clientId, (this.connections.get(clientId) ?? 0) + 1);
    const departure = this.departures.get(clientId);
    if (departure) clearTimeout(departure);
    this.departures.delete(clientId);
  }

  disconnected(clientId: string): void {
    const left = (this.connections.get(clientId) ?? 1) - 1;
    if (left > 0) {
      this.connections.set(clientId, left);
      return;
    }
    this.connections.delete(clientId);
    const timer = setTimeout(() => {
      this.departures.delete(clientId);
      this.onGone(clientId);
    }, this.graceMs);
    timer.unref();
    this.departures.set(clientId, timer);
  }

  dispose(): void {
    for (const timer of this.departures.values()) clearTimeout(timer);
    this.departures.clear();
  }
}
