import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from '../common/openapi.js';
import { API_KEY_PERMISSIONS, type Permission } from './permissions.js';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'mfa-enrollment' }
  | { kind: 'permission'; permission: Permission };

export const ACCESS_RULE = 'bvte:access-rule';

const signedIn = [
  ApiBearerAuth(),
  ApiUnauthorizedResponse({
    description: 'Not signed in, or the token or API key is not valid (any more)',
  }),
];

/**
 * The one declaration of who may call a route (conventions.md rule 1), enforced by the global
 * AccessGuard and written into the OpenAPI document. A route without it is refused.
 */
export function Access(permission: Permission): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'permission', permission } satisfies AccessRule),
    ...signedIn,
    ...(API_KEY_PERMISSIONS.includes(permission) ? [ApiSecurity('api-key')] : []),
    ApiForbiddenResponse({
      description: `Requires the permission ${permission}, in the record’s area`,
    }),
    ApiExtension('x-permission', permission),
  );
}

/** Open to anyone: sign-in, token refresh, health (`security: []` in the OpenAPI document). */
Access.public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule),
    ApiExtension(PUBLIC_EXTENSION, true),
  );

/** Any signed-in user or API key, whatever its permissions: the caller's own account. */
Access.authenticated = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule),
    ...signedIn,
  );

/** A signed-in user, or one holding only an MFA enrolment token. */
Access.mfaEnrollment = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'mfa-enrollment' } satisfies AccessRule),
    ...signedIn,
    ApiForbiddenResponse({ description: 'For a user, not an API key' }),
  );
