import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Actor } from '../../access/actor.js';
import type { Role } from '../../access/permissions.js';

export class LoginDto {
  @ApiProperty({ example: 'nguyenvana' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({ description: 'The 6-digit TOTP code, or a recovery code' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  otp?: string;

  @ApiPropertyOptional({
    enum: ['body', 'cookie'],
    default: 'body',
    description:
      'Where the refresh token goes: in the answer (system clients) or, for the web app, in an ' +
      'HttpOnly cookie sent only to /auth/refresh, which no script can read',
  })
  @IsOptional()
  @IsIn(['body', 'cookie'])
  refreshTokenIn?: 'body' | 'cookie';
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'Absent when the web app’s cookie carries it' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

export class OtpDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/)
  otp!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken!: string;
  @ApiPropertyOptional({ description: 'Absent when it was set as the web app’s cookie' })
  refreshToken?: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds the access token lives' }) expiresIn!: number;
}

export class LoginUserDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ isArray: true, type: String }) roles!: Role[];
  @ApiProperty() organizationId!: string;
}

export class LoginResponseDto extends TokenPairDto {
  @ApiProperty({ type: LoginUserDto }) user!: LoginUserDto;
}

export class MfaEnrollmentRequiredDto {
  @ApiProperty({ example: true }) mfaEnrollmentRequired!: true;
  @ApiProperty({ description: 'Bearer token for /auth/mfa/enroll and /auth/mfa/activate only' })
  enrollmentToken!: string;
}

export class MfaEnrollmentDto {
  @ApiProperty({ description: 'Base32 TOTP secret' }) secret!: string;
  @ApiProperty() otpauthUrl!: string;
  @ApiProperty({ type: [String], description: 'Each replaces a code once; shown only now' })
  recoveryCodes!: string[];
}

/** The caller: a user, or a system client's API key. */
export class MeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['user', 'api_key'] }) kind!: 'user' | 'api_key';
  @ApiProperty({ description: 'Username, or the key’s name' }) username!: string;
  @ApiProperty({ nullable: true, type: String }) fullName!: string | null;
  @ApiProperty({ isArray: true, type: String }) roles!: Role[];
  @ApiProperty() organizationId!: string;
  @ApiProperty({ isArray: true, type: String }) permissions!: string[];
  @ApiProperty({
    description: 'Province (2-digit) and commune (5-digit) codes the caller works in',
  })
  areaCodes!: string[];

  static from(actor: Actor): MeDto {
    return {
      id: actor.id,
      kind: actor.kind,
      username: actor.name,
      fullName: actor.fullName,
      roles: actor.roles,
      organizationId: actor.organizationId,
      permissions: [...actor.permissions].sort(),
      areaCodes: [...actor.scope.provinces, ...actor.scope.communes],
    };
  }
}
