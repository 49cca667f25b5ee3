import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, call, type Schemas } from '../../api/client';
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

/** The name of a code in the user's language (the code itself while the list loads). */
export function useCodeName(list: string): (code: string | null | undefined) => string {
  const { language, t } = useI18n();
  const items = useReference(list).data;
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
