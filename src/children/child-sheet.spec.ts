import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import type { RegistryReference } from './child-rules.js';
import { overlay, rowToBody } from './child-sheet.js';
import { CreateChildDto } from './dto/child.dto.js';

const item = (code: string, name: string, aliases: string[] = []) => ({
  code,
  name,
  nameEn: null,
  parentCode: null,
  attributes: { aliases },
});
const reference = {
  ethnicities: new Map([
    ['01', item('01', 'Kinh', ['Việt'])],
    ['35', item('35', 'Sán Dìu')],
  ]),
  specialCircumstances: new Map([['a.1', { ...item('a.1', 'Mồ côi'), parentCode: 'a' }]]),
} as unknown as RegistryReference;

const body = (cells: Record<string, unknown>) => rowToBody(cells, reference).body;

describe('rowToBody', () => {
  it('reads an ethnicity by code, with lost zeros, or by name with or without diacritics', () => {
    expect(body({ ethnicityCode: 1 }).ethnicityCode).toBe('01');
    expect(body({ ethnicityCode: 'Việt' }).ethnicityCode).toBe('01');
    expect(body({ ethnicityCode: 'Sán Dìu' }).ethnicityCode).toBe('35');
    expect(body({ ethnicityCode: 'san diu' }).ethnicityCode).toBe('35');
    expect(body({ ethnicityCode: 'Người sao Hỏa' }).ethnicityCode).toBe('Người sao Hỏa');
  });

  it('pads codes and personal IDs a spreadsheet turned into numbers', () => {
    expect(body({ provinceCode: 1, communeCode: 4, personalId: 1215012345 })).toMatchObject({
      provinceCode: '01',
      communeCode: '00004',
      personalId: '001215012345',
    });
  });

  it('reads dates as dd/mm/yyyy, ISO, a year alone or a date cell', () => {
    expect(body({ dateOfBirth: '2/3/2015' }).dateOfBirth).toBe('2015-03-02');
    expect(body({ dateOfBirth: '2015-03-02' }).dateOfBirth).toBe('2015-03-02');
    expect(body({ dateOfBirth: 2015 })).toMatchObject({
      dateOfBirth: '2015-01-01',
      dobPrecision: 'year',
    });
    expect(body({ dateOfBirth: new Date(Date.UTC(2015, 2, 2)) }).dateOfBirth).toBe('2015-03-02');
    expect(rowToBody({ dateOfBirth: 'hôm qua' }, reference).errors[0].field).toBe('dateOfBirth');
  });

  it('brings a special circumstance sub-group with its group', () => {
    expect(body({ specialCircumstances: 'a.1; c' }).specialCircumstances).toEqual([
      { code: 'a', subCode: 'a.1' },
      { code: 'c' },
    ]);
  });
});

describe('overlay', () => {
  const record = {
    fullName: 'Hà Minh Châu',
    dateOfBirth: '2017-09-01',
    sex: 'female',
    provinceCode: '01',
    communeCode: '00004',
    village: 'Tổ 1',
    notes: 'Ở với bà',
    caregivers: [{ relation: 'mother', fullName: 'Lê Thị Hạnh', phone: '0912345678' }],
  } as CreateChildDto;

  it('keeps what the row leaves empty, though its DTO holds those fields as undefined', () => {
    const row = plainToInstance(CreateChildDto, { village: 'Tổ 3' });
    expect(Object.keys(row)).toContain('notes'); // what made a spread clear them
    expect(overlay(record, row)).toMatchObject({ village: 'Tổ 3', notes: 'Ở với bà' });
  });

  it('replaces the caregiver of the same relation field by field and adds the others', () => {
    const row = plainToInstance(CreateChildDto, {
      caregivers: [
        { relation: 'mother', fullName: 'Lê Thị Hạnh', personalId: '001185012345' },
        { relation: 'father', fullName: 'Hà Văn Tú' },
      ],
    });
    expect(overlay(record, row).caregivers).toMatchObject([
      { relation: 'mother', phone: '0912345678', personalId: '001185012345' },
      { relation: 'father', fullName: 'Hà Văn Tú' },
    ]);
  });
});
