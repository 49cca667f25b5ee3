import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppException } from '../common/app.exception.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import type { Actor } from './actor.js';

/**
 * Deny by default: a route passes only by its `@Access` declaration. Authentication is Passport's
 * (a JWT access token, or an API key); the permission check is the role map's.
 */
@Injectable()
export class AccessGuard extends AuthGuard(['jwt', 'api-key']) {
  constructor(private readonly reflector: Reflector) {
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
        return true;
    }
  }

  override handleRequest<T>(error: unknown, actor: T | false): T {
    if (error) throw error;
    if (!actor) throw new AppException('unauthorized');
    return actor;
  }
}
