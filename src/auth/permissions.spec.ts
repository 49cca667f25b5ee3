import { API_KEY_PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from './permissions.js';

describe('the role map', () => {
  const personal = /^(children|cases|referrals):|^reports:(lists|periodic)$|^audit:/;

  it('gives system_admin accounts and organisations, and no personal data at all', () => {
    const admin = [...permissionsOf(['system_admin'])];
    expect(admin.filter((p) => personal.test(p))).toEqual([]);
    expect(admin).toEqual(expect.arrayContaining(['users:manage', 'organizations:manage']));
  });

  it('gives statisticians aggregates only', () => {
    expect([...permissionsOf(['statistician'])].sort()).toEqual([
      'areas:read',
      'reference:read',
      'reports:aggregate',
    ]);
  });

  it('gives agency staff their referral queue and nothing about children or cases', () => {
    expect([...permissionsOf(['agency_staff'])].sort()).toEqual([
      'areas:read',
      'reference:read',
      'referrals:receive',
    ]);
  });

  it('lets only case approvers approve, and only commune officers import, merge', () => {
    const holders = (permission: string) =>
      ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission as never));
    expect(holders('cases:approve')).toEqual(['case_approver']);
    expect(holders('children:import')).toEqual(['commune_officer']);
    expect(holders('children:merge')).toEqual(['commune_officer']);
    expect(holders('users:manage')).toEqual(['system_admin']);
  });

  it('never lets an API key hold personal-data or account permissions', () => {
    expect(API_KEY_PERMISSIONS.filter((p) => personal.test(p) && p !== 'cases:intake')).toEqual([]);
    expect(API_KEY_PERMISSIONS.filter((p) => /manage/.test(p))).toEqual([]);
  });
});
