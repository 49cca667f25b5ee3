import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Access } from '../access/access.decorator.js';
import { AppException } from '../common/app.exception.js';
import { QueueName } from '../queue/queue.constants.js';
import { QUEUE_OPTIONS, type QueueOptions } from '../queue/queue.options.js';
import { Queues } from '../queue/queues.service.js';

const TIMEOUT_MS = 3000;

@ApiTags('health')
@Access.public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly queues: Queues,
    @Inject(QUEUE_OPTIONS) private readonly queueOptions: QueueOptions,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: 200 while the process runs' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  // Terminus documents itself only where it can require() @nestjs/swagger (not under Jest's ESM),
  // and describes a 503 this route does not give (it answers problem+json): described here instead.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({
    description: 'The database and the queue answer',
    schema: {
      type: 'object',
      required: ['status'],
      properties: {
        status: { type: 'string', example: 'ok' },
        info: {
          type: 'object',
          additionalProperties: true,
          example: { database: { status: 'up' } },
        },
      },
    },
  })
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness: 200 when the database and the queue answer, 503 otherwise',
  })
  async ready() {
    try {
      return await this.health.check(this.checks());
    } catch (error) {
      const details =
        (error as { response?: { error?: Record<string, unknown> } }).response?.error ?? {};
      throw new AppException('not-ready', {
        components: Object.keys(details).join(', ') || 'unknown',
      });
    }
  }

  private checks() {
    return [
      () => this.database.pingCheck('database', { timeout: TIMEOUT_MS }),
      async () => {
        const indicator = this.indicators.check('queue');
        try {
          await withTimeout(
            this.queues.byName(QueueName.Maintenance).getJobCounts('waiting'),
            TIMEOUT_MS,
          );
          return indicator.up({ backend: this.queueOptions.backend });
        } catch (error) {
          return indicator.down({
            backend: this.queueOptions.backend,
            message: (error as Error).message,
          });
        }
      },
    ];
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error as Error)),
    );
  });
}
