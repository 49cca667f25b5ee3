import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { AppException } from '../common/app.exception.js';
import { MAX_UPLOAD_BYTES } from './sheet-limits.js';
import type { SheetFormat } from './sheet-reader.js';

/** The multipart field an import's file comes in. */
export const FILE_FIELD = 'file';

/** A spreadsheet uploaded in FILE_FIELD, as multer hands it over. */
export interface UploadedSheet {
  buffer: Buffer;
  originalname: string;
}

/**
 * The uploaded file's name as the user's computer wrote it (multer reads the multipart header as
 * Latin-1; browsers send UTF-8), in NFC, and what kind of sheet the file is (422 otherwise).
 */
export function uploadedSheet(file: UploadedSheet): { fileName: string; format: SheetFormat } {
  const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').normalize('NFC');
  const zip = file.buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (/\.xlsx$/i.test(fileName) && zip) return { fileName, format: 'xlsx' };
  if (/\.csv$/i.test(fileName) && !zip) return { fileName, format: 'csv' };
  throw new AppException('import-file-type', { fileName });
}

/**
 * Says what went wrong with an upload's multipart body, which multer refuses with a bare "bad
 * request": the file in another field than `file`, more than one file, a file over the limit, a
 * body that is not multipart/form-data. Placed before the FileInterceptor, it sees the errors
 * multer raises; Nest keeps multer's or busboy's own error as their `cause`.
 */
@Injectable()
export class UploadProblems implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => problem(error))));
  }
}

function problem(error: unknown): unknown {
  if (error instanceof AppException || !(error instanceof HttpException)) return error;
  const cause = error.cause as { code?: unknown; field?: unknown } | undefined;
  if (!(cause instanceof Error)) return error;
  if (cause.code === 'LIMIT_FILE_SIZE')
    return new AppException('import-file-too-large', { limit: MAX_UPLOAD_BYTES >> 20 });
  if (
    cause.code === 'LIMIT_UNEXPECTED_FILE' &&
    typeof cause.field === 'string' &&
    cause.field !== FILE_FIELD
  )
    return new AppException('import-file-field', { field: cause.field });
  return new AppException('import-upload-malformed');
}
