import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { type Actor, CurrentActor } from '../auth/actor.js';
import { AppException } from '../common/app.exception.js';
import type { Page } from '../common/pagination.js';
import { ChildrenService } from './children.service.js';
import {
  ChildDto,
  ChildHistoryEntryDto,
  ChildPageDto,
  ChildQuery,
  CreateChildDto,
  UpdateChildDto,
} from './dto/child.dto.js';

@ApiTags('children')
@Controller('children')
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Post()
  @Access('children:write')
  @ApiOperation({ summary: 'Add a child to the registry, in one of the caller’s communes' })
  @ApiCreatedResponse({ type: ChildDto, headers: { ETag: { description: '"<version>"' } } })
  async create(
    @Body() dto: CreateChildDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChildDto> {
    return withETag(res, await this.children.create(dto, actor));
  }

  @Get()
  @Access('children:read')
  @ApiOperation({
    summary:
      'Find children in the caller’s areas (name with or without diacritics, personal ID, filters)',
  })
  @ApiOkResponse({ type: ChildPageDto })
  list(@Query() query: ChildQuery, @CurrentActor() actor: Actor): Promise<Page<ChildDto>> {
    return this.children.list(query, actor);
  }

  @Get(':id')
  @Access('children:read')
  @ApiOkResponse({ type: ChildDto, headers: { ETag: { description: '"<version>"' } } })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChildDto> {
    return withETag(res, await this.children.get(id, actor));
  }

  @Patch(':id')
  @Access('children:write')
  @ApiOperation({
    summary:
      'Correct a record; lists given replace the stored ones (end a circumstance with `until`)',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag read: "<version>"' })
  @ApiOkResponse({ type: ChildDto })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateChildDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ChildDto> {
    return withETag(res, await this.children.update(id, versionOf(ifMatch), dto, actor));
  }

  @Get(':id/history')
  @Access('children:read')
  @ApiOperation({ summary: 'Every change: who, when, which fields from what to what' })
  @ApiOkResponse({ type: [ChildHistoryEntryDto] })
  history(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ChildHistoryEntryDto[]> {
    return this.children.history(id, actor);
  }
}

function withETag(res: Response, child: ChildDto): ChildDto {
  res.setHeader('ETag', `"${child.version}"`);
  return child;
}

/** `If-Match: "3"` (or W/"3") → 3; absent → 428; anything else can match no version → 412. */
function versionOf(ifMatch: string | undefined): number {
  if (!ifMatch) throw new AppException('precondition-required');
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch.trim());
  if (!match) throw new AppException('version-mismatch', { version: '?' });
  return Number(match[1]);
}
