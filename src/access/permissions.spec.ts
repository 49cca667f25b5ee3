import {
  API_KEY_PERMISSIONS,
  permissionsOf,
  RECEIVING_POINTS,
  receivingPointOf,
  ROLE_PERMISSIONS,
  ROLES,
} from './permissions.js';

describe('the role map', () => {
  const personal = /^(children|cases|referrals):|^reports:(lists|periodic|submit)$|^audit:/;

  it('gives system_admin accounts and organisations, and no personal data at all', () => {
    const admin = [...permissionsOf(['system_admin'], 'provincial_department')];
    expect(admin.filter((p) => personal.test(p))).toEqual([]);
    expect(admin).toEqual(expect.arrayContaining(['users:manage', 'organizations:manage']));
  });

  it('gives statisticians aggregates only', () => {
    expect([...permissionsOf(['statistician'], 'provincial_department')].sort()).toEqual([
      'areas:read',
      'reference:read',
      'reports:aggregate',
    ]);
  });

  it('gives agency staff their referral queue and nothing about children or cases', () => {
    for (const type of ['social_work_center', 'justice_office', 'mass_organization'] as const) {
      expect([...permissionsOf(['agency_staff'], type)].sort()).toEqual([
        'areas:read',
        'reference:read',
        'referrals:receive',
      ]);
      expect(receivingPointOf(['agency_staff'], type)).toBeNull();
    }
  });

  it('lets the staff of a receiving point record reports and follow them, and read no case', () => {
    expect(Object.keys(RECEIVING_POINTS).sort()).toEqual([
      'health_facility',
      'hotline',
      'police',
      'provincial_department',
      'school',
    ]);
    for (const [type, source] of Object.entries(RECEIVING_POINTS)) {
      const organizationType = type as keyof typeof RECEIVING_POINTS;
      expect([...permissionsOf(['agency_staff'], organizationType)].sort()).toEqual([
        'areas:read',
        'cases:intake',
        'cases:reported',
        'reference:read',
        'referrals:receive',
      ]);
      expect(receivingPointOf(['agency_staff'], organizationType)).toBe(source);
      // The organisation makes a receiving point of its agency staff, not of other roles.
      expect(receivingPointOf(['province_officer'], organizationType)).toBeNull();
    }
    expect(permissionsOf(['commune_officer'], 'commune_committee').has('cases:reported')).toBe(
      false,
    );
  });

  it('lets only case approvers approve, and only commune officers import, merge', () => {
    const holders = (permission: string) =>
      ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission as never));
    expect(holders('cases:approve')).toEqual(['case_approver']);
    // The commune's workers and its chair hand a case over, and accept or decline one.
    expect(holders('cases:transfer')).toEqual(['social_worker', 'case_approver']);
    expect(holders('children:import')).toEqual(['commune_officer']);
    expect(holders('children:merge')).toEqual(['commune_officer']);
    expect(holders('users:manage')).toEqual(['system_admin']);
  });

  it('never lets an API key hold personal-data or account permissions', () => {
    expect(API_KEY_PERMISSIONS.filter((p) => personal.test(p) && p !== 'cases:intake')).toEqual([]);
    expect(API_KEY_PERMISSIONS.filter((p) => /manage/.test(p))).toEqual([]);
  });
});
