import type { OrganizationType } from './organization-types.js';

/**
 * Who may do what: the one place roles (and, for receiving points, the organisation's type) map to
 * permissions (conventions.md rule 1). Routes declare a permission with `@Access(...)`; the global
 * AccessGuard checks it; what a permission lets the actor see is then narrowed by their area scope
 * inside each query (scope.ts).
 */
export const ROLES = [
  'system_admin', // quản trị hệ thống: accounts and organisations, never a child or a case
  'commune_officer', // cán bộ văn hóa - xã hội cấp xã: keeps the commune's child register
  'social_worker', // người làm công tác bảo vệ trẻ em: cases, assessments, plans, referrals
  'case_approver', // Chủ tịch UBND cấp xã (or delegate): approves measures, plans and closure
  'agency_staff', // staff of a receiving organisation: its referral queue (and reports, below)
  'province_officer', // oversight and statistics in a province
  'statistician', // aggregates only, no personal data
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'areas:read',
  'reference:read',
  'organizations:read',
  'organizations:manage',
  'users:manage',
  'api-keys:manage',
  'calendar:manage',
  'audit:read',
  'children:read',
  'children:write',
  'children:import',
  'children:export',
  'children:merge',
  'children:verify', // check records against the national population database, settle the worklist
  'children:sensitive', // see a child's sensitive data (sensitive.ts), export it with a reason
  'personal-data:requests', // a child's or carer's requests under Law 91/2025: their file, corrections
  'privacy:manage', // the retention policies (their dry run, the job), under Law 91/2025
  'cases:intake',
  'cases:reported', // the reports one recorded: which case each became and its status, no more
  'cases:read',
  'cases:work',
  'cases:approve',
  'cases:transfer', // hand a case over to another commune, accept or decline one (Law on Children art. 52)
  'referrals:send',
  'referrals:receive',
  'reports:aggregate',
  'reports:lists',
  'reports:periodic',
  'reports:submit', // the chair submits the area's periodic report (second factor), corrects it with a reason
  'reports:oversee', // the province's reporting calendar: its due dates, who has submitted, reminders
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const LOOKUPS: Permission[] = ['areas:read', 'reference:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: [
    ...LOOKUPS,
    'organizations:read',
    'organizations:manage',
    'users:manage',
    'api-keys:manage',
    'calendar:manage',
    'privacy:manage',
  ],
  commune_officer: [
    ...LOOKUPS,
    'organizations:read',
    'children:read',
    'children:write',
    'children:import',
    'children:export',
    'children:merge',
    'children:verify',
    'children:sensitive',
    'personal-data:requests',
    'cases:intake',
    'reports:aggregate',
    'reports:lists',
    'reports:periodic',
  ],
  social_worker: [
    ...LOOKUPS,
    'organizations:read',
    'children:read',
    'children:write',
    'children:sensitive',
    'cases:intake',
    'cases:read',
    'cases:work',
    'cases:transfer',
    'referrals:send',
    'reports:aggregate',
    'reports:lists',
    'reports:periodic',
  ],
  case_approver: [
    ...LOOKUPS,
    'organizations:read',
    'children:read',
    'children:sensitive',
    'cases:read',
    'cases:approve',
    'cases:transfer',
    'reports:aggregate',
    'reports:periodic',
    'reports:submit',
  ],
  agency_staff: [...LOOKUPS, 'referrals:receive'],
  province_officer: [
    ...LOOKUPS,
    'organizations:read',
    'children:read',
    'children:export',
    'cases:read',
    'reports:aggregate',
    'reports:lists',
    'audit:read',
    'reports:periodic',
    'reports:oversee',
  ],
  statistician: [...LOOKUPS, 'reports:aggregate'],
};

/** What an API key (a system client such as the 111 hotline's) may be given. */
export const API_KEY_PERMISSIONS: readonly Permission[] = [
  'areas:read',
  'reference:read',
  'organizations:read',
  'cases:intake',
];

/**
 * Receiving points (nơi tiếp nhận thông tin) whose staff record reports (Mẫu 01) themselves, by
 * their organisation's type, with the case source their reports carry. Decree 56/2017 art. 25.1
 * names the 111 hotline, the labour and social affairs agency (now the provincial health
 * department) and the police at any level; schools and health facilities must report at once
 * (art. 25.1-2), and recording the report here is how it reaches the commune at once. The commune
 * takes reports in through `cases:intake` of its own roles, and the hotline's system through an
 * API key.
 */
export const RECEIVING_POINTS = {
  hotline: 'hotline_111', // Tổng đài điện thoại quốc gia bảo vệ trẻ em 111: its operators' accounts
  police: 'police', // công an các cấp
  // Decree 56 art. 25's "cơ quan lao động - thương binh và xã hội": the Sở Y tế since 03/2025.
  provincial_department: 'health',
  health_facility: 'health', // cơ sở y tế
  school: 'school', // cơ sở giáo dục
} as const satisfies Partial<Record<OrganizationType, string>>;
export type ReceivingPoint = (typeof RECEIVING_POINTS)[keyof typeof RECEIVING_POINTS];

/** What agency staff of a receiving point may do beyond their referral queue. */
const RECEIVING_POINT_PERMISSIONS: readonly Permission[] = ['cases:intake', 'cases:reported'];

/** The receiving point an account records reports for: agency staff of one, else null. */
export function receivingPointOf(
  roles: readonly Role[],
  organizationType: OrganizationType,
): ReceivingPoint | null {
  if (!roles.includes('agency_staff')) return null;
  return (
    (RECEIVING_POINTS as Partial<Record<OrganizationType, ReceivingPoint>>)[organizationType] ??
    null
  );
}

export function permissionsOf(
  roles: readonly Role[],
  organizationType: OrganizationType,
): Set<Permission> {
  return new Set([
    ...roles.flatMap((role) => ROLE_PERMISSIONS[role]),
    ...(receivingPointOf(roles, organizationType) ? RECEIVING_POINT_PERMISSIONS : []),
  ]);
}
