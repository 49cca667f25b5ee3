import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Permission, ReceivingPoint, Role } from './permissions.js';

/**
 * Where an actor works: whole provinces (2-digit codes) and single communes (5-digit codes).
 * Every read of a child, case or referral filters by it in SQL (scope.ts).
 */
export interface AreaScope {
  provinces: string[];
  communes: string[];
}

/** Who is making the request: a signed-in user or a system client's API key. */
export interface Actor {
  kind: 'user' | 'api_key';
  /** The user's or the key's id. */
  id: string;
  /** Username, or the key's name. */
  name: string;
  fullName: string | null;
  organizationId: string;
  /** The organisation's area: where audit entries about the actor itself are filed. */
  home: { provinceCode: string; communeCode: string | null };
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  scope: AreaScope;
  /**
   * Staff of a receiving point (permissions.ts): they record reports about a child anywhere, and
   * the report's case goes to the child's commune. Null for everyone else.
   */
  receivingPoint: ReceivingPoint | null;
  /** The sign-in session of a user's access token. */
  sessionId: string | null;
  /**
   * The session was opened with the second factor (a TOTP code, or one of the recovery codes
   * issued with it): recorded on the session at sign-in and read with it on every request. The
   * chair's decisions ask for it again at that moment (`@StepUp`). Always false for API keys.
   */
  secondFactor: boolean;
  /** An enrolment token only reaches the MFA enrolment routes. */
  purpose: 'access' | 'mfa-enrollment';
}

/**
 * Who started a job, as its worker needs them (an import, a check run): the job reads and writes
 * with their rights, kept with the job in the database.
 */
export type JobActor = Pick<Actor, 'kind' | 'id' | 'name' | 'fullName' | 'home' | 'scope'>;

export function jobActor(actor: Actor): JobActor {
  const { kind, id, name, fullName, home, scope } = actor;
  return { kind, id, name, fullName, home, scope };
}

/** The actor of the current request, set by the AccessGuard. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Actor =>
    ctx.switchToHttp().getRequest<{ user: Actor }>().user,
);

/** Splits area codes by level: provinces have 2 digits, communes 5. */
export function scopeOf(areaCodes: string[]): AreaScope {
  return {
    provinces: areaCodes.filter((code) => code.length === 2),
    communes: areaCodes.filter((code) => code.length === 5),
  };
}
