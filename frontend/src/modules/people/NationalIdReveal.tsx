import { Button, Group, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevealNationalId } from './useRevealNationalId';

/** The masked national ID; staff may ask to see it in clear (each reveal is a request of its own). */
export function NationalIdReveal({ personId, masked }: { personId: string; masked: string | null | undefined }) {
  const { t } = useTranslation();
  const [reveal, { data, loading, error }] = useRevealNationalId();
  const [shown, setShown] = useState(false);
  if (!masked) return <Text c="dimmed">{t('common.notRecorded')}</Text>;

  const clear = shown ? data?.revealNationalId : null;
  const toggle = async () => {
    if (shown) {
      setShown(false);
      return;
    }
    try {
      await reveal({ variables: { personId } });
      setShown(true);
    } catch {
      setShown(false);
    }
  };

  return (
    <Group gap="xs" wrap="wrap" component="span">
      <Text component="span" fw={500} dir="ltr" ff="monospace" aria-live="polite">
        {clear ?? masked}
      </Text>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => void toggle()}
        loading={loading}
        leftSection={shown ? <IconEyeOff size={16} aria-hidden="true" /> : <IconEye size={16} aria-hidden="true" />}
        aria-label={shown ? t('people.details.hideNationalId') : t('people.details.showNationalId')}
      >
        {shown ? t('common.hide') : t('common.show')}
      </Button>
      {error && !shown ? (
        <Text component="span" size="sm" c="red.8" role="alert">
          {t('people.details.revealError')}
        </Text>
      ) : null}
    </Group>
  );
}
