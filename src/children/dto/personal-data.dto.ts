import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCalendarDate } from '../../common/fields.js';
import { PERSON } from '../../common/openapi.js';
import { toNfc } from '../../common/text.js';
import {
  CORRECTION_STATUSES,
  type CorrectionRequest,
  type CorrectionStatus,
} from '../entities/correction-request.entity.js';

export class PersonalDataQuery {
  @ApiProperty({
    example: 'Nguyễn Thị Hạnh, mẹ của trẻ',
    description:
      'Who asked for the file (the child, or a carer and how related), kept in the audit log',
  })
  @Transform(toNfc)
  @IsString()
  @Length(3, 200)
  requester!: string;
}

export class CreateCorrectionRequestDto {
  @ApiProperty({ example: 'Nguyễn Thị Hạnh, mẹ của trẻ' })
  @Transform(toNfc)
  @IsString()
  @Length(3, 200)
  requester!: string;

  @ApiProperty({ example: 'Tên đệm của cháu là "Thị", không phải "Thi"' })
  @Transform(toNfc)
  @IsString()
  @Length(3, 2000)
  request!: string;

  @ApiProperty({ description: 'The day the request was received' })
  @IsCalendarDate()
  receivedOn!: string;
}

export class AnswerCorrectionRequestDto {
  @ApiProperty({
    enum: ['corrected', 'refused'],
    description: 'corrected: the record was edited (its history shows how); refused: it was not',
  })
  @IsIn(['corrected', 'refused'])
  outcome!: 'corrected' | 'refused';

  @ApiProperty({ description: 'What the requester was told' })
  @Transform(toNfc)
  @IsString()
  @Length(3, 2000)
  answer!: string;
}

export class CorrectionRequestsQuery {
  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({ enum: CORRECTION_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(CORRECTION_STATUSES)
  status: CorrectionStatus = 'open';
}

export class CorrectionRequestDto {
  @ApiProperty() id!: string;
  @ApiProperty() childId!: string;
  @ApiProperty({ description: 'The child’s name in the record now' }) childName!: string;
  @ApiProperty() requester!: string;
  @ApiProperty() request!: string;
  @ApiProperty() receivedOn!: string;
  @ApiProperty({ enum: CORRECTION_STATUSES }) status!: CorrectionStatus;
  @ApiProperty({ nullable: true, type: String }) answer!: string | null;
  @ApiProperty({ ...PERSON, description: 'Who recorded it' }) recordedBy!: {
    id: string | null;
    fullName: string | null;
  };
  @ApiProperty({ ...PERSON, nullable: true }) answeredBy!: {
    id: string | null;
    fullName: string | null;
  } | null;
  @ApiProperty({ nullable: true, type: String }) answeredAt!: string | null;

  static from(request: CorrectionRequest, childName: string): CorrectionRequestDto {
    return {
      id: request.id,
      childId: request.childId,
      childName,
      requester: request.requester,
      request: request.request,
      receivedOn: request.receivedOn,
      status: request.status,
      answer: request.answer,
      recordedBy: { id: request.createdBy, fullName: request.createdByName },
      answeredBy: request.answeredAt
        ? { id: request.answeredBy, fullName: request.answeredByName }
        : null,
      answeredAt: request.answeredAt?.toISOString() ?? null,
    };
  }
}
