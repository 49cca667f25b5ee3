import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppException } from '../common/app.exception.js';
import { RateLimit } from '../common/rate-limit.js';
import { AppConfig } from '../config/app-config.js';
import type { UserProfile } from '../users/users.service.js';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { AuthService } from './auth.service.js';
import {
  ChangePasswordDto,
  LoginDto,
  LoginResponseDto,
  MeDto,
  MfaEnrollmentDto,
  MfaEnrollmentRequiredDto,
  OtpDto,
  RefreshDto,
  TokenPairDto,
} from './dto/auth.dto.js';
import { LoginGuard } from './login.guard.js';
import { ApiProblem } from '../common/openapi.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  /** The refresh cookie is `Secure` in production (HTTPS), not on a developer's http://localhost. */
  private readonly secureCookies: boolean;

  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {
    this.secureCookies = config.NODE_ENV === 'production';
  }

  @Post('login')
  @HttpCode(200)
  @Access.public()
  @RateLimit('login')
  @UseGuards(LoginGuard)
  @ApiOperation({
    operationId: 'signIn',
    summary: 'Sign in; roles that need a second factor send `otp` (or enrol first)',
  })
  @ApiExtraModels(LoginResponseDto, MfaEnrollmentRequiredDto)
  @ApiOkResponse({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(LoginResponseDto) },
        { $ref: getSchemaPath(MfaEnrollmentRequiredDto) },
      ],
    },
  })
  @ApiProblem(401, 'Wrong username or password, or the second factor is missing or wrong')
  @ApiProblem(423, 'Locked after too many failed sign-ins: wait')
  async login(
    @Req() request: Request & { user: UserProfile },
    @Body() dto: LoginDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto | MfaEnrollmentRequiredDto> {
    const result = await this.auth.completeLogin(request.user, dto.otp);
    return dto.refreshTokenIn === 'cookie' ? this.inCookie(result, response) : result;
  }

  @Post('refresh')
  @HttpCode(200)
  @Access.public()
  @RateLimit('login')
  @ApiOperation({
    operationId: 'refreshTokens',
    summary:
      'A new token pair; the refresh token given (in the body, or the web app’s cookie) is spent',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblem(401, 'The refresh token is not valid, spent or expired')
  async refresh(
    @Body() dto: RefreshDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenPairDto> {
    if (dto.refreshToken) return this.auth.refresh(dto.refreshToken);
    const cookie = readRefreshCookie(request);
    if (!cookie) throw new AppException('invalid-refresh-token');
    return this.inCookie(await this.auth.refresh(cookie), response);
  }

  @Post('logout')
  @HttpCode(204)
  @Access.authenticated()
  @ApiOperation({
    operationId: 'signOut',
    summary: 'End this session: its access and refresh tokens stop working',
  })
  @ApiNoContentResponse()
  async logout(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(actor);
    clearRefreshCookie(response, this.secureCookies);
  }

  @Get('me')
  @Access.authenticated()
  @ApiOkResponse({ type: MeDto })
  @ApiOperation({
    operationId: 'getCurrentUser',
    summary: 'The signed-in user or API key: roles, permissions and areas',
  })
  me(@CurrentActor() actor: Actor): MeDto {
    return MeDto.from(actor);
  }

  @Post('password')
  @HttpCode(204)
  @Access.authenticated()
  @RateLimit('login')
  @ApiOperation({
    operationId: 'changeOwnPassword',
    summary: 'Change one’s own password; every session ends, sign in again',
  })
  @ApiNoContentResponse()
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
  }

  @Post('mfa/enroll')
  @HttpCode(200)
  @Access.mfaEnrollment()
  @ApiOperation({
    operationId: 'startMfaEnrollment',
    summary: 'Start TOTP enrolment (enrolment token or access token)',
  })
  @ApiOkResponse({ type: MfaEnrollmentDto })
  enroll(@CurrentActor() actor: Actor): Promise<MfaEnrollmentDto> {
    return this.auth.startMfaEnrollment(actor);
  }

  @Post('mfa/activate')
  @HttpCode(204)
  @Access.mfaEnrollment()
  @RateLimit('login')
  @ApiOperation({
    operationId: 'activateMfa',
    summary: 'Confirm enrolment with a current code; sign-in then needs `otp`',
  })
  @ApiNoContentResponse()
  activate(@CurrentActor() actor: Actor, @Body() dto: OtpDto): Promise<void> {
    return this.auth.activateMfa(actor, dto.otp);
  }

  /** Moves the refresh token of an answer into the web app's cookie. */
  private inCookie<T extends object>(result: T & { refreshToken?: string }, response: Response): T {
    const { refreshToken, ...rest } = result;
    if (refreshToken === undefined) return result;
    setRefreshCookie(
      response,
      refreshToken,
      this.config.REFRESH_TOKEN_TTL_DAYS * 86_400,
      this.secureCookies,
    );
    return rest as T;
  }
}
