import { useQuery } from '@apollo/client/react';
import { Locale } from '@rafiq/shared';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { RegionsQuery } from '../../gql/graphql';

export const RegionsDocument = graphql(`
  query Regions {
    regions {
      code
      nameFr
      nameAr
      provinces {
        code
        nameFr
        nameAr
      }
    }
  }
`);

export type RegionOption = RegionsQuery['regions'][number];

/** A place in the interface language: Arabic names in Arabic, the official French ones otherwise. */
export function placeName(place: { nameFr: string; nameAr: string }, locale: Locale): string {
  return locale === Locale.AR ? place.nameAr : place.nameFr;
}

/** Morocco's regions with their provinces (reference data, fetched once and cached). */
export function useRegions() {
  const { data, loading, error } = useQuery(RegionsDocument);
  const regions = useMemo(() => data?.regions ?? [], [data]);
  const provinceByCode = useMemo(() => new Map(regions.flatMap((r) => r.provinces.map((p) => [p.code, p] as const))), [regions]);
  return { regions, provinceByCode, loading, error };
}
