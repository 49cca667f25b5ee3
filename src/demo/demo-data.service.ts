import { Injectable, Logger } from '@nestjs/common';
import { whileLocked } from '../database/session-lock.js';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { permissionsOf, type Role } from '../access/permissions.js';
import { CasesService } from '../cases/cases.service.js';
import { todayInVietnam } from '../children/age.js';
import { CaseAbusersService } from '../cases/case-abusers.service.js';
import { CaseSanctionsService } from '../cases/case-sanctions.service.js';
import { ChildSupportsService } from '../children/child-supports.service.js';
import { ChildrenService } from '../children/children.service.js';
import type { CreateChildDto } from '../children/dto/child.dto.js';
import { FieldCipher } from '../common/field-cipher.js';
import type { OrganizationType } from '../access/organization-types.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { UsersService } from '../users/users.service.js';

/** Every demo name starts with this, so demo records are never mistaken for real ones. */
export const DEMO_MARK = '[DEMO]';
/** The password of every demo account (README, "Demo dataset"). */
export const DEMO_PASSWORD = 'Demo-BVTE-2026!';
/** TOTP secret of the demo accounts whose role needs a second factor (README). */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const PROVINCE = '01'; // Hà Nội
const BA_DINH = '00004';
const NGOC_HA = '00008';

const ORGANIZATIONS: { key: string; name: string; type: OrganizationType; commune?: string }[] = [
  { key: 'commune', name: 'UBND phường Ba Đình', type: 'commune_committee', commune: BA_DINH },
  { key: 'commune2', name: 'UBND phường Ngọc Hà', type: 'commune_committee', commune: NGOC_HA },
  { key: 'police', name: 'Công an phường Ba Đình', type: 'police', commune: BA_DINH },
  { key: 'health', name: 'Trạm y tế phường Ba Đình', type: 'health_facility', commune: BA_DINH },
  { key: 'school', name: 'Trường Tiểu học Ba Đình', type: 'school', commune: BA_DINH },
  { key: 'justice', name: 'Sở Tư pháp Hà Nội', type: 'justice_office' },
  { key: 'swc', name: 'Trung tâm Công tác xã hội Hà Nội', type: 'social_work_center' },
  { key: 'department', name: 'Sở Y tế Hà Nội', type: 'provincial_department' },
  { key: 'hotline', name: 'Tổng đài quốc gia bảo vệ trẻ em 111', type: 'hotline' },
  {
    key: 'women',
    name: 'Hội Liên hiệp Phụ nữ phường Ba Đình',
    type: 'mass_organization',
    commune: BA_DINH,
  },
];

const USERS: { username: string; fullName: string; role: Role; organization: string }[] = [
  {
    username: 'demo.admin',
    fullName: 'Quản trị viên (demo)',
    role: 'system_admin',
    organization: 'department',
  },
  {
    username: 'demo.canbo',
    fullName: 'Nguyễn Thị Lan (demo)',
    role: 'commune_officer',
    organization: 'commune',
  },
  {
    username: 'demo.ctxh',
    fullName: 'Trần Văn Minh (demo)',
    role: 'social_worker',
    organization: 'commune',
  },
  {
    username: 'demo.chutich',
    fullName: 'Lê Quang Hưng (demo)',
    role: 'case_approver',
    organization: 'commune',
  },
  {
    username: 'demo.congan',
    fullName: 'Phạm Đức Anh (demo)',
    role: 'agency_staff',
    organization: 'police',
  },
  {
    username: 'demo.so',
    fullName: 'Hoàng Thu Hà (demo)',
    role: 'province_officer',
    organization: 'department',
  },
  {
    username: 'demo.thongke',
    fullName: 'Vũ Mai Phương (demo)',
    role: 'statistician',
    organization: 'department',
  },
];

type DemoChild = Omit<CreateChildDto, 'provinceCode' | 'notes'>;

