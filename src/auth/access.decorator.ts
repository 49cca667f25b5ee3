import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { API_KEY_PERMISSIONS, type Permission } from './permissions.js';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'mfa-enrollment' }
  | { kind: 'permission'; permission: Permission };

export const ACCESS_RULE = 'bvte:access-rule';

const signedIn = [
  ApiBearerAuth(),
  ApiUnauthorizedResponse({ description: 'Not signed in (problem+json)' }),
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
    ApiForbiddenResponse({ description: `Requires the permission ${permission}` }),
    ApiExtension('x-permission', permission),
  );
}

/** Open to anyone: sign-in, token refresh, health. */
Access.public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

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
  );
