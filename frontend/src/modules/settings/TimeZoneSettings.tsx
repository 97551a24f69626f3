import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DEFAULT_TIME_ZONE } from '@rafiq/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toRole, useCurrentUser } from '../auth';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { managesOrganization } from './permissions';
import { UpdateOrganizationSettingsDocument } from './queries';

/** Every IANA zone this browser knows, with the organisation's current one first. */
function zoneOptions(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, DEFAULT_TIME_ZONE, ...all])];
}

/** "UTC+01:00" now in a zone, to help choose. */
export function utcOffset(timeZone: string, at = new Date()): string {
  try {
    const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name === 'GMT' || !name ? 'UTC+00:00' : name.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

/**
 * The organisation's time zone, in which sessions, working hours, recurring series, reminders and
 * calendar feeds are read. Admins change it; programme leads see it.
 */
export function TimeZoneSettings() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const org = user.organization;
  const manages = managesOrganization(toRole(user.role));
  const [value, setValue] = useState<string | null>(org.timeZone);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const client = useApolloClient();
  const [save, { loading }] = useMutation(UpdateOrganizationSettingsDocument);
  const data = useMemo(
    () => zoneOptions(org.timeZone).map((z) => ({ value: z, label: `${z.replace(/_/g, ' ')} (${utcOffset(z)})` })),
    [org.timeZone],
  );

  const submit = async () => {
    setError(null);
    setFailure(null);
    if (!value) {
      setError(tc('errors.reasons.REQUIRED'));
      return;
    }
    try {
      await save({ variables: { input: { timeZone: value, version: org.version } } });
    } catch (e) {
      if (isConflict(e)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(e, ['timeZone'] as const);
      if (problems.length) {
        setError(tc(`errors.reasons.${problems[0].reason}` as 'errors.generic'));
        return;
      }
      setFailure(failureKey(e));
      return;
    }
    notifications.show({ color: 'teal', message: t('organization.saved', { zone: value }) });
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="organization-title">
      <Title order={2} size="h3" id="organization-title">
        {t('organization.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('organization.timeZoneHelp')}
      </Text>
      {failure ? (
        <Alert color="red" role="alert">
          {tc(failure)}
        </Alert>
      ) : null}
      {manages ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm" maw={480}>
            <Select
              label={t('organization.timeZone')}
              data={data}
              value={value}
              onChange={setValue}
              searchable
              required
              error={error}
              nothingFoundMessage={t('organization.noZone')}
              limit={50}
            />
            <Group>
              <Button type="submit" loading={loading} disabled={value === org.timeZone}>
                {tc('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text>
          {t('organization.timeZone')}: <span dir="ltr">{`${org.timeZone} (${utcOffset(org.timeZone)})`}</span>
        </Text>
      )}
      <ConflictDialog
        opened={conflict}
        onReload={() => void client.refetchQueries({ include: ['Me'] }).finally(() => setConflict(false))}
        onCancel={() => setConflict(false)}
      />
    </Stack>
  );
}