/** Children of the two demo wards: some in special circumstances or at risk, some incomplete. */
const CHILDREN: DemoChild[] = [
  {
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '2015-03-02',
    sex: 'male',
    personalId: '001215012345',
    communeCode: BA_DINH,
    ethnicityCode: '01',
    village: 'Tổ dân phố 4',
    schoolStatus: 'in_school',
    caregivers: [{ relation: 'mother', fullName: 'Trần Thị Hoa', phone: '0912345678' }],
    riskFactors: [{ code: 'poor_household', since: '2024-01-01' }],
  },
  {
    fullName: 'Trần Thị Bích Ngọc',
    dateOfBirth: '2012-11-20',
    sex: 'female',
    personalId: '001312004567',
    communeCode: BA_DINH,
    ethnicityCode: '01',
    schoolStatus: 'in_school',
    caregivers: [{ relation: 'guardian', fullName: 'Trần Văn Hùng' }],
    specialCircumstances: [{ code: 'a', since: '2020-06-01' }],
  },
  {
    fullName: 'Lê Minh Khôi',
    dateOfBirth: '2019-05-15',
    sex: 'male',
    communeCode: BA_DINH,
    ethnicityCode: '01',
    schoolStatus: 'preschool',
    caregivers: [
      { relation: 'father', fullName: 'Lê Văn Tâm' },
      { relation: 'mother', fullName: 'Phạm Thị Thu' },
    ],
  },
  {
    fullName: 'Phạm Thu Trang',
    dateOfBirth: '2010-01-08',
    sex: 'female',
    personalId: '001310009876',
    communeCode: BA_DINH,
    ethnicityCode: '01',
    schoolStatus: 'dropped_out',
    caregivers: [{ relation: 'mother', fullName: 'Phạm Thị Lan' }],
    riskFactors: [{ code: 'domestic_violence', since: '2025-09-01' }],
  },
  {
    fullName: 'Hoàng Gia Bảo',
    dateOfBirth: '2021-01-01',
    dobPrecision: 'year',
    sex: 'male',
    communeCode: BA_DINH,
    caregivers: [{ relation: 'other', fullName: 'Hoàng Thị Mai' }],
  },
  {
    fullName: 'Đặng Thị Ánh',
    dateOfBirth: '2014-07-01',
    sex: 'female',
    personalId: '001314001111',
    communeCode: NGOC_HA,
    ethnicityCode: '01',
    schoolStatus: 'in_school',
    specialCircumstances: [{ code: 'c', since: '2022-03-01' }],
    disability: 'Khuyết tật vận động',
    caregivers: [{ relation: 'mother', fullName: 'Đặng Thị Hương' }],
  },
  {
    fullName: 'Vũ Đức Huy',
    dateOfBirth: '2016-09-30',
    sex: 'male',
    communeCode: NGOC_HA,
    ethnicityCode: '01',
    schoolStatus: 'in_school',
    caregivers: [{ relation: 'father', fullName: 'Vũ Văn Nam' }],
  },
  {
    fullName: 'Ngô Thảo Vy',
    dateOfBirth: '2018-02-14',
    sex: 'female',
    communeCode: NGOC_HA,
    caregivers: [],
  },
];

/** Serialises the first-start check across processes. */
const DEMO_LOCK = 0x64656d6f; // 'demo'

