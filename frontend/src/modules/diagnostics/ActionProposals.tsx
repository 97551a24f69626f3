import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionOwnerKind, DiagnosticFullFragment } from '../../gql/graphql';
import { failureKey, inputProblems } from '../errors';
import { useLocale } from '../locale';
import { AcceptDiagnosticActionsDocument, DiagnosticProposalsDocument } from './queries';
import { formatScore, pick } from './texts';

interface Draft {
  key: string;
  accepted: boolean;
  title: string;
  dueOn: string;
  ownerKind: ActionOwnerKind;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Action proposals from the weakest dimensions: the coach keeps, edits or drops each one, and adds
 * them to the venture's action plan (for a cooperative: one of its ventures).
 */
export function ActionProposals({ diagnostic }: { diagnostic: DiagnosticFullFragment }) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data } = useQuery(DiagnosticProposalsDocument, { variables: { id: diagnostic.id } });
  const proposals = data?.diagnostic.actionProposals ?? [];
  const ventures = diagnostic.venture ? [diagnostic.venture] : (diagnostic.cooperative?.ventures ?? []);
  const [ventureId, setVentureId] = useState('');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [accept, { loading }] = useMutation(AcceptDiagnosticActionsDocument);
  const chosenVenture = ventureId || ventures[0]?.id || '';

  if (!data || proposals.length === 0) return null;
  const draftOf = (p: (typeof proposals)[number]): Draft =>
    drafts[p.questionKey] ?? {
      key: p.questionKey,
      accepted: true,
      title: pick(p.suggestion, locale),
      dueOn: inDays(30),
      ownerKind: 'ENTREPRENEUR',
    };
  const update = (p: (typeof proposals)[number], patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [p.questionKey]: { ...draftOf(p), ...patch } }));

  async function submit() {
    setError(null);
    const items = proposals.map(draftOf).filter((d) => d.accepted && d.title.trim());
    try {
      const res = await accept({
        variables: {
          input: {
            diagnosticId: diagnostic.id,
            ventureId: chosenVenture,
            items: items.map(({ title, dueOn, ownerKind }) => ({ title, dueOn, ownerKind })),
          },
        },
      });
      setDone(res.data?.acceptDiagnosticActions.length ?? 0);
    } catch (e) {
      const [problem] = inputProblems(e, ['ventureId', 'items'] as const);
      setError(problem ? tc(`errors.reasons.${problem.reason}`) : tc(failureKey(e)));
    }
  }

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="proposals-title">
      <Title order={2} size="h4" id="proposals-title">
        {t('actions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('actions.hint')}
      </Text>
      {done !== null ? (
        <Text role="status" c="teal.8">
          {t('actions.added', { count: done })}
        </Text>
      ) : ventures.length === 0 ? (
        <Text c="dimmed">{t('actions.noVenture')}</Text>
      ) : (
        <Stack gap="sm">
          {ventures.length > 1 ? (
            <NativeSelect
              label={t('actions.venture')}
              value={chosenVenture}
              onChange={(e) => setVentureId(e.currentTarget.value)}
              data={ventures.map((v) => ({ value: v.id, label: v.title }))}
            />
          ) : null}
          {proposals.map((p) => {
            const d = draftOf(p);
            return (
              <Stack key={p.questionKey} gap={4}>
                <Checkbox
                  checked={d.accepted}
                  onChange={(e) => update(p, { accepted: e.currentTarget.checked })}
                  label={
                    <span dir="auto">
                      {pick(p.dimension, locale)} · {formatScore(p.score)}/100
                    </span>
                  }
                />
                {d.accepted ? (
                  <Group gap="xs" wrap="wrap" align="flex-end">
                    <TextInput
                      style={{ flex: '1 1 14rem' }}
                      label={t('actions.itemTitle')}
                      value={d.title}
                      onChange={(e) => update(p, { title: e.currentTarget.value })}
                    />
                    <TextInput
                      type="date"
                      label={t('actions.due')}
                      value={d.dueOn}
                      onChange={(e) => update(p, { dueOn: e.currentTarget.value })}
                      dir="ltr"
                    />
                    <NativeSelect
                      label={t('actions.owner')}
                      value={d.ownerKind}
                      onChange={(e) => update(p, { ownerKind: e.currentTarget.value as ActionOwnerKind })}
                      data={(['ENTREPRENEUR', 'COACH'] as const).map((k) => ({ value: k, label: t(`actions.ownerKind.${k}`) }))}
                    />
                  </Group>
                ) : null}
              </Stack>
            );
          })}
          {error ? (
            <Text c="red" role="alert">
              {error}
            </Text>
          ) : null}
          <Group>
            <Button onClick={() => void submit()} loading={loading} disabled={!proposals.some((p) => draftOf(p).accepted)}>
              {t('actions.accept')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
