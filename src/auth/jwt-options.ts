import type { JwtModuleOptions } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config.js';

export const JWT_ISSUER = 'bvte';
export const JWT_AUDIENCE = 'bvte-api';

export function jwtOptions(config: AppConfig): JwtModuleOptions {
  return {
    secret: config.JWT_SECRET,
    signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
  };
}
