/** A case's timeline: the steps taken, by whom, and how its deadlines stand. */
import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus } from '../case-workflow.js';
import { CASE_DEADLINE_KINDS, type DeadlineKind } from '../deadlines.js';
import { PERSON } from '../../common/openapi.js';
import { IsolationProposalDto } from './isolation.dto.js';

export class StepDeadlineDto {
  @ApiProperty({ enum: CASE_DEADLINE_KINDS }) kind!: DeadlineKind;
  @ApiProperty() dueAt!: string;
  @ApiProperty() met!: boolean;
}

export class TimelineStepDto {
  @ApiProperty() at!: string;
  @ApiProperty({ example: 'initial-assessment' }) action!: string;
  @ApiProperty({
    description: 'null: the system (a deadline job)',
    nullable: true,
    type: 'object',
    properties: PERSON.properties,
  })
  actor!: { id: string | null; fullName: string | null } | null;
  @ApiProperty({ enum: CASE_STATUSES, nullable: true }) fromStatus!: CaseStatus | null;
  @ApiProperty({ enum: CASE_STATUSES, nullable: true }) toStatus!: CaseStatus | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) facts!: Record<string, unknown>;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Why: the reason given with a change of level, a rejection, a closure, a reopening',
  })
  reason!: string | null;
  @ApiProperty({
    type: IsolationProposalDto,
    nullable: true,
    description: 'Emergency measures proposing a temporary isolation: what the chair decides on',
  })
  isolationProposal!: IsolationProposalDto | null;
  @ApiProperty({ type: [StepDeadlineDto], description: 'The deadlines this step answered' })
  deadlines!: StepDeadlineDto[];
}

export class DeadlineStatusDto {
  @ApiProperty({ enum: CASE_DEADLINE_KINDS }) kind!: DeadlineKind;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'plan_action: the action (GET /cases/:id/plan/actions)',
  })
  actionId!: string | null;
  @ApiProperty() dueAt!: string;
  @ApiProperty({
    enum: ['open', 'done', 'not_needed', 'not_done'],
    description: 'not_done: a plan action that was not carried out',
  })
  state!: string;
  @ApiProperty({ type: String, nullable: true }) doneAt!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null while open and not yet due' })
  met!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) escalatedAt!: string | null;
}

export class TimelineDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: [TimelineStepDto] }) steps!: TimelineStepDto[];
  @ApiProperty({ type: [DeadlineStatusDto] }) deadlines!: DeadlineStatusDto[];
}
