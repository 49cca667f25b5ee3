import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ETAG_HEADER as ETAG } from '../common/openapi.js';
import { CaseDto } from './dto/case.dto.js';

/** A step of the workflow: 200 with the case, 409 listing the allowed actions when not allowed. */
export function Step(operationId: string, summary: string): MethodDecorator {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({
      operationId,
      summary,
      description: 'Not allowed in the case’s status: 409, the allowed actions in `detail`.',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag read ("<version>"); when sent, a stale one is refused (412)',
    }),
    ApiOkResponse({ type: CaseDto, headers: ETAG }),
  );
}
