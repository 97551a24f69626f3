import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCategory } from '../../gql/graphql';
import { ComplaintSettingsDocument, UpdateComplaintSettingsDocument } from './queries';

/** Admins: the deadline of each category and the safeguarding focal point. */
export function ComplaintSettingsCard() {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const { data } = useQuery(ComplaintSettingsDocument);
  const [save, { loading, error, data: saved }] = useMutation(UpdateComplaintSettingsDocument);
  // Edits over the values read (what is not edited stays as the server has it).
  const [edited, setDays] = useState<Record<string, number>>({});
  const [editedFocal, setFocal] = useState<string | null | undefined>(undefined);
  if (!data) return null;
  const days: Record<string, number> = {
    ...Object.fromEntries(data.complaintSettings.deadlines.map((d) => [d.category, d.days])),
    ...edited,
  };
  const current = data.complaintSettings.safeguardingUserId ? String(data.complaintSettings.safeguardingUserId) : null;
  const focal = editedFocal === undefined ? current : editedFocal;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="complaint-settings">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save({
            variables: {
              input: {
                deadlines: Object.entries(days).map(([category, d]) => ({ category: category as ComplaintCategory, days: d })),
                safeguardingUserId: focal,
              },
            },
          }).catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="complaint-settings">
            {t('settings.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {data.complaintSettings.deadlines.map((d) => (
              <NumberInput
                key={d.category}
                label={t('settings.deadline', { category: t(`category.${d.category}`) })}
                min={1}
                max={180}
                value={days[d.category] ?? d.days}
                onChange={(v) => setDays((cur) => ({ ...cur, [d.category]: Number(v) || 1 }))}
              />
            ))}
          </SimpleGrid>
          <Select
            label={t('settings.focal')}
            description={t('settings.focalHelp')}
            clearable
            value={focal}
            onChange={(v) => setFocal(v === null ? null : String(v))}
            data={data.safeguardingCandidates.map((u) => ({ value: String(u.id), label: u.displayName }))}
          />
          {error ? (
            <Text c="red.8" role="alert">
              {tc('errors.generic')}
            </Text>
          ) : saved ? (
            <Text role="status">{t('settings.saved')}</Text>
          ) : null}
          <Group>
            <Button type="submit" loading={loading}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
