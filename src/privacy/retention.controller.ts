import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { ApiProblem } from '../common/openapi.js';
import {
  RetentionPolicyDto,
  RetentionRunDto,
  UpdateRetentionPolicyDto,
} from './dto/retention.dto.js';
import { RETENTION_KINDS, type RetentionKind } from './entities/retention-policy.entity.js';
import { RetentionService } from './retention.service.js';

class KindParam {
  @ApiProperty({ enum: RETENTION_KINDS })
  @IsIn(RETENTION_KINDS)
  kind!: RetentionKind;
}

@ApiTags('privacy')
@Controller('privacy/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get()
  @Access('privacy:manage')
  @ApiOperation({
    operationId: 'listRetentionPolicies',
    summary: 'The retention policies, each with what applying it now would do (a dry run)',
  })
  @ApiOkResponse({ type: [RetentionPolicyDto] })
  list(): Promise<RetentionPolicyDto[]> {
    return this.retention.policies();
  }

  @Patch(':kind')
  @Access('privacy:manage')
  @ApiOperation({ operationId: 'updateRetentionPolicy', summary: 'Enable a policy or change it' })
  @ApiOkResponse({ type: RetentionPolicyDto })
  update(
    @Param() { kind }: KindParam,
    @Body() dto: UpdateRetentionPolicyDto,
    @CurrentActor() actor: Actor,
  ): Promise<RetentionPolicyDto> {
    return this.retention.update(kind, dto, actor);
  }

  @Post(':kind/run')
  @HttpCode(202)
  @Access('privacy:manage')
  @ApiOperation({
    operationId: 'runRetentionPolicy',
    summary: 'Apply an enabled policy now rather than at the daily run (a job)',
  })
  @ApiAcceptedResponse({ type: RetentionRunDto })
  @ApiProblem(409, 'The policy is disabled')
  run(@Param() { kind }: KindParam, @CurrentActor() actor: Actor): Promise<RetentionRunDto> {
    return this.retention.runNow(kind, actor);
  }
}
