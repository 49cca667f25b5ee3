import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import { pickLanguage } from '../common/i18n.js';
import type { Page } from '../common/pagination.js';
import { NotificationDto, NotificationPageDto, NotificationQuery } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access.authenticated()
  @ApiOperation({
    operationId: 'listNotifications',
    summary: 'The caller’s notifications, newest first',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  list(
    @Query() query: NotificationQuery,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Page<NotificationDto>> {
    return this.notifications.list(actor, query, pickLanguage(acceptLanguage));
  }

  @Post(':id/read')
  @HttpCode(204)
  @Access.authenticated()
  @ApiOperation({
    operationId: 'markNotificationRead',
    summary: 'Mark one of the caller’s notifications read',
  })
  @ApiNoContentResponse()
  markRead(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.notifications.markRead(actor, id);
  }
}
