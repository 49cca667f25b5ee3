import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/fields.js';
import { codeList, PERSON } from '../../common/openapi.js';
import { toNfc } from '../../common/text.js';
import {
  type ChildSupport,
  SUPPORT_PROVIDERS,
  type SupportProvider,
} from '../entities/child-support.entity.js';

/** The largest amount one support records, in đồng (two billion: a column of 32 bits). */
export const MAX_SUPPORT_AMOUNT = 2_000_000_000;

export class CreateChildSupportDto {
  @ApiProperty({ example: 'social_allowance', ...codeList('support-kinds') })
  @IsString()
  @Length(1, 40)
  kind!: string;

  @ApiProperty({
    enum: SUPPORT_PROVIDERS,
    description: 'Who gives it: the state, an organisation, or a donor (named in providerName)',
  })
  @IsIn(SUPPORT_PROVIDERS)
  provider!: SupportProvider;

  @ApiPropertyOptional({
    example: 'Hội Chữ thập đỏ phường Ba Đình',
    description: 'Required for an organisation or a donor',
  })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @Length(2, 200)
  providerName?: string;

  @ApiProperty({ example: '2026-01-01', description: 'The first day (the day, for a one-off)' })
  @IsCalendarDate()
  startsOn!: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'The last day; left out while it continues. A one-off ends the day it starts.',
  })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;

  @ApiPropertyOptional({
    example: 500000,
    description: 'In đồng: a month’s allowance, a scholarship, a gift’s value',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SUPPORT_AMOUNT)
  amount?: number;

  @ApiPropertyOptional({
    example: 'Chương trình đỡ đầu trẻ em có hoàn cảnh đặc biệt của thành phố',
  })
  @IsOptional()
  @Transform(toNfc)
  @IsString()
  @Length(2, 300)
  programme?: string;
}

export class ChildSupportDto {
  @ApiProperty() id!: string;
  @ApiProperty() childId!: string;
  @ApiProperty(codeList('support-kinds')) kind!: string;
  @ApiProperty({ description: 'The kind’s name, in Vietnamese' }) kindName!: string;
  @ApiProperty({ enum: SUPPORT_PROVIDERS }) provider!: SupportProvider;
  @ApiProperty({ nullable: true, type: String }) providerName!: string | null;
  @ApiProperty() startsOn!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null while it continues' })
  endsOn!: string | null;
  @ApiProperty({ nullable: true, type: Number }) amount!: number | null;
  @ApiProperty({ nullable: true, type: String }) programme!: string | null;
  @ApiProperty({ ...PERSON, description: 'Who recorded it' }) recordedBy!: {
    id: string | null;
    fullName: string | null;
  };
  @ApiProperty() recordedAt!: string;

  static from(support: ChildSupport, kindName: string): ChildSupportDto {
    return {
      id: support.id,
      childId: support.childId,
      kind: support.kind,
      kindName,
      provider: support.provider,
      providerName: support.providerName,
      startsOn: support.startsOn,
      endsOn: support.endsOn,
      amount: support.amount,
      programme: support.programme,
      recordedBy: { id: support.createdBy, fullName: support.createdByName },
      recordedAt: support.createdAt.toISOString(),
    };
  }
}
