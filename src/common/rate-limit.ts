import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppException } from './app.exception.js';
import { AppConfig } from '../config/app-config.js';

export interface RateLimitRule {
  /** Requests allowed per window per client address. */
  limit: number;
  windowMs: number;
}

const RATE_LIMIT = Symbol('rate-limit');

/**
 * A route's own limit, or `'login'`: the shared LOGIN_RATE_LIMIT_PER_MINUTE budget of sign-in,
 * token refresh and second-factor routes, or `false` to exempt the route (health).
 */
export const RateLimit = (rule: RateLimitRule | 'login' | false) => SetMetadata(RATE_LIMIT, rule);

/**
 * Fixed-window rate limiting per client address and route group, in this process's memory:
 * each API instance counts on its own, so the effective limit grows with the instances.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly defaultRule: RateLimitRule;
  private readonly loginRule: RateLimitRule;
  private lastSweep = 0;

  constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.defaultRule = { limit: config.RATE_LIMIT_PER_MINUTE, windowMs: 60_000 };
    this.loginRule = { limit: config.LOGIN_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 };
  }

  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType() !== 'http') return true;
    const route = this.reflector.getAllAndOverride<RateLimitRule | 'login' | false | undefined>(
      RATE_LIMIT,
      [ctx.getHandler(), ctx.getClass()],
    );
    if (route === false) return true;
    const rule = route === 'login' ? this.loginRule : (route ?? this.defaultRule);
    const request = ctx.switchToHttp().getRequest<Request>();
    const response = ctx.switchToHttp().getResponse<Response>();
    const now = Date.now();
    this.sweep(now);
    const group =
      route === 'login' ? 'login' : route ? `${ctx.getClass().name}.${ctx.getHandler().name}` : '*';
    const key = `${group}|${request.ip}`;
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + rule.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    const resetSeconds = Math.ceil((window.resetAt - now) / 1000);
    response.setHeader('X-RateLimit-Limit', rule.limit);
    response.setHeader('X-RateLimit-Remaining', Math.max(0, rule.limit - window.count));
    response.setHeader('X-RateLimit-Reset', resetSeconds);
    if (window.count > rule.limit) {
      response.setHeader('Retry-After', resetSeconds);
      throw new AppException('rate-limited');
    }
    return true;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
