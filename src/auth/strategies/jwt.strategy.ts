import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../../config/app-config.js';
import type { Actor } from '../../access/actor.js';
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
      // A KeyObject, which jsonwebtoken takes as it is (its README: "string, buffer, or
      // KeyObject"); given the string, it first tries it as a PEM public key on every request, and
      // that failure costs about 1 ms. passport-jwt passes it through; its types are narrower.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET!)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
  }

  validate(claims: TokenClaims & { exp?: unknown }): Promise<Actor | null> {
    // jsonwebtoken checks `exp` only when a token has one: every token this service signs (access
    // and enrolment alike) expires, so one without it was not made here and is refused.
    if (typeof claims.exp !== 'number') return Promise.resolve(null);
    return this.auth.actorForToken(claims);
  }
}
