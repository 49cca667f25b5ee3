import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppException } from '../common/app.exception.js';
import { FieldCipher } from '../common/field-cipher.js';
import { currentRequest } from '../common/logging.js';
import { AppConfig } from '../config/app-config.js';
import type { User } from '../users/entities/user.entity.js';
import { type UserProfile, UsersService } from '../users/users.service.js';
import { type Actor, scopeOf } from '../access/actor.js';
import type { SecondFactorCheck } from '../access/second-factor.js';
import { AuthRepository } from './auth.repository.js';
import { SessionCache } from '../access/session-cache.js';
import type { Session } from './entities/session.entity.js';
import type {
  LoginResponseDto,
  MfaEnrollmentDto,
  MfaEnrollmentRequiredDto,
  TokenPairDto,
} from './dto/auth.dto.js';
import { permissionsOf, receivingPointOf, ROLES } from '../access/permissions.js';
import { dummyPasswordHash, verifyPassword } from '../users/password.js';
import {
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  recoveryCodeHash,
} from './totp.js';

/** What an access or enrolment token carries. */
export interface TokenClaims {
  sub: string;
  /** Session of an access token. */
  sid?: string;
  typ: 'access' | 'mfa-enrollment';
}

const ENROLLMENT_TOKEN_SECONDS = 600;
/** Usernames are at most 64 characters (users.username). */
const MAX_USERNAME_LENGTH = 64;

function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

