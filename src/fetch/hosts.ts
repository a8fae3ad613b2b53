/**
 * Politeness per host: requests to one host run one at a time, each starting at least the host's
 * delay after the previous one started. Hosts do not wait for each other.
 */
export class HostGate {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastStart = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly defaultDelayMs: number) {}

  /** Raises a host's delay (robots.txt `Crawl-delay`); never lowers it below the default. */
  setDelay(host: string, delayMs: number): void {
    this.delays.set(host, Math.max(this.defaultDelayMs, delayMs));
  }

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const current = previous.then(async () => {
      const wait = (this.lastStart.get(host) ?? -Infinity) + (this.delays.get(host) ?? this.defaultDelayMs) - Date.now();
      if (wait > 0) await sleep(wait);
      this.lastStart.set(host, Date.now());
      return task();
    });
    this.tails.set(host, current.catch(() => undefined));
    return current;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
