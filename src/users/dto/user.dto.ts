import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Omittable } from '../../common/fields.js';
import { ROLES, type Role } from '../../access/permissions.js';
import { PageQuery } from '../../common/pagination.js';
import { toBoolean, toNfc } from '../../common/text.js';
import type { User } from '../entities/user.entity.js';

const toUsername = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateUserDto {
  @ApiProperty({
    example: 'nguyenvana',
    description: '3-64 of a-z 0-9 . _ -; stored in lower case',
  })
  @Transform(toUsername)
  @Matches(/^[a-z0-9._-]{3,64}$/)
  username!: string;

  @ApiProperty({ description: 'At least 10 characters, not a common password, not the username' })
  @IsString()
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @Transform(toNfc)
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiProperty()
  @IsUUID()
  organizationId!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'email',
    example: 'an.nguyen@badinh.hanoi.gov.vn',
    description: 'Notifications are also emailed here',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '0243 823 4567',
    description: 'Work phone',
  })
  @IsOptional()
  @Matches(/^\+?[0-9 .()-]{6,20}$/)
  phone?: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional({
    type: [String],
    description: "Province or commune codes; default: the organisation's area",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(/^(\d{2}|\d{5})$/, { each: true })
  areaCodes?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @Omittable()
  @Transform(toNfc)
  @IsString()
  @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'email',
    example: 'an.nguyen@badinh.hanoi.gov.vn',
    description: 'Notifications are also emailed here',
  })
  @ValidateIf((_o, value) => value != null)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '0243 823 4567',
    description: 'Work phone',
  })
  @ValidateIf((_o, value) => value != null)
  @Matches(/^\+?[0-9 .()-]{6,20}$/)
  phone?: string | null;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ type: [String], description: "Empty: the organisation's area" })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(/^(\d{2}|\d{5})$/, { each: true })
  areaCodes?: string[];

  @ApiPropertyOptional({ description: 'false ends every session of the user at once' })
  @Omittable()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    description: 'A new password set by the administrator; ends every session',
  })
  @Omittable()
  @IsString()
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ description: 'true removes the second factor: the user enrols again' })
  @Omittable()
  @IsIn([true])
  resetMfa?: true;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String], description: "Empty: the organisation's area" })
  areaCodes!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ nullable: true, type: String }) lastLoginAt!: string | null;
  @ApiProperty() createdAt!: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      organizationId: user.organizationId,
      email: user.email,
      phone: user.phone,
      roles: user.roles,
      areaCodes: user.areaCodes,
      active: user.active,
      mfaEnabled: user.mfaEnabled,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
