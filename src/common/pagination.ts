import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { AppException } from './app.exception.js';

/** `?limit=&cursor=` of every list (api.md, Conventions). */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 20 })
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
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a sort key is: any text, a UUID, or a whole number (a bigint id). */
export type CursorPart = 'text' | 'uuid' | 'integer';

const PART_FORMAT: Record<CursorPart, RegExp> = {
  text: /^[^\u0000]{0,1000}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  integer: /^\d{1,18}$/,
};

/** The sort key in a cursor, each part checked against its format; 400 for anything else. */
export function decodeCursor(cursor: string | undefined, parts: CursorPart[]): string[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((part, i) => typeof part === 'string' && PART_FORMAT[parts[i]].test(part))
    ) {
      return key as string[];
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
  sortKey: (row: Row) => string[],
  toItem: (row: Row) => Item,
): Page<Item> {
  const more = rows.length > limit;
  const served = more ? rows.slice(0, limit) : rows;
  return {
    items: served.map(toItem),
    nextCursor: more ? encodeCursor(sortKey(served[served.length - 1])) : null,
  };
}
