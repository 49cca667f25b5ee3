import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { AppException } from '../common/app.exception.js';
import { createValidationPipe } from '../common/validation.pipe.js';
import { LoginDto } from './dto/auth.dto.js';

/**
 * Runs Passport's local strategy on POST /auth/login. Guards run before pipes, so the body is
 * validated here first: a malformed body is a 400 like everywhere else, not a failed sign-in.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<Request>();
    request.body = (await this.validation.transform(request.body ?? {}, {
      type: 'body',
      metatype: LoginDto,
    })) as LoginDto;
    return (await super.canActivate(ctx)) as boolean;
  }

  override handleRequest<T>(error: unknown, profile: T | false): T {
    // What the strategy threw (an AppException, or the database's error), as it was.
    if (error) throw error as Error;
    if (!profile) throw new AppException('invalid-credentials');
    return profile;
  }
}