@Injectable()
export class AuthService implements SecondFactorCheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly auth: AuthRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly sessions: SessionCache,
  ) {
    const unknown = config.MFA_REQUIRED_ROLES.filter(
      (role) => !(ROLES as readonly string[]).includes(role),
    );
    if (unknown.length > 0) {
      throw new Error(
        `Invalid configuration: MFA_REQUIRED_ROLES names unknown roles: ${unknown.join(', ')}`,
      );
    }
  }

  /**
   * The password step of a sign-in (Passport's local strategy). Unknown usernames are checked
   * against a dummy hash and answered like wrong passwords; a locked username is refused before
   * its password is looked at.
   */
  async checkPassword(username: string, password: string): Promise<UserProfile> {
    const name = normalizeUsername(username);
    if (name.length > MAX_USERNAME_LENGTH) {
      // No account has such a name: answer like any wrong password, in the same time.
      await verifyPassword(await dummyPasswordHash(), password);
      throw new AppException('invalid-credentials');
    }
    await this.refuseIfLocked(name);
    const profile = await this.users.loginProfile(name);
    const hash = profile?.user.passwordHash ?? (await dummyPasswordHash());
    const matches = await verifyPassword(hash, password);
    if (!profile || !matches || !profile.active) {
      await this.failure(name, profile, 'auth.login_failed', {
        reason: !profile ? 'unknown-user' : !matches ? 'wrong-password' : 'inactive',
      });
      throw new AppException('invalid-credentials');
    }
    return profile;
  }

  /** After the password: the second factor where there is one, then the tokens. */
  async completeLogin(
    profile: UserProfile,
    otp: string | undefined,
  ): Promise<LoginResponseDto | MfaEnrollmentRequiredDto> {
    const { user } = profile;
    if (user.mfaEnabled) {
      if (!otp) throw new AppException('mfa-required');
      const method = await this.secondFactor(user, otp);
      if (!method) {
        await this.failure(user.username, profile, 'auth.mfa_failed', {});
        throw new AppException('invalid-otp');
      }
      await this.auth.clearFailures(user.username);
      return this.signIn(profile, method);
    }
    await this.auth.clearFailures(user.username);
    if (this.requiresMfa(user)) {
      await this.audit.record({
        actor: this.actorOf(profile, null, 'mfa-enrollment'),
        action: 'auth.mfa_enrollment_required',
      });
      const claims: TokenClaims = { sub: user.id, typ: 'mfa-enrollment' };
      return {
        mfaEnrollmentRequired: true,
        enrollmentToken: await this.jwt.signAsync(claims, { expiresIn: ENROLLMENT_TOKEN_SECONDS }),
      };
    }
    return this.signIn(profile, null);
  }

  async refresh(token: string): Promise<TokenPairDto> {
    const stored = await this.auth.refreshToken(token);
    const session = stored?.session;
    if (!stored || !session || session.revokedAt) throw new AppException('invalid-refresh-token');
    const profile = await this.users.activeProfile(session.userId);
    if (stored.usedAt) await this.endReusedSession(session.id, profile);
    if (stored.expiresAt <= new Date() || !profile || !this.sessionCurrent(session, profile)) {
      throw new AppException('invalid-refresh-token');
    }
    const next = newRefreshToken();
    if (!(await this.auth.rotate(stored, next, this.refreshExpiry()))) {
      // Another request exchanged it a moment ago: a copy of the token is in other hands.
      await this.endReusedSession(session.id, profile);
    }
    return this.tokens(profile.user.id, session.id, next);
  }

  /** A spent refresh token came back: its whole session ends, and the log says so. */
  private async endReusedSession(sessionId: string, profile: UserProfile | null): Promise<never> {
    await this.dataSource.transaction(async (tx) => {
      await this.auth.revokeSession(tx, sessionId, 'refresh-token-reuse');
      await this.audit.record(
        {
          actor: profile ? this.actorOf(profile, sessionId, 'access') : null,
          action: 'auth.refresh_token_reuse',
          entity: { type: 'session', id: sessionId },
        },
        tx,
      );
    });
    throw new AppException('invalid-refresh-token');
  }

  async logout(actor: Actor): Promise<void> {
    if (!actor.sessionId) return;
    const sessionId = actor.sessionId;
    await this.dataSource.transaction(async (tx) => {
      await this.auth.revokeSession(tx, sessionId, 'logout');
      await this.audit.record({ actor, action: 'auth.logout' }, tx);
    });
  }

  /** The actor behind a verified JWT, or null when its session or user is no longer valid. */
  async actorForToken(claims: TokenClaims): Promise<Actor | null> {
    if (claims.typ === 'mfa-enrollment') {
      const profile = await this.users.activeProfile(claims.sub);
      return profile && this.actorOf(profile, null, 'mfa-enrollment');
    }
    if (claims.typ !== 'access' || !claims.sid) return null;
    const sessionId = claims.sid;
    const actor = await this.sessions.actor(sessionId, async () => {
      // The session, its account and the account's organisation in one query; kept in memory
      // until one of them changes (session-cache.ts), so that a session ended, an account
      // deactivated or changed ends access with the next request, in every process.
      const session = await this.auth.sessionWithUser(sessionId);
      const profile = this.users.activeProfileOf(session?.user);
      if (!session || !profile || session.revokedAt) return null;
      if (!this.sessionCurrent(session, profile)) return null;
      return this.actorOf(profile, session.id, 'access', session.secondFactor);
    });
    return actor?.id === claims.sub ? actor : null;
  }

  async startMfaEnrollment(actor: Actor): Promise<MfaEnrollmentDto> {
    const profile = await this.users.activeProfile(actor.id);
    if (!profile) throw new AppException('unauthorized');
    if (profile.user.mfaEnabled) throw new AppException('mfa-already-enabled');
    const secret = newTotpSecret();
    const recoveryCodes = newRecoveryCodes();
    await this.dataSource.transaction(async (tx) => {
      await this.users.setPendingMfa(tx, actor.id, {
        secret: this.cipher.encrypt(secret),
        recoveryCodeHashes: recoveryCodes.map(recoveryCodeHash),
      });
      await this.audit.record({ actor, action: 'auth.mfa_enrollment_started' }, tx);
    });
    return { secret, otpauthUrl: otpauthUrl(secret, actor.name), recoveryCodes };
  }

  async activateMfa(actor: Actor, otp: string): Promise<void> {
    const profile = await this.users.activeProfile(actor.id);
    const pending = profile?.user.mfaPending;
    if (!profile || profile.user.mfaEnabled || !pending) throw new AppException('mfa-not-started');
    const step = matchTotp(this.cipher.decrypt(pending.secret), otp);
    if (step === null) {
      await this.audit.record({ actor, action: 'auth.mfa_activation_failed' });
      throw new AppException('invalid-otp', {}, [], 422);
    }
    // The activation code is spent: sign-in needs a later one.
    await this.dataSource.transaction(async (tx) => {
      await this.users.activateMfa(tx, actor.id, pending, step);
      await this.audit.record({ actor, action: 'auth.mfa_enabled' }, tx);
    });
  }

  /** A user's own password change; every session ends, this one included. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    if (actor.kind !== 'user') throw new AppException('forbidden');
    await this.refuseIfLocked(actor.name);
    const profile = await this.users.loginProfile(actor.name);
    if (!profile || !(await verifyPassword(profile.user.passwordHash, currentPassword))) {
      await this.failure(actor.name, profile, 'auth.password_change_failed', {});
      throw new AppException('wrong-current-password');
    }
    await this.dataSource.transaction(async (tx) => {
      await this.users.setPassword(tx, profile.user, newPassword);
      await this.audit.record({ actor, action: 'auth.password_changed' }, tx);
    });
  }

  actorOf(
    profile: UserProfile,
    sessionId: string | null,
    purpose: Actor['purpose'],
    secondFactor = false,
  ): Actor {
    const { user, organization } = profile;
    const home = { provinceCode: organization.provinceCode, communeCode: organization.communeCode };
    return {
      kind: 'user',
      id: user.id,
      name: user.username,
      fullName: user.fullName,
      organizationId: user.organizationId,
      home,
      roles: user.roles,
      permissions: purpose === 'access' ? permissionsOf(user.roles, organization.type) : new Set(),
      scope: scopeOf(
        user.areaCodes.length > 0 ? user.areaCodes : [home.communeCode ?? home.provinceCode],
      ),
      receivingPoint: receivingPointOf(user.roles, organization.type),
      sessionId,
      secondFactor,
      purpose,
    };
  }

  /**
   * A session opened before the credentials last changed is over, and so is one opened without a
   * second factor once the user's roles require one.
   */
  private sessionCurrent(session: Session, profile: UserProfile): boolean {
    if (session.createdAt < profile.user.credentialsChangedAt) return false;
    return session.secondFactor || !this.requiresMfa(profile.user);
  }

  /**
   * The second factor asked again at the moment of a decision (`@StepUp`): a user's current TOTP
   * code, or one of their recovery codes, spent as at sign-in (a code used once, sign-in
   * included). A wrong code counts towards the username's lock like a wrong sign-in, and a locked
   * user decides nothing: a stolen access token cannot guess its way through. API keys and users
   * without a second factor never take these decisions.
   */
  async stepUp(actor: Actor, otp: string | undefined, action: string): Promise<void> {
    const profile = actor.kind === 'user' ? await this.users.activeProfile(actor.id) : null;
    if (!profile?.user.mfaEnabled) throw new AppException('second-factor-required', { action });
    if (!otp?.trim()) throw new AppException('step-up-required', { action });
    const { user } = profile;
    await this.refuseIfLocked(user.username);
    const method = await this.secondFactor(user, otp.trim());
    if (!method) {
      await this.failure(user.username, profile, 'auth.step_up_failed', { action });
      throw new AppException('step-up-invalid', { action });
    }
    await this.auth.clearFailures(user.username);
    if (method === 'recovery-code') {
      await this.audit.record({ actor, action: 'auth.step_up_recovery_code', details: { action } });
    }
  }

  private requiresMfa(user: User): boolean {
    return user.roles.some((role) => this.config.MFA_REQUIRED_ROLES.includes(role));
  }

  private async secondFactor(user: User, otp: string): Promise<'totp' | 'recovery-code' | null> {
    if (/^\d{6}$/.test(otp)) {
      const step = user.mfaSecret ? matchTotp(this.cipher.decrypt(user.mfaSecret), otp) : null;
      return step !== null && (await this.users.acceptTotpStep(user.id, step)) ? 'totp' : null;
    }
    return (await this.users.useRecoveryCode(user.id, recoveryCodeHash(otp)))
      ? 'recovery-code'
      : null;
  }

  private async signIn(profile: UserProfile, mfa: string | null): Promise<LoginResponseDto> {
    const request = currentRequest();
    const refreshToken = newRefreshToken();
    const session = await this.dataSource.transaction(async (tx) => {
      const opened = await this.auth.openSession(
        tx,
        profile.user.id,
        { ip: request?.ip ?? null, userAgent: request?.userAgent ?? null },
        mfa !== null,
        refreshToken,
        this.refreshExpiry(),
      );
      await this.users.recordLogin(tx, profile.user.id);
      await this.audit.record(
        {
          actor: this.actorOf(profile, opened.id, 'access', opened.secondFactor),
          action: 'auth.login',
          details: { mfa },
        },
        tx,
      );
      return opened;
    });
    const { user } = profile;
    return {
      ...(await this.tokens(user.id, session.id, refreshToken)),
      user: {
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        roles: user.roles,
        organizationId: user.organizationId,
      },
    };
  }

  private async tokens(
    userId: string,
    sessionId: string,
    refreshToken: string,
  ): Promise<TokenPairDto> {
    const claims: TokenClaims = { sub: userId, sid: sessionId, typ: 'access' };
    return {
      accessToken: await this.jwt.signAsync(claims, {
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      }),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  }

  private async refuseIfLocked(username: string): Promise<void> {
    const throttle = await this.auth.throttle(username);
    if (throttle?.lockedUntil && throttle.lockedUntil > new Date()) locked(throttle.lockedUntil);
  }

  /** Counts a failed attempt against the username, and records it (and a lock it causes). */
  private async failure(
    username: string,
    profile: UserProfile | null,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const { failures, lockedUntil } = await this.auth.recordFailure(
      username,
      this.config.LOGIN_LOCK_THRESHOLD,
      this.config.LOGIN_LOCK_SECONDS,
    );
    const base = {
      actor: null,
      actorName: username,
      entity: profile ? { type: 'user', id: profile.user.id } : undefined,
      area: profile
        ? {
            provinceCode: profile.organization.provinceCode,
            communeCode: profile.organization.communeCode,
          }
        : undefined,
    };
    await this.audit.record({ ...base, action, details: { ...details, failures } });
    if (lockedUntil) {
      await this.audit.record({
        ...base,
        action: 'auth.lockout',
        details: { until: lockedUntil.toISOString(), failures },
      });
    }
  }
}

function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** 423 with Retry-After, the same for every username, existing or not. */
function locked(until: Date): never {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  throw new AppException('account-locked', { seconds }, [], undefined, {
    'Retry-After': String(seconds),
  });
}
