import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../i18n';

export type ReferenceItem = Schemas['ReferenceItemDto'];
export type Area = Schemas['AreaDto'];

/** A code list of the API (`GET /reference/:list`), kept for the session: it changes by release. */
export function useReference(list: string) {
  return useQuery({
    queryKey: ['reference', list],
    queryFn: () => call(api.GET('/api/v1/reference/{list}', { params: { path: { list } } })),
    staleTime: Infinity,
    select: (data) => data.items,
  });
}

/**
 * The name of a code in the user's language (the code itself while the list loads): codes
 * withdrawn from use included, as older records and their history keep them.
 */
export function useCodeName(list: string): (code: string | null | undefined) => string {
  const { language, t } = useI18n();
  const items = useQuery({
    queryKey: ['reference', list, 'retired'],
    queryFn: () =>
      call(
        api.GET('/api/v1/reference/{list}', {
          params: { path: { list }, query: { retired: true } },
        }),
      ),
    staleTime: Infinity,
    select: (data) => data.items,
  }).data;
  return (code) => {
    if (!code) return t('common.none');
    const item = items?.find((candidate) => candidate.code === code);
    if (!item) return code;
    return language === 'en' && item.nameEn ? item.nameEn : item.name;
  };
}

/** The communes of the given provinces (the units in force since 1 July 2025). */
export function useCommunes(provinceCodes: string[]) {
  return useQuery({
    queryKey: ['communes', provinceCodes],
    enabled: provinceCodes.length > 0,
    staleTime: Infinity,
    queryFn: async () => {
      const lists = await Promise.all(
        provinceCodes.map((code) =>
          call(api.GET('/api/v1/areas/provinces/{code}/communes', { params: { path: { code } } })),
        ),
      );
      return lists.flatMap((list) => list.items);
    },
  });
}

/** The provinces in force since 1 July 2025. */
export function useProvinces() {
  return useQuery({
    queryKey: ['provinces'],
    staleTime: Infinity,
    queryFn: () => call(api.GET('/api/v1/areas/provinces')),
    select: (data) => data.items,
  });
}

/** Each special-circumstance code's group: null for a group, the group's code for a sub-group. */
export function useCircumstanceGroups(): Map<string, string | null> {
  const items = useReference('special-circumstances').data;
  return useMemo(
    () => new Map((items ?? []).map((item) => [item.code, item.parentCode ?? null])),
    [items],
  );
}

/** The names of current units by code, for the provinces given (a code stays a code meanwhile). */
export function useAreaNames(provinceCodes: string[]): (code: string) => string {
  const unique = [...new Set(provinceCodes)].sort();
  const provinces = useProvinces().data;
  const communes = useCommunes(unique).data;
  return (code) =>
    (code.length === 2
      ? provinces?.find((unit) => unit.code === code)
      : communes?.find((unit) => unit.code === code)
    )?.fullName ?? code;
}

/** The signed-in user's organisation (its province and commune), kept for the session. */
export function useMyOrganization() {
  const { state } = useAuth();
  const organizationId = state.status === 'signed-in' ? state.me.organizationId : '';
  return useQuery({
    queryKey: ['organizations', organizationId],
    queryFn: () =>
      call(api.GET('/api/v1/organizations/{id}', { params: { path: { id: organizationId } } })),
    staleTime: Infinity,
    enabled: organizationId !== '',
  });
}

/**
 * The communes the user works in: all of their provinces', and those named one by one (their
 * names from their organisation's province, where an account's communes lie). `home` is the
 * organisation's own commune, chosen first when the user has several.
 */
export function useCommunesInScope() {
  const { state } = useAuth();
  const areaCodes = state.status === 'signed-in' ? state.me.areaCodes : [];
  const provinces = areaCodes.filter((code) => code.length === 2);
  const named = areaCodes.filter((code) => code.length === 5);
  const organization = useMyOrganization();
  const home = organization.data;
  const lists = [
    ...new Set([...provinces, ...(named.length > 0 && home ? [home.provinceCode] : [])]),
  ].sort();
  const communes = useCommunes(lists);
  const known = communes.data ?? [];
  const options: Pick<Area, 'code' | 'fullName'>[] = [
    ...known.filter(
      (c) => (c.provinceCode && provinces.includes(c.provinceCode)) || named.includes(c.code),
    ),
    ...named
      .filter((code) => !known.some((c) => c.code === code))
      .map((code) => ({ code, fullName: code })),
  ];
  const homeCommune = home?.communeCode ?? undefined;
  return {
    options,
    home: options.some((c) => c.code === homeCommune) ? homeCommune : undefined,
    ready: organization.isFetched && (lists.length === 0 || communes.isFetched),
    /** The one commune the user works in, when there is one: nothing to choose. */
    only: options.length === 1 ? options[0].code : undefined,
    error: organization.error ?? communes.error,
  };
}
