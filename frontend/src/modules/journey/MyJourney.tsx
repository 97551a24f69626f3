import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent, IconPlant2 } from '@tabler/icons-react';
import { Locale } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../ui';
import { useCurrentUser } from '../auth';
import { MyVoice } from '../complaints';
import { useLocale } from '../locale';
import { UpcomingSessions } from './UpcomingSessions';
import { useMyJourney } from './useMyJourney';
import { VentureSection } from './VentureSection';
import { MyDiagnostics } from '../diagnostics';
import { MyDataCopy } from '../privacy';

function EmptyJourney() {
  const { t } = useTranslation('journey');
  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={64} radius="xl" color="teal" variant="light" aria-hidden="true">
          <IconPlant2 size={36} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('empty.title')}
        </Title>
        <Text size="lg">{t('empty.body')}</Text>
      </Stack>
    </Paper>
  );
}

/** "My journey": the signed-in entrepreneur's home, made for a small phone. */
export function MyJourney() {
  const { t } = useTranslation('journey');
  const { locale } = useLocale();
  const user = useCurrentUser();
  const { data, error, loading, refetch } = useMyJourney();
  const journey = data?.myJourney;
  const person = journey?.person;
  const name = (locale === Locale.AR ? person?.firstNameAr : null) ?? person?.firstName ?? user.displayName;

  let body;
  if (journey) {
    body = (
      <>
        {journey.ventures.length === 0 ? <EmptyJourney /> : journey.ventures.map((venture) => <VentureSection key={venture.id} venture={venture} />)}
        <MyDiagnostics />
        <Paper component="section" withBorder radius="lg" p="md" aria-labelledby="journey-sessions">
          <Stack gap="sm">
            <Title order={2} size="h3" id="journey-sessions" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <IconCalendarEvent size={26} aria-hidden="true" />
              {t('sessions.title')}
            </Title>
            <UpcomingSessions sessions={journey.upcomingSessions} personId={person?.id ?? null} />
          </Stack>
        </Paper>
        <MyVoice />
        {person ? <MyDataCopy /> : null}
      </>
    );
  } else if (error) {
    body = <ErrorState message={t('error')} retryLabel={t('retry')} onRetry={() => void refetch()} />;
  } else if (loading) {
    body = <LoadingState label={t('loading')} />;
  }

  return (
    <Stack gap="lg" maw={640} w="100%" mx="auto">
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text size="lg">{t('greeting', { name })}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
