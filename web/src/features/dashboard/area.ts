import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { useMyOrganization } from '../reference/hooks';

/**
 * The area the dashboard shows, from the address (so a drill-down is a link, and the back button
 * climbs back up): a commune, a province, or the user's whole scope. A user whose areas lie in one
 * province starts at that province.
 */
export function useDashboardArea() {
  const [params] = useSearchParams();
  const { state } = useAuth();
  const organization = useMyOrganization();
  const areaCodes = state.status === 'signed-in' ? state.me.areaCodes : [];
  // A user's communes lie in their organisation's province.
  const needsHome = areaCodes.some((code) => code.length === 5);
  const home = organization.data?.provinceCode;
  const provinces = [
    ...new Set(areaCodes.map((code) => (code.length === 2 ? code : (home ?? '')))),
  ].filter(Boolean);
  const onlyProvince = provinces.length === 1 ? provinces[0] : undefined;
  const communeCode = params.get('communeCode') ?? undefined;
  const provinceCode = params.get('provinceCode') ?? onlyProvince;
  return {
    ready: !needsHome || organization.isFetched,
    provinceCode,
    communeCode,
    /** Whether there is a level above the province (a national body's staff). */
    severalProvinces: provinces.length > 1,
    query: communeCode ? { provinceCode, communeCode } : provinceCode ? { provinceCode } : {},
  };
}

/** The address of the dashboard for an area of the breakdown (a province's or a commune's code). */
export function drillPath(code: string, provinceCode: string | undefined): string {
  const params =
    code.length === 2
      ? new URLSearchParams({ provinceCode: code })
      : new URLSearchParams({ ...(provinceCode ? { provinceCode } : {}), communeCode: code });
  return `/dashboard?${params.toString()}`;
}
