import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-strategy';
import type { Actor } from '../../access/actor.js';
import { ApiKeysService } from '../api-keys.service.js';

type Verify = (key: string, done: (error: Error | null, actor?: Actor | null) => void) => void;

/** Passport strategy for the `X-API-Key` header of system clients. */
class ApiKeyHeaderStrategy extends Strategy {
  constructor(private readonly verify: Verify) {
    super();
  }

  override authenticate(req: Request): void {
    const key = req.headers['x-api-key'];
    if (typeof key !== 'string' || key === '') return this.fail(401);
    this.verify(key, (error, actor) => {
      if (error) this.error(error);
      else if (actor) this.success(actor);
      else this.fail(401);
    });
  }
}

@Injectable()
export class ApiKeyStrategy extends PassportStrategy(ApiKeyHeaderStrategy, 'api-key') {
  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  validate(key: string): Promise<Actor | null> {
    return this.apiKeys.actorForKey(key);
  }
}
