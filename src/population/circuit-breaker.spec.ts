import { CircuitBreaker } from './circuit-breaker.js';

describe('CircuitBreaker', () => {
  it('opens after the threshold of failures in a row, for the cool-down', () => {
    let now = 1_000;
    const breaker = new CircuitBreaker(3, 500, () => now);
    breaker.failure();
    breaker.failure();
    expect(breaker.blockedUntil()).toBeNull();
    breaker.failure();
    expect(breaker.blockedUntil()).toBe(1_500);
    now = 1_499;
    expect(breaker.blockedUntil()).toBe(1_500);
    now = 1_500;
    expect(breaker.blockedUntil()).toBeNull();
  });

  it('reopens at once when the trial call after the cool-down fails', () => {
    let now = 0;
    const breaker = new CircuitBreaker(2, 100, () => now);
    breaker.failure();
    breaker.failure();
    now = 100;
    expect(breaker.blockedUntil()).toBeNull();
    breaker.failure();
    expect(breaker.blockedUntil()).toBe(200);
  });

  it('forgets earlier failures after a success', () => {
    const breaker = new CircuitBreaker(2, 100, () => 0);
    breaker.failure();
    breaker.success();
    breaker.failure();
    expect(breaker.blockedUntil()).toBeNull();
  });
});
