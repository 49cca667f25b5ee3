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
}
