import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../../config/app-config.js';
import type { Actor } from '../actor.js';
import { AuthService, type TokenClaims } from '../auth.service.js';
import { JWT_AUDIENCE, JWT_ISSUER } from '../jwt-options.js';

/** `Authorization: Bearer <access token>`; the session and the account are re-checked each time. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET!,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
  }

  validate(claims: TokenClaims): Promise<Actor | null> {
    return this.auth.actorForToken(claims);
  }
}
