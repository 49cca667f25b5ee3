/**
 * Stops calling a service that keeps failing: after `threshold` failures in a row no call goes for
 * `cooldownMs`; then one may try (half-open), and one more failure opens it again at once.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** When a call may go again (ms since the epoch) while the circuit is open; null: now. */
  blockedUntil(): number | null {
    if (this.openedAt === null) return null;
    const until = this.openedAt + this.cooldownMs;
    return this.now() >= until ? null : until;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = null;
  }

  failure(): void {
    this.failures += 1;
    if (this.failures >= this.threshold) this.openedAt = this.now();
  }
}
