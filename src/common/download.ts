import type { Writable } from 'node:stream';
import type { Logger } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Streams a file to the response. `write` calls `open` once the download may start (allowed,
 * audited); a failure before that is a problem+json as usual, one after bytes are out can only cut
 * the download short.
 */
export async function streamDownload(
  res: Response,
  type: string,
  filename: string,
  write: (open: () => Writable) => Promise<unknown>,
  logger: Logger,
): Promise<void> {
  try {
    await write(() => res.status(200).type(type).attachment(filename));
  } catch (error) {
    if (!res.headersSent) throw error;
    logger.error({ err: error }, 'Download failed mid-stream');
    res.destroy();
  }
}
