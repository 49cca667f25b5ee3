import { Injectable } from '@nestjs/common';
import { AppException } from '../common/app.exception.js';
import { ReferenceItemDto, type ReferenceListDto } from './dto/reference-item.dto.js';
import { ReferenceRepository } from './reference.repository.js';

@Injectable()
export class ReferenceService {
  /** Reference lists change only with a migration: each process reads a list once. */
  private readonly cache = new Map<string, Promise<ReferenceItemDto[]>>();

  constructor(private readonly reference: ReferenceRepository) {}

  private items(list: string, retired = false): Promise<ReferenceItemDto[]> {
    const key = retired ? `${list} retired` : list;
    let items = this.cache.get(key);
    if (!items) {
      items = this.reference.items(list, retired).then((rows) => rows.map(ReferenceItemDto.from));
      items.catch(() => this.cache.delete(key));
      this.cache.set(key, items);
    }
    return items;
  }

  /** The active items of a list by code. */
  async codes(list: string): Promise<Map<string, ReferenceItemDto>> {
    return new Map((await this.items(list)).map((item) => [item.code, item]));
  }

  /** A list whole: its items in use, or with `retired` those withdrawn from use too. */
  async list(list: string, retired = false): Promise<ReferenceListDto> {
    const items = await this.items(list, retired);
    if (items.length === 0) {
      throw new AppException('reference-list-not-found', {
        list,
        lists: (await this.reference.lists()).join(', '),
      });
    }
    return { items };
  }

  /** The active items of a list with these codes; 422 naming the codes that are not in it. */
  async requireCodes(list: string, codes: string[]): Promise<ReferenceItemDto[]> {
    const wanted = [...new Set(codes)];
    if (wanted.length === 0) return [];
    const items = (await this.items(list)).filter((item) => wanted.includes(item.code));
    const missing = wanted.filter((code) => !items.some((item) => item.code === code));
    if (missing.length > 0)
      throw new AppException('unknown-code', { list, codes: missing.join(', ') });
    return items;
  }
}
