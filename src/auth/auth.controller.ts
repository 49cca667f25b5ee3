import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { RateLimit } from '../common/rate-limit.js';
import type { UserProfile } from '../users/users.service.js';
import { Access } from './access.decorator.js';
import { type Actor, CurrentActor } from './actor.js';
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

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

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
  login(
    @Req() request: Request & { user: UserProfile },
    @Body() dto: LoginDto,
  ): Promise<LoginResponseDto | MfaEnrollmentRequiredDto> {
    return this.auth.completeLogin(request.user, dto.otp);
  }

  @Post('refresh')
  @HttpCode(200)
  @Access.public()
  @RateLimit('login')
  @ApiOperation({
    operationId: 'refreshTokens',
    summary: 'A new token pair; the refresh token given is spent',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblem(401, 'The refresh token is not valid, spent or expired')
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Access.authenticated()
  @ApiOperation({
    operationId: 'signOut',
    summary: 'End this session: its access and refresh tokens stop working',
  })
  @ApiNoContentResponse()
  logout(@CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(actor);
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
}
