import type { TestApp } from './app.js';
import { type CaseWorld, caseWorld, hotlineReport } from './case-world.js';
import { AREA, createAccount, createOrganization, signIn } from './world.js';

type Client = CaseWorld['worker'];

/** The case world, plus three receiving agencies of Ba Đình and one of Ngọc Hà. */
export interface ReferralWorld extends CaseWorld {
  police: Client;
  /** A second officer of the same police unit. */
  police2: Client;
  health: Client;
  school: Client;
  /** Staff of another organisation (Ngọc Hà's police). */
  otherPolice: Client;
}

export async function referralWorld(t: TestApp): Promise<ReferralWorld> {
  const world = await caseWorld(t);
  const { ids } = world;
  const agencies: [string, string, Parameters<typeof createOrganization>[2], string][] = [
    ['police', 'Công an phường Ba Đình', 'police', AREA.communeA1],
    ['health', 'Trạm y tế phường Ba Đình', 'health_facility', AREA.communeA1],
    ['school', 'Trường Tiểu học Ba Đình', 'school', AREA.communeA1],
    ['otherPolice', 'Công an phường Ngọc Hà', 'police', AREA.communeA2],
  ];
  for (const [key, name, type, commune] of agencies) {
    ids[`${key}Org`] = await createOrganization(t, name, type, AREA.provinceA, commune);
  }
  const staff: [string, string][] = [
    ['ca-badinh', 'policeOrg'],
    ['ca-badinh-2', 'policeOrg'],
    ['yte-badinh', 'healthOrg'],
    ['th-badinh', 'schoolOrg'],
    ['ca-ngocha', 'otherPoliceOrg'],
  ];
  for (const [username, org] of staff) {
    ids[username] = (await createAccount(t, username, ids[org], ['agency_staff'])).id;
  }
  const as = async (username: string) => t.as((await signIn(t, username)).accessToken);
  return {
    ...world,
    police: await as('ca-badinh'),
    police2: await as('ca-badinh-2'),
    health: await as('yte-badinh'),
    school: await as('th-badinh'),
    otherPolice: await as('ca-ngocha'),
  };
}

/** A hotline report taken in and assigned to A1's social worker; returns the case. */
export async function reportedCase(
  w: ReferralWorld,
  receivedAt: string,
): Promise<{ id: string; code: string }> {
  const kase = (await w.hotline.post('/api/v1/cases').send(hotlineReport(receivedAt)).expect(201))
    .body;
  await w.worker.post(`/api/v1/cases/${kase.id}/assign`).send({ userId: w.ids.ctxh }).expect(200);
  return kase;
}

export function referral(
  toOrganizationId: string,
  urgency: 'emergency' | 'urgent' | 'routine',
  extra: object = {},
): object {
  return {
    toOrganizationId,
    serviceType: 'investigation',
    urgency,
    reason: 'Trẻ có dấu hiệu bị bạo lực thể chất, cần xác minh và ngăn chặn.',
    ...extra,
  };
}

/** The in-app notifications of a referral received that the user has. */
export async function receivedReferral(client: Client, referralId: string): Promise<unknown[]> {
  return (await client.get('/api/v1/notifications?limit=200').expect(200)).body.items.filter(
    (n: { kind: string; entityId: string }) =>
      n.kind === 'referral_received' && n.entityId === referralId,
  );
}
