import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoachProfileFields_ProfileFragment } from '../../gql/graphql';
import { Detail, DetailList } from '../../ui';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { ValueChainOptionsDocument } from '../ventures/queries';
import { languageLabel } from './CoachProfileDialog';

/** A coach's profile, read-only: expertise, value chains, languages, regions and provinces served, weekly capacity. */
export function CoachProfileCard({ profile }: { profile: CoachProfileFields_ProfileFragment | null | undefined }) {
  const { t } = useTranslation('coaches');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { regions, provinceByCode } = useRegions();
  const valueChains = useQuery(ValueChainOptionsDocument).data?.valueChains ?? [];
  if (!profile)
    return (
      <Text c="dimmed" size="sm">
        {t('list.noProfile')}
      </Text>
    );
  const join = (items: string[]) => (items.length ? items.join(', ') : null);
  return (
    <DetailList cols={2}>
      <Detail label={t('fields.expertise')} emptyLabel={tc('common.notRecorded')}>
        {join(profile.expertise)}
      </Detail>
      <Detail label={t('fields.valueChains')} emptyLabel={tc('common.notRecorded')}>
        {join(profile.valueChainIds.map((id) => valueChains.find((v) => v.id === id)).flatMap((v) => (v ? [placeName(v, locale)] : [])))}
      </Detail>
      <Detail label={t('fields.languages')} emptyLabel={tc('common.notRecorded')}>
        {join(profile.languages.map((code) => languageLabel(code, t)))}
      </Detail>
      <Detail label={t('fields.regions')} emptyLabel={tc('common.notRecorded')}>
        {join(profile.regionCodes.map((code) => regions.find((r) => r.code === code)).flatMap((r) => (r ? [placeName(r, locale)] : [])))}
      </Detail>
      <Detail label={t('fields.provinces')} emptyLabel={tc('common.notRecorded')}>
        {join(profile.provinceCodes.flatMap((code) => (provinceByCode.get(code) ? [placeName(provinceByCode.get(code)!, locale)] : [])))}
      </Detail>
      <Detail label={t('fields.capacity')} emptyLabel={tc('common.notRecorded')}>
        {profile.weeklyCapacityHours != null ? t('fields.hoursPerWeek', { hours: profile.weeklyCapacityHours }) : null}
      </Detail>
    </DetailList>
  );
}
