import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale';
import type { ProgramOption } from '../programs';
import { placeName, type RegionOption } from '../reference';
import type { PeopleFilterValues } from './peopleFilters';
import { AREAS, GENDERS } from './personEnums';

export interface PeopleFiltersProps {
  values: PeopleFilterValues;
  regions: readonly RegionOption[];
  programs: readonly ProgramOption[];
  onChange: (changes: Partial<PeopleFilterValues>) => void;
}

/** Region, gender, rural/urban, NEET, programme (and its cohort once one is chosen). */
export function PeopleFilters({ values, regions, programs, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const program = programs.find((p) => p.id === values.programId);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: program ? 6 : 5 }} spacing="sm" verticalSpacing="xs">
      <NativeSelect
        label={t('person.fields.region')}
        value={values.regionCode}
        onChange={(e) => onChange({ regionCode: e.currentTarget.value })}
        data={[{ value: '', label: t('people.filters.allRegions') }, ...regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))]}
      />
      <NativeSelect
        label={t('person.fields.gender')}
        value={values.gender}
        onChange={(e) => onChange({ gender: e.currentTarget.value as PeopleFilterValues['gender'] })}
        data={[{ value: '', label: t('people.filters.all') }, ...GENDERS.map((g) => ({ value: g, label: t(`person.gender.${g}`) }))]}
      />
      <NativeSelect
        label={t('person.fields.area')}
        value={values.area}
        onChange={(e) => onChange({ area: e.currentTarget.value as PeopleFilterValues['area'] })}
        data={[{ value: '', label: t('people.filters.all') }, ...AREAS.map((a) => ({ value: a, label: t(`person.area.${a}`) }))]}
      />
      <NativeSelect
        label={t('people.filters.neet')}
        value={values.neet}
        onChange={(e) => onChange({ neet: e.currentTarget.value as PeopleFilterValues['neet'] })}
        data={[
          { value: '', label: t('people.filters.all') },
          { value: 'yes', label: t('person.neet.yes') },
          { value: 'no', label: t('person.neet.no') },
        ]}
      />
      <NativeSelect
        label={t('people.filters.program')}
        value={values.programId}
        onChange={(e) => onChange({ programId: e.currentTarget.value })}
        data={[
          { value: '', label: t('people.filters.allPrograms') },
          // A programme given in the address but not (yet) in the options stays selectable.
          ...(values.programId && !program ? [{ value: values.programId, label: t('people.filters.selectedProgram') }] : []),
          ...programs.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      {program ? (
        <NativeSelect
          label={t('people.filters.cohort')}
          value={values.cohortId}
          onChange={(e) => onChange({ cohortId: e.currentTarget.value })}
          data={[{ value: '', label: t('people.filters.allCohorts') }, ...program.cohorts.map((c) => ({ value: c.id, label: c.name }))]}
        />
      ) : null}
    </SimpleGrid>
  );
}
