import { Injectable } from '@nestjs/common';
import { AppException } from '../common/app.exception.js';
import { ReferenceItemDto, type ReferenceListDto } from './dto/reference-item.dto.js';
import { ReferenceRepository } from './reference.repository.js';

@Injectable()
export class ReferenceService {
  constructor(private readonly reference: ReferenceRepository) {}

  async list(list: string): Promise<ReferenceListDto> {
    const items = await this.reference.items(list);
    if (items.length === 0) {
      throw new AppException('reference-list-not-found', {
        list,
        lists: (await this.reference.lists()).join(', '),
      });
    }
    return { items: items.map(ReferenceItemDto.from) };
  }

  /** The active items of a list with these codes; 422 naming the codes that are not in it. */
  async requireCodes(list: string, codes: string[]): Promise<ReferenceItemDto[]> {
    const wanted = [...new Set(codes)];
    if (wanted.length === 0) return [];
    const items = (await this.reference.items(list)).filter((item) => wanted.includes(item.code));
    const missing = wanted.filter((code) => !items.some((item) => item.code === code));
    if (missing.length > 0)
      throw new AppException('unknown-code', { list, codes: missing.join(', ') });
    return items.map(ReferenceItemDto.from);
  }
}
