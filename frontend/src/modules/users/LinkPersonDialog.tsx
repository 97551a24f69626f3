import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorReason } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonSearch } from '../cooperatives/PersonSearch';
import { apiProblems, failureKey } from '../errors';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { LinkPersonAccountDocument } from './queries';
import type { TeamUser } from './TeamSettings';

/** An entrepreneur account linked to her person record (so that "My journey" shows it), or unlinked. */
export function LinkPersonDialog({ user, onClose }: { user: TeamUser; onClose: () => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [link, { loading }] = useMutation(LinkPersonAccountDocument, { refetchQueries: ['TeamUsers'] });
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (personId: string, userId: string | null, name: string) => {
    setFailure(null);
    try {
      await link({ variables: { personId, userId } });
    } catch (error) {
      const linked = apiProblems(error).some((p) => p.reason === ErrorReason.ALREADY_LINKED);
      setFailure(linked ? tc('errors.reasons.ALREADY_LINKED') : tc(failureKey(error)));
      return;
    }
    notifications.show({ color: 'teal', message: t(userId ? 'link.done' : 'link.undone', { name }) });
    onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('link.title', { name: user.displayName })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        {user.person ? (
          <Group gap="sm" wrap="wrap">
            <Text size="sm" dir="auto">
              {t('person', { name: user.person.displayName })}
            </Text>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              loading={loading}
              onClick={() => void run(user.person!.id, null, user.person!.displayName)}
            >
              {t('link.unlink')}
            </Button>
          </Group>
        ) : null}
        <PersonSearch
          label={t('invite.personSearch')}
          pickLabel={(name) => t('invite.personPick', { name })}
          exclude={user.person ? [user.person.id] : []}
          onPick={(p) => void run(p.id, user.id, displayName(p, locale).primary)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
