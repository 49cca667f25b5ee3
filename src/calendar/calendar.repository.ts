import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PublicHoliday } from './entities/public-holiday.entity.js';

@Injectable()
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  year(year: number, manager?: EntityManager): Promise<PublicHoliday[]> {
    return this.between(`${year}-01-01`, `${year}-12-31`, manager);
  }

  between(first: string, last: string, manager?: EntityManager): Promise<PublicHoliday[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(PublicHoliday)
      .createQueryBuilder('h')
      .where('h.day BETWEEN :first AND :last', { first, last })
      .orderBy('h.day')
      .getMany();
  }

  async replaceYear(
    manager: EntityManager,
    year: number,
    days: Pick<PublicHoliday, 'day' | 'kind' | 'name' | 'updatedBy'>[],
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(PublicHoliday)
      .where('day BETWEEN :first AND :last', { first: `${year}-01-01`, last: `${year}-12-31` })
      .execute();
    if (days.length > 0) await manager.getRepository(PublicHoliday).insert(days);
  }
}
