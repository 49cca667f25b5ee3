import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plans' other due dates (issue 26): a commune draws up its annual plan for the children's
 * work before 15 April; the departments and sectors report their year to the department in charge
 * of children before 1 December. Both are sent outside the system; the
 * calendar gives their dates, a province sets its own. The district level's 10 December (a ward's
 * report to its district, a district's to the department) went with the districts on 1 July 2025.
 */
const DEADLINES: [report: string, month: number, day: number, source: string][] = [
  [
    'commune_plan',
    4,
    15,
    'Kế hoạch thực hiện công tác trẻ em: UBND các xã, thị trấn chủ động xây dựng Kế hoạch triển khai thực hiện tại địa phương trước ngày 15/4',
  ],
  [
    'department_annual',
    12,
    1,
    'Kế hoạch thực hiện công tác trẻ em của tỉnh: các Sở, ban, ngành định kỳ hằng năm trước ngày 01/12 báo cáo kết quả thực hiện về Sở phụ trách công tác trẻ em',
  ],
];

export class CalendarPlans1796647500000 implements MigrationInterface {
  name = 'CalendarPlans1796647500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [report, month, day, source] of DEADLINES) {
      await queryRunner.query(
        'INSERT INTO report_deadlines (report, province_code, month, day, source) VALUES ($1, NULL, $2, $3, $4)',
        [report, month, day, source],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM report_deadlines WHERE report IN ('commune_plan', 'department_annual')`,
    );
  }
}
