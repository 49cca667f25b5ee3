import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiHeader } from '@nestjs/swagger';

export const STEP_UP = 'bvte:step-up';

/** The header a decision's current code travels in. */
export const STEP_UP_HEADER = 'x-otp';

/**
 * A decision taken with the second factor asked again at that moment (the commune chair's
 * approvals and isolation decisions): the AccessGuard, once the permission passes, checks the
 * `X-OTP` header against the user's own authenticator, or spends one of their recovery codes, as
 * the sign-in does and with its replay protection (one code, one use). `action` names the decision
 * in the refusal.
 */
export function StepUp(action: string): MethodDecorator {
  return applyDecorators(
    SetMetadata(STEP_UP, action),
    ApiHeader({
      name: 'X-OTP',
      required: true,
      description:
        'The current 6-digit code of the user’s authenticator app (or one of their recovery ' +
        'codes), asked at the moment of the decision; each code is used once, sign-in included. ' +
        'Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user ' +
        'without a second factor, or an API key: 403 second-factor-required',
    }),
    ApiExtension('x-step-up', true),
  );
}
