import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppException } from '../common/app.exception.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import type { Actor } from './actor.js';
import { SecondFactorCheck } from './second-factor.js';
import { STEP_UP, STEP_UP_HEADER } from './step-up.decorator.js';

/**
 * Deny by default: a route passes only by its `@Access` declaration. Authentication is Passport's
 * (a JWT access token, or an API key, by the strategies the sign-in module registers); the
 * permission check is the role map's; a decision marked `@StepUp` then asks for the second factor
 * again (before the body is read), through the sign-in module's `SecondFactorCheck`.
 */
@Injectable()
export class AccessGuard extends AuthGuard(['jwt', 'api-key']) {
  constructor(
    private readonly reflector: Reflector,
    private readonly secondFactor: SecondFactorCheck,
  ) {
    super();
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!rule) throw new AppException('forbidden');
    if (rule.kind === 'public') return true;
    await super.canActivate(ctx);
    const actor = ctx.switchToHttp().getRequest<{ user: Actor }>().user;
    switch (rule.kind) {
      case 'mfa-enrollment':
        if (actor.kind !== 'user') throw new AppException('forbidden');
        return true;
      case 'authenticated':
        if (actor.purpose !== 'access') throw new AppException('unauthorized');
        return true;
      case 'permission':
        if (actor.purpose !== 'access') throw new AppException('unauthorized');
        if (!actor.permissions.has(rule.permission)) throw new AppException('forbidden');
        await this.stepUp(ctx, actor);
        return true;
    }
  }

  private async stepUp(ctx: ExecutionContext, actor: Actor): Promise<void> {
    const action = this.reflector.get<string | undefined>(STEP_UP, ctx.getHandler());
    if (action === undefined) return;
    const request = ctx
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    const code = request.headers[STEP_UP_HEADER];
    await this.secondFactor.stepUp(actor, typeof code === 'string' ? code : undefined, action);
  }

  override handleRequest<T>(error: unknown, actor: T | false): T {
    // What the strategy threw (an AppException, or the database's error), as it was.
    if (error) throw error as Error;
    if (!actor) throw new AppException('unauthorized');
    return actor;
  }
}
