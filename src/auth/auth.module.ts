import { type DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../config/app-config.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccessGuard } from '../access/access.guard.js';
import { SecondFactorCheck } from '../access/second-factor.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuthController } from './auth.controller.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { jwtOptions } from './jwt-options.js';
import { ApiKeyStrategy } from './strategies/api-key.strategy.js';
import { JwtStrategy } from './strategies/jwt.strategy.js';
import { LocalStrategy } from './strategies/local.strategy.js';
import './auth.messages.js';

/**
 * Sign-in, tokens, second factor, API keys, and the global AccessGuard's strategies. A worker
 * process takes no requests and registers no strategy: Passport keeps its strategies in one
 * registry per process, where the last one registered under a name wins.
 */
@Module({})
export class AuthModule {
  static forRoot({ http }: { http: boolean }): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        PassportModule,
        JwtModule.registerAsync({ inject: [AppConfig], useFactory: jwtOptions }),
        UsersModule,
        OrganizationsModule,
      ],
      controllers: [AuthController, ApiKeysController],
      providers: [
        AuthRepository,
        AuthService,
        { provide: SecondFactorCheck, useExisting: AuthService },
        ApiKeysService,
        AccessGuard,
        ...(http ? [LocalStrategy, JwtStrategy, ApiKeyStrategy] : []),
      ],
      exports: [AccessGuard],
    };
  }
}
