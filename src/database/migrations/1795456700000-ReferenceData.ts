import { readFileSync } from 'node:fs';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loads the committed reference data (src/database/reference-data): administrative units in force
 * since 01/07/2025, the pre-2025 units with their end date, the old → new crosswalk, and the code
 * lists. A change to that data ships as a new migration, so every database knows which version it
 * holds.
 */
export class ReferenceData1795456700000 implements MigrationInterface {
  name = 'ReferenceData1795456700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const current = read<CurrentProvince[]>('admin-units-2025.json');
    const areas = current.flatMap((p) => [
      { ...unit(p), level: 'province', province_code: null },
      ...p.communes.map((c) => ({ ...unit(c), level: 'commune', province_code: p.code })),
    ]);
    await insert(
      queryRunner,
      'areas',
      areas,
      {
        code: 'varchar',
        level: 'varchar',
        name: 'text',
        full_name: 'text',
        name_en: 'text',
        unit_type: 'text',
        province_code: 'varchar',
      },
      "valid_from = '2025-07-01'",
    );

    const old = read<OldProvince[]>('admin-units-2024.json');
    const historical = old.flatMap((p) => [
      {
        level: 'province',
        code: p.code,
        full_name: p.fullName,
        parent_code: null,
        province_code: p.code,
      },
      ...p.districts.flatMap((d) => [
        {
          level: 'district',
          code: d.code,
          full_name: d.fullName,
          parent_code: p.code,
          province_code: p.code,
        },
        ...d.communes.map((c) => ({
          level: 'commune',
          code: c.code,
          full_name: c.fullName,
          parent_code: d.code,
          province_code: p.code,
        })),
      ]),
    ]);
    await insert(
      queryRunner,
      'historical_areas',
      historical,
      {
        level: 'varchar',
        code: 'varchar',
        full_name: 'text',
        parent_code: 'varchar',
        province_code: 'varchar',
      },
      "valid_until = '2025-06-30'",
    );

    const provinces = read<{ oldCode: string; newCode: string }[]>(
      'admin-province-crosswalk-2025.json',
    );
    const communes = read<{ oldCode: string; newCodes: string[]; ambiguous: boolean }[]>(
      'admin-crosswalk-2025.json',
    );
    const crosswalk = [
      ...provinces.map((p) => ({
        old_level: 'province',
        old_code: p.oldCode,
        new_codes: [p.newCode],
        ambiguous: false,
      })),
      ...communes.map((c) => ({
        old_level: 'commune',
        old_code: c.oldCode,
        new_codes: c.newCodes,
        ambiguous: c.ambiguous,
      })),
    ];
    await insert(queryRunner, 'area_crosswalk', crosswalk, {
      old_level: 'varchar',
      old_code: 'varchar',
      new_codes: 'varchar[]',
      ambiguous: 'boolean',
    });

    const lists = read<Record<string, CodeListItem[]>>('code-lists.json');
    const items = Object.entries(lists).flatMap(([list, entries]) =>
      entries.map((item, index) => ({
        list,
        code: item.code,
        name: item.name,
        name_en: item.nameEn ?? null,
        parent_code: item.parentCode ?? null,
        sort_order: item.sortOrder ?? index + 1,
        attributes: item.attributes ?? {},
      })),
    );
    await insert(queryRunner, 'reference_items', items, {
      list: 'varchar',
      code: 'varchar',
      name: 'text',
      name_en: 'text',
      parent_code: 'varchar',
      sort_order: 'integer',
      attributes: 'jsonb',
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['reference_items', 'area_crosswalk', 'historical_areas', 'areas']) {
      await queryRunner.query(`DELETE FROM ${table}`);
    }
  }
}

interface Unit {
  code: string;
  name: string;
  fullName: string;
  nameEn?: string;
  unitType: string;
}
interface CurrentProvince extends Unit {
  communes: Unit[];
}
interface OldProvince {
  code: string;
  fullName: string;
  districts: { code: string; fullName: string; communes: { code: string; fullName: string }[] }[];
}
interface CodeListItem {
  code: string;
  name: string;
  nameEn?: string;
  parentCode?: string;
  sortOrder?: number;
  attributes?: Record<string, unknown>;
}

function read<T>(file: string): T {
  return JSON.parse(
    readFileSync(new URL(`../reference-data/${file}`, import.meta.url), 'utf8'),
  ) as T;
}

function unit(u: Unit) {
  return {
    code: u.code,
    name: u.name.normalize('NFC'),
    full_name: u.fullName.normalize('NFC'),
    name_en: u.nameEn ?? null,
    unit_type: u.unitType,
  };
}

/** One INSERT … SELECT FROM jsonb_to_recordset per table: thousands of rows in one statement. */
async function insert(
  queryRunner: QueryRunner,
  table: string,
  rows: object[],
  columns: Record<string, string>,
  constants?: string,
): Promise<void> {
  const names = Object.keys(columns);
  const constantColumns = constants ? constants.split(',').map((c) => c.split('=')) : [];
  const targetColumns = [...names, ...constantColumns.map(([c]) => c.trim())];
  const values = [...names, ...constantColumns.map(([, v]) => v.trim())];
  const definition = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  await queryRunner.query(
    `INSERT INTO ${table} (${targetColumns.join(', ')})
     SELECT ${values.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${definition})`,
    [JSON.stringify(rows)],
  );
}
