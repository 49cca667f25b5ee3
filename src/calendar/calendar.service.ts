import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { AppException, type FieldError } from '../common/app.exception.js';
import { CalendarRepository } from './calendar.repository.js';
import { vietnamDay, type WorkingCalendar, workingCalendar } from './working-days.js';
import { HolidayDto, type HolidayYearDto, type ReplaceHolidaysDto } from './dto/holiday.dto.js';

/**
 * The working-day calendar every deadline is counted with (cases, referrals), and its upkeep: the
 * holiday table, one year at a time. A deadline already set keeps the calendar it was set with.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly holidays: CalendarRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The calendar to count working days with from an instant on: the days off and worked weekend
   * days of the following 400 days (far more than any legal deadline needs).
   */
  async from(instant: Date, manager?: EntityManager): Promise<WorkingCalendar> {
    const first = vietnamDay(instant);
    const last = new Date(Date.parse(`${first}T00:00:00Z`) + 400 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return workingCalendar(await this.holidays.between(first, last, manager));
  }

  async year(year: number): Promise<HolidayYearDto> {
    return { year, days: (await this.holidays.year(year)).map(HolidayDto.from) };
  }

  /** Replaces a year's list with the one given (as the government announced it). */
  async replaceYear(year: number, dto: ReplaceHolidaysDto, actor: Actor): Promise<HolidayYearDto> {
    const errors = problems(year, dto.days);
    if (errors.length > 0) throw new AppException('invalid-holidays', { year }, errors);
    const days = dto.days
      .map((d) => ({ ...d, name: d.name.normalize('NFC') }))
      .sort((a, b) => (a.day < b.day ? -1 : 1));
    return this.dataSource.transaction(async (tx) => {
      // Two replacements of the same year run one after the other.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', ['public_holidays', year]);
      const before = await this.holidays.year(year, tx);
      await this.holidays.replaceYear(
        tx,
        year,
        days.map((d) => ({ ...d, updatedBy: actor.id })),
      );
      await this.audit.record(
        {
          actor,
          action: 'calendar.holidays_replaced',
          entity: { type: 'public_holidays', id: String(year) },
          details: { year, before: before.map(HolidayDto.from), after: days },
        },
        tx,
      );
      return { year, days };
    });
  }
}

/** Days outside the year, repeated, or a "working day" that is not a weekend day. */
function problems(year: number, days: HolidayDto[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  days.forEach(({ day, kind }, i) => {
    const field = `days.${i}.day`;
    if (!day.startsWith(`${year}-`)) {
      errors.push({
        field,
        constraint: 'holiday:year',
        message: `${day} is not in ${year}`,
        args: [day],
      });
    } else if (seen.has(day)) {
      errors.push({
        field,
        constraint: 'holiday:duplicate',
        message: `${day} is listed twice`,
        args: [day],
      });
    } else if (
      kind === 'working_day' &&
      ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())
    ) {
      errors.push({
        field,
        constraint: 'holiday:working-day',
        message: `${day} is a weekday: only a Saturday or Sunday can be made a working day`,
        args: [day],
      });
    }
    seen.add(day);
  });
  return errors;
}
