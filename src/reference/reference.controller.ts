import { Controller, Get, Param, Query } from '@nestjs/common';
import { Access } from '../access/access.decorator.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ReferenceListDto,
  ReferenceListParam,
  ReferenceListQuery,
} from './dto/reference-item.dto.js';
import { ReferenceService } from './reference.service.js';

@ApiTags('reference')
@Access('reference:read')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get(':list')
  @ApiOperation({
    operationId: 'getReferenceList',
    summary:
      'A code list, whole: special-circumstances, abuse-forms, abuse-settings, ethnicities, organization-types, ' +
      'service-types, risk-factors, protection-levels, case-sources, case-channels, caregiver-relations, ' +
      'school-statuses, referral-urgencies',
  })
  @ApiOkResponse({ type: ReferenceListDto })
  list(
    @Param() { list }: ReferenceListParam,
    @Query() { retired }: ReferenceListQuery,
  ): Promise<ReferenceListDto> {
    return this.reference.list(list, retired ?? false);
  }
}
