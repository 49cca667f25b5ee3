import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { AppException } from './app.exception.js';

/** `?limit=&cursor=` of every list (api.md, Conventions). */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 20;

  @ApiPropertyOptional({ description: 'Opaque: the nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor is the sort key of the last row served, so pages never skip or repeat a row. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  length: number,
): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new AppException('invalid-cursor');
}

/** Rows fetched with `limit + 1`: the extra one only says whether another page exists. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  sortKey: (row: Row) => (string | number)[],
  toItem: (row: Row) => Item,
): Page<Item> {
  const more = rows.length > limit;
  const served = more ? rows.slice(0, limit) : rows;
  return {
    items: served.map(toItem),
    nextCursor: more ? encodeCursor(sortKey(served[served.length - 1])) : null,
  };
}
