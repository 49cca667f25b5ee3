import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyListDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto.js';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @Access('api-keys:manage')
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Issue a key for a system client (the key is shown once)',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@Body() dto: CreateApiKeyDto, @CurrentActor() actor: Actor): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(dto, actor);
  }

  @Get()
  @Access('api-keys:manage')
  @ApiOkResponse({ type: ApiKeyListDto })
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: 'The API keys issued (never the keys themselves)',
  })
  list(): Promise<ApiKeyListDto> {
    return this.apiKeys.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('api-keys:manage')
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke a key; it stops working at once' })
  @ApiNoContentResponse()
  revoke(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.apiKeys.revoke(id, actor);
  }
}
