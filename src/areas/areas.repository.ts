import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AreaCrosswalk } from './entities/area-crosswalk.entity.js';
import { Area } from './entities/area.entity.js';
import { HistoricalArea } from './entities/historical-area.entity.js';

@Injectable()
export class AreasRepository {
  constructor(private readonly dataSource: DataSource) {}

  provinces(): Promise<Area[]> {
    return this.dataSource.getRepository(Area).find({
      where: { level: 'province' },
      order: { code: 'ASC' },
    });
  }

  province(code: string): Promise<Area | null> {
    return this.dataSource.getRepository(Area).findOneBy({ level: 'province', code });
  }

  communes(provinceCode: string): Promise<Area[]> {
    return this.dataSource.getRepository(Area).find({
      where: { level: 'commune', provinceCode },
      order: { code: 'ASC' },
    });
  }

  byCodes(codes: string[], manager?: EntityManager): Promise<Area[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(Area)
      .createQueryBuilder('a')
      .where('a.code = ANY(:codes)', { codes })
      .orderBy('a.code')
      .getMany();
  }

  all(): Promise<Area[]> {
    return this.dataSource.getRepository(Area).find();
  }

  crosswalks(): Promise<AreaCrosswalk[]> {
    return this.dataSource.getRepository(AreaCrosswalk).find();
  }

  historical(level: HistoricalArea['level'], code: string): Promise<HistoricalArea | null> {
    return this.dataSource.getRepository(HistoricalArea).findOneBy({ level, code });
  }

  crosswalk(oldLevel: AreaCrosswalk['oldLevel'], oldCode: string): Promise<AreaCrosswalk | null> {
    return this.dataSource.getRepository(AreaCrosswalk).findOneBy({ oldLevel, oldCode });
  }
}
