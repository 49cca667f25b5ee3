import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferenceItem } from './entities/reference-item.entity.js';

@Injectable()
export class ReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A list's items in use; with `retired`, those withdrawn from use too. */
  items(list: string, retired = false): Promise<ReferenceItem[]> {
    return this.dataSource.getRepository(ReferenceItem).find({
      where: retired ? { list } : { list, active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  async lists(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(ReferenceItem)
      .createQueryBuilder('r')
      .select('DISTINCT r.list', 'list')
      .orderBy('list')
      .getRawMany<{ list: string }>();
    return rows.map((r) => r.list);
  }
}
