import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, CopyButton, Group, Modal, Paper, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Role } from '@rafiq/shared';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { failureKey } from '../errors';
import { CalendarFeedDocument, RotateCalendarFeedDocument } from './sessionsApi';

function FeedPanel() {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(CalendarFeedDocument, { fetchPolicy: 'cache-and-network' });
  const [confirming, setConfirming] = useState(false);
  const [rotate, { loading, client }] = useMutation(RotateCalendarFeedDocument);
  const url = data?.me?.calendarFeedUrl ?? '';

  const confirm = async () => {
    try {
      const { data: answer } = await rotate();
      const me = data?.me;
      if (answer && me)
        client.writeQuery({
          query: CalendarFeedDocument,
          data: { __typename: 'Query', me: { ...me, calendarFeedUrl: answer.rotateCalendarFeed } },
        });
      notifications.show({ color: 'teal', message: t('feed.rotated') });
    } catch (e) {
      notifications.show({ color: 'red', message: tc(failureKey(e)) });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="calendar-feed-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-feed-heading">
          {t('feed.heading')}
        </Title>
        <Text size="sm">{t('feed.description')}</Text>
        {error && !data ? (
          <ErrorState message={t('feed.loadError')} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
        ) : null}
        <TextInput
          label={t('feed.url')}
          value={url}
          readOnly
          dir="ltr"
          onFocus={(e) => e.currentTarget.select()}
          rightSection={
            url ? (
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('feed.copied') : t('feed.copy')} withArrow>
                    <ActionIcon variant="subtle" onClick={copy} aria-label={t('feed.copy')}>
                      {copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            ) : null
          }
        />
        <Group>
          <Button variant="default" onClick={() => setConfirming(true)} disabled={!data}>
            {t('feed.rotate')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('feed.confirmTitle')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('feed.confirmBody')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tc('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={loading} data-autofocus>
              {t('feed.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

/** For coaches: the private calendar subscription address, with a copy button and a way to replace it. */
export function CalendarFeedPanel() {
  const user = useCurrentUser();
  return toRole(user.role) === Role.COACH ? <FeedPanel /> : null;
}
