import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import type { Page } from '../common/pagination.js';
import {
  CreateWebhookDto,
  DeliveryQuery,
  NewWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDto,
} from './dto/webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

/** An administrator registers an organisation's webhooks, reads their delivery log and replays. */
@ApiTags('webhooks')
@Controller()
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('organizations/:id/webhooks')
  @Access('organizations:manage')
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Register a webhook for an organisation; the secret is shown once',
  })
  @ApiCreatedResponse({ type: NewWebhookDto })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateWebhookDto,
    @CurrentActor() actor: Actor,
  ): Promise<NewWebhookDto> {
    return this.webhooks.create(id, dto, actor);
  }

  @Get('organizations/:id/webhooks')
  @Access('organizations:manage')
  @ApiOperation({ operationId: 'listWebhooks', summary: 'The webhooks of an organisation' })
  @ApiOkResponse({ type: [WebhookDto] })
  list(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookDto[]> {
    return this.webhooks.list(id);
  }

  @Patch('webhooks/:id')
  @Access('organizations:manage')
  @ApiOperation({
    operationId: 'updateWebhook',
    summary: 'Change a webhook’s address or events, or switch it off',
  })
  @ApiOkResponse({ type: WebhookDto })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateWebhookDto,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookDto> {
    return this.webhooks.update(id, dto, actor);
  }

  @Get('webhooks/:id/deliveries')
  @Access('organizations:manage')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: 'The delivery log of a webhook, newest first',
  })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  deliveries(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DeliveryQuery,
  ): Promise<Page<WebhookDeliveryDto>> {
    return this.webhooks.deliveries(id, query);
  }

  @Get('webhook-deliveries/:id')
  @Access('organizations:manage')
  @ApiOperation({ operationId: 'getWebhookDelivery', summary: 'One delivery with every attempt' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  delivery(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookDeliveryDto> {
    return this.webhooks.delivery(id);
  }

  @Post('webhook-deliveries/:id/replay')
  @HttpCode(200)
  @Access('organizations:manage')
  @ApiOperation({
    operationId: 'replayWebhookDelivery',
    summary: 'Post a delivered or dead-lettered event again',
  })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  replay(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.replay(id, actor);
  }
}
