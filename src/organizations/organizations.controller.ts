import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import type { Page } from '../common/pagination.js';
import {
  CreateOrganizationDto,
  OrganizationDto,
  OrganizationPageDto,
  OrganizationQuery,
  UpdateOrganizationDto,
} from './dto/organization.dto.js';
import { OrganizationsService } from './organizations.service.js';
import { ApiProblem } from '../common/openapi.js';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Access('organizations:manage')
  @ApiOperation({
    operationId: 'createOrganization',
    summary: 'Create an organisation (system_admin)',
  })
  @ApiCreatedResponse({ type: OrganizationDto })
  create(
    @Body() dto: CreateOrganizationDto,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationDto> {
    return this.organizations.create(dto, actor);
  }

  @Get()
  @Access('organizations:read')
  @ApiOperation({
    operationId: 'listOrganizations',
    summary: 'Organisations, to address referrals and place users',
  })
  @ApiOkResponse({ type: OrganizationPageDto })
  list(@Query() query: OrganizationQuery): Promise<Page<OrganizationDto>> {
    return this.organizations.list(query);
  }

  @Get(':id')
  @Access('organizations:read')
  @ApiOkResponse({ type: OrganizationDto })
  @ApiOperation({ operationId: 'getOrganization', summary: 'An organisation' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationDto> {
    return this.organizations.get(id);
  }

  @Patch(':id')
  @Access('organizations:manage')
  @ApiOperation({
    operationId: 'updateOrganization',
    summary: 'Rename or deactivate an organisation (system_admin)',
  })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblem(422, 'An unknown area')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrganizationDto,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationDto> {
    return this.organizations.update(id, dto, actor);
  }
}
