import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { PERSON } from '../../common/openapi.js';
import type { Language } from '../../common/i18n.js';
import { toBoolean } from '../../common/text.js';
import {
  RUN_STATUSES,
  type RunStatus,
  type VerificationRun,
} from '../entities/verification-run.entity.js';

export class StartVerificationDto {
  @ApiProperty({ example: '00004', description: 'The commune whose children to check' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Check again the children already checked today',
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

export class VerificationRunsQuery {
  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;
}

export class VerificationRunDto {
  @ApiProperty() id!: string;
  @ApiProperty() communeCode!: string;
  @ApiProperty({ enum: RUN_STATUSES }) status!: RunStatus;
  @ApiProperty() force!: boolean;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Children to check; known once it starts',
  })
  total!: number | null;
  @ApiProperty() processed!: number;
  @ApiProperty() verified!: number;
  @ApiProperty() mismatched!: number;
  @ApiProperty() notFound!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why it waits or failed, in the language asked for',
  })
  message!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When a waiting run goes on' })
  resumeAt!: string | null;
  @ApiProperty({ ...PERSON, description: 'Who started it' })
  startedBy!: { id: string | null; fullName: string | null };
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;

  static from(run: VerificationRun, language: Language): VerificationRunDto {
    return {
      id: run.id,
      communeCode: run.communeCode,
      status: run.status,
      force: run.force,
      total: run.total,
      processed: run.processed,
      verified: run.verified,
      mismatched: run.mismatched,
      notFound: run.notFound,
      message: run.message?.[language] ?? null,
      resumeAt: run.resumeAt?.toISOString() ?? null,
      startedBy: { id: run.actor.id, fullName: run.actor.fullName ?? run.actor.name },
      createdAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    };
  }
}

export class VerificationFileQuery {
  @ApiProperty({ example: '00004' })
  @Matches(/^\d{5}$/)
  communeCode!: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Every record of the commune, the verified ones too (default: those not verified)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  all?: boolean;
}

export class AnswerFileBodyDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The exported file with the police’s answers (.xlsx or .csv)',
  })
  file!: unknown;
}

export class RejectedAnswerDto {
  @ApiProperty({ description: 'The row of the sheet (1 is the header)' }) row!: number;
  @ApiProperty({ nullable: true, type: String }) id!: string | null;
  @ApiProperty({ description: 'Why, in the language asked for' }) message!: string;
}

/** What an answer file did: the answers recorded by outcome, the rows not taken. */
export class AnswerFileResultDto {
  @ApiProperty() verified!: number;
  @ApiProperty() mismatched!: number;
  @ApiProperty() notFound!: number;
  @ApiProperty({ description: 'Rows without a result yet' }) unanswered!: number;
  @ApiProperty({ type: [RejectedAnswerDto], description: 'Rows not taken, with the reason' })
  rejected!: RejectedAnswerDto[];
}
