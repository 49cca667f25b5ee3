/**
 * The kinds of agency an account or an API key belongs to. The access layer reads them (an
 * agency's type decides the referral queue it receives at and what its keys may do); the
 * organisations module keeps the agencies themselves.
 */
export const ORGANIZATION_TYPES = [
  'commune_committee', // Ủy ban nhân dân cấp xã
  'social_work_center', // Trung tâm công tác xã hội
  'police', // Công an
  'health_facility', // cơ sở y tế
  'school', // cơ sở giáo dục
  'justice_office', // Tư pháp
  'provincial_department', // Sở (Sở Y tế holds the children's portfolio since 03/2025)
  'hotline', // Tổng đài 111
  'mass_organization', // Hội LHPN, Đoàn TN
  'ministry', // Bộ, cơ quan trung ương: national oversight; its users may cover every province
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
