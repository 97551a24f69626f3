import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n';
import { ErrorState, LoadingState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { createsPrograms } from './permissions';
import { usePrograms } from './usePrograms';

/** The programmes of the organisation, with their period, regions, cohorts and leads. */
export function ProgramsList() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const { regions } = useRegions();
  const { programs, totalCount, hasNextPage, loaded, loadingMore, error, loadMore, retry } = usePrograms();
  const regionName = (code: string) => {
    const region = regions.find((r) => r.code === code);
    return region ? placeName(region, locale) : code;
  };

  let body;
  if (error && !loaded) {
    body = (
      <ErrorState
        message={t('programs.list.loadError')}
        retryLabel={t('common.retry')}
        onRetry={() => void retry().catch(() => undefined)}
      />
    );
  } else if (!loaded) {
    body = <LoadingState label={t('common.loading')} />;
  } else if (programs.length === 0) {
    body = <Text c="dimmed">{t('programs.list.empty')}</Text>;
  } else {
    body = (
      <Stack gap="md">
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {programs.map((program) => (
            <Paper component="li" key={program.id} withBorder p="md" radius="md">
              <Stack gap={6}>
                <Anchor component={Link} to={`/programs/${program.id}`} fw={700} size="lg">
                  {program.name}
                </Anchor>
                {program.description ? (
                  <Text size="sm" lineClamp={2}>
                    {program.description}
                  </Text>
                ) : null}
                <Text size="sm" c="dimmed">
                  {t('programs.period', {
                    start: program.startsOn ? formatDate(program.startsOn, locale) : '…',
                    end: program.endsOn ? formatDate(program.endsOn, locale) : '…',
                  })}
                </Text>
                <Text size="sm">
                  {t('programs.fields.regions')}:{' '}
                  {program.regionCodes.length ? program.regionCodes.map(regionName).join(', ') : t('programs.anyRegion')}
                </Text>
                <Text size="sm">
                  {t('programs.list.cohortCount', { cohorts: program.cohorts.length })}
                  {' · '}
                  {t('programs.fields.leads')}: {program.leads.map((lead) => lead.displayName).join(', ') || t('programs.noLead')}
                </Text>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {t('people.list.showing', { shown: programs.length, total: totalCount })}
          </Text>
          {hasNextPage ? (
            <Button variant="light" onClick={() => void loadMore().catch(() => undefined)} loading={loadingMore}>
              {t('people.list.loadMore')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('programs.list.title')}</Title>
        {createsPrograms(toRole(user.role)) ? (
          <Button component={Link} to="/programs/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
            {t('programs.list.add')}
          </Button>
        ) : null}
      </Group>
      {body}
    </Stack>
  );
}
