import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { UserProfile } from '../../users/users.service.js';
import { AuthService } from '../auth.service.js';

/** The password step of POST /auth/login. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', session: false });
  }

  validate(username: string, password: string): Promise<UserProfile> {
    return this.auth.checkPassword(username, password);
  }
}
