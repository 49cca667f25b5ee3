import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { Mailer } from './mailer.js';
import { NotificationJobs } from './notification.jobs.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksRepository } from './webhooks.repository.js';
import { WebhooksService } from './webhooks.service.js';
import './notifications.messages.js';

@Module({
  imports: [UsersModule, OrganizationsModule],
  controllers: [NotificationsController, WebhooksController],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationJobs,
    Mailer,
    WebhooksRepository,
    WebhooksService,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