/**
 * The demo dataset of the embedded default: one province (Hà Nội) with two wards, an
 * organisation of every type, one account per role, a few children (their notes say
 * [DEMO]) and two cases (their reports say [DEMO]), one with its abuser and a sanction decision.
 * Loaded once, into a database without any user; refused in production by the configuration.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly children: ChildrenService,
    private readonly supports: ChildSupportsService,
    private readonly cases: CasesService,
    private readonly sanctions: CaseSanctionsService,
    private readonly abusers: CaseAbusersService,
    private readonly cipher: FieldCipher,
  ) {}

  async loadIntoEmptyDatabase(): Promise<void> {
    await whileLocked(this.dataSource, DEMO_LOCK, async () => {
      if ((await this.dataSource.query<unknown[]>('SELECT 1 FROM users LIMIT 1')).length === 0) {
        await this.load();
      }
    });
  }

  private async load(): Promise<void> {
    const ids: Record<string, string> = {};
    const accounts: Record<string, string> = {};
    for (const o of ORGANIZATIONS) {
      const created = await this.organizations.create(
        {
          name: `${DEMO_MARK} ${o.name}`,
          type: o.type,
          provinceCode: PROVINCE,
          communeCode: o.commune,
        },
        null,
      );
      ids[o.key] = created.id;
    }
    for (const u of USERS) {
      const user = await this.users.create(
        {
          username: u.username,
          password: DEMO_PASSWORD,
          fullName: u.fullName,
          organizationId: ids[u.organization],
          roles: [u.role],
        },
        null,
      );
      accounts[u.username] = user.id;
      if (u.role === 'system_admin' || u.role === 'case_approver') {
        const pending = { secret: this.cipher.encrypt(DEMO_TOTP_SECRET), recoveryCodeHashes: [] };
        await this.dataSource.transaction(async (tx) => {
          await this.users.setPendingMfa(tx, user.id, pending);
          await this.users.activateMfa(tx, user.id, pending, null);
        });
      }
    }
    // Added as the demo commune officer and social worker would add them, with their history.
    const actor = (username: string, role: Role): Actor => ({
      kind: 'user',
      id: accounts[username],
      name: username,
      fullName: USERS.find((u) => u.username === username)!.fullName,
      organizationId: ids.commune,
      home: { provinceCode: PROVINCE, communeCode: BA_DINH },
      roles: [role],
      permissions: permissionsOf([role], 'commune_committee'),
      scope: { provinces: [PROVINCE], communes: [] },
      receivingPoint: null,
      sessionId: null,
      secondFactor: false,
      purpose: 'access',
    });
    const childIds: string[] = [];
    for (const child of CHILDREN) {
      const created = await this.children.create(
        { ...child, provinceCode: PROVINCE, notes: `${DEMO_MARK} Dữ liệu minh họa` },
        actor('demo.canbo', 'commune_officer'),
      );
      childIds.push(created.id);
    }
    // Ngọc Hà pays its child in special circumstances the monthly social allowance and gave her
    // this year's health insurance card: the ward's supported share comes from allowances.
    const officer = actor('demo.canbo', 'commune_officer');
    const anh = childIds[CHILDREN.findIndex((c) => c.fullName === 'Đặng Thị Ánh')];
    const year = todayInVietnam().slice(0, 4);
    await this.supports.add(
      anh,
      {
        kind: 'social_allowance',
        provider: 'state',
        startsOn: `${year}-01-01`,
        amount: 750_000,
        programme: 'Trợ cấp xã hội hằng tháng theo Nghị định 20/2021/NĐ-CP',
      },
      officer,
    );
    await this.supports.add(
      anh,
      {
        kind: 'health_insurance',
        provider: 'state',
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      },
      officer,
    );
    // Two cases of Ba Đình: one assessed, its plan due in five working days; one of abuse
    // (intervention level), the child already moved to safety.
    const worker = actor('demo.ctxh', 'social_worker');
    const assessed = await this.cases.intake(
      {
        childIds: [childIds[3]],
        source: 'hotline_111',
        channel: 'phone',
        receivedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
        summary: `${DEMO_MARK} Hàng xóm báo trẻ thường bị cha đánh khi say rượu.`,
        concerns: ['violence'],
        reporter: { anonymous: true, relation: 'hàng xóm' },
      },
      worker,
    );
    await this.cases.initialAssessment(
      assessed.id,
      {
        ratings: {
          harm: 'medium',
          abuserAccess: 'high',
          careEnvironment: 'medium',
          selfProtection: 'medium',
        },
        immediateDanger: false,
        level: 'support',
        notes: `${DEMO_MARK} Trẻ đang ở với mẹ; chưa có nguy hiểm tức thời.`,
      },
      worker,
    );
    const urgent = await this.cases.intake(
      {
        childIds: [childIds[2]],
        source: 'school',
        channel: 'in_person',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        summary: `${DEMO_MARK} Cô giáo thấy trẻ có vết bầm ở tay, trẻ sợ về nhà.`,
        concerns: ['violence', 'neglect'],
        settings: ['family'],
      },
      worker,
    );
    await this.cases.initialAssessment(
      urgent.id,
      {
        ratings: {
          harm: 'high',
          abuserAccess: 'high',
          careEnvironment: 'high',
          selfProtection: 'low',
        },
        immediateDanger: true,
        level: 'intervention',
        emergencyMeasures: [
          `${DEMO_MARK} Đưa trẻ về nhà bà ngoại, công an phường đã làm việc với cha.`,
        ],
      },
      worker,
    );
    // The father who hit the child: counted by III-0105.
    await this.abusers.add(
      urgent.id,
      { relationship: 'parent', sex: 'male', age: 'adult' },
      worker,
    );
    // The commune chair fined the father for the violence, found the same day: counted by
    // III-0204 (a violation detected), III-0201 and III-0202.
    await this.sanctions.add(
      urgent.id,
      {
        decisionNumber: '15/QĐ-XPVPHC',
        decidedOn: todayInVietnam(),
        authority: 'Chủ tịch UBND phường Ba Đình',
        violatorKind: 'individual',
        form: 'violence',
        fine: 5_000_000,
        measures: `${DEMO_MARK} Buộc chấm dứt hành vi bạo lực với trẻ em.`,
      },
      worker,
    );
    this.logger.warn(
      `Loaded the ${DEMO_MARK} dataset: accounts ${USERS.map((u) => u.username).join(', ')} ` +
        '(password and second-factor secret in README, "Demo dataset"). Not for real data.',
    );
  }
}
