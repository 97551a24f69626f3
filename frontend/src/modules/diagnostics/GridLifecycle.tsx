import { useMutation, useQuery } from '@apollo/client/react';
import { Accordion, Badge, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosticGridRevisionsQuery } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { ErrorState, LoadingState } from '../../ui';
import { ConflictDialog, failureKey, isConflict } from '../errors';
import { useLocale } from '../locale';
import { ArchiveDiagnosticGridDocument, DiagnosticGridRevisionsDocument } from './queries';
import { pick, type Texts } from './texts';

export interface LifecycleGrid {
  id: string;
  version: number;
  name: Texts;
  archivedAt?: unknown;
}

/**
 * Confirms archiving (no new diagnostics with the grid; past ones keep it) or restoring a grid.
 * The mutation sends the version read: CONFLICT opens the reload dialog, other failures show in place.
 */
export function GridArchiveDialog({
  grid,
  onClose,
  onDone,
  onReload,
}: {
  grid: LifecycleGrid;
  onClose: () => void;
  onDone: (message: string) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const restoring = Boolean(grid.archivedAt);
  const name = pick(grid.name, locale);
  const [mutate, { loading }] = useMutation(ArchiveDiagnosticGridDocument);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const submit = async () => {
    setError(null);
    try {
      await mutate({ variables: { id: grid.id, version: grid.version, archived: !restoring } });
    } catch (e) {
      if (isConflict(e)) return setConflict(true);
      return setError(tc(failureKey(e)));
    }
    onDone(restoring ? t('grids.restored', { name }) : t('grids.archived', { name }));
  };
  return (
    <>
      <Modal
        opened={!conflict}
        onClose={onClose}
        title={restoring ? t('grids.restoreTitle', { name }) : t('grids.archiveTitle', { name })}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{restoring ? t('grids.restoreBody') : t('grids.archiveBody')}</Text>
          {error ? (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button color={restoring ? undefined : 'red'} loading={loading} onClick={() => void submit()}>
              {restoring ? t('grids.restore') : t('grids.archive')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConflictDialog opened={conflict} onReload={() => void onReload().finally(onClose)} onCancel={onClose} />
    </>
  );
}

type Revision = NonNullable<DiagnosticGridRevisionsQuery['diagnosticGrid']>['revisions'][number];

/** Every revision of a grid, newest first, read-only (past diagnostics keep the revision they used). */
export function GridRevisionsDialog({ grid, onClose }: { grid: LifecycleGrid; onClose: () => void }) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const narrow = useMediaQuery('(max-width: 48em)');
  const { data, error, refetch } = useQuery(DiagnosticGridRevisionsDocument, {
    variables: { id: grid.id },
    fetchPolicy: 'cache-and-network',
  });
  const revisions = data?.diagnosticGrid.revisions ?? [];
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      fullScreen={Boolean(narrow)}
      title={t('grids.revisionsTitle', { name: pick(grid.name, locale) })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {error && !data ? (
        <ErrorState message={tc(failureKey(error))} retryLabel={tc('common.retry')} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!data && !error ? <LoadingState label={tc('common.loading')} /> : null}
      {data ? (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('grids.revisionsHint')}
          </Text>
          <Accordion multiple defaultValue={revisions[0] ? [revisions[0].id] : []} variant="separated">
            {revisions.map((r) => (
              <Accordion.Item key={r.id} value={r.id}>
                <Accordion.Control>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{t('grids.revisionOf', { n: r.revision, date: formatDate(r.createdAt, locale) })}</Text>
                    {r.isCurrent ? (
                      <Badge variant="light" tt="none">
                        {t('grids.current')}
                      </Badge>
                    ) : null}
                    {r.inUse ? (
                      <Badge variant="light" color="gray" tt="none">
                        {t('grids.inUse')}
                      </Badge>
                    ) : null}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <RevisionContent revision={r} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      ) : null}
    </Modal>
  );
}

function RevisionContent({ revision }: { revision: Revision }) {
  const { t } = useTranslation('diagnostics');
  const { locale } = useLocale();
  return (
    <Stack gap="sm">
      <Text size="sm" dir="auto">
        {pick(revision.name, locale)} · {t(`subject.${revision.subjectKind}`)}
      </Text>
      {revision.dimensions.map((d) => (
        <Stack key={d.key} gap={4} component="section" aria-label={pick(d.label, locale)}>
          <Text fw={600} dir="auto">
            {pick(d.label, locale)}{' '}
            <Text span size="sm" c="dimmed">
              ({t('grids.weightOf', { n: d.weight })})
            </Text>
          </Text>
          <Table.ScrollContainer minWidth={320}>
            <Table withTableBorder striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('grids.questionText')}</Table.Th>
                  <Table.Th scope="col">{t('grids.kind')}</Table.Th>
                  <Table.Th scope="col">{t('grids.weight')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.questions.map((q) => (
                  <Table.Tr key={q.key}>
                    <Table.Td>
                      <Text size="sm" dir="auto">
                        {pick(q.text, locale)}
                      </Text>
                      {q.kind === 'SCALE' && q.levels.length ? (
                        <List type="ordered" size="xs" c="dimmed" start={0} aria-label={t('grids.levels')}>
                          {q.levels.map((l, n) => (
                            <List.Item key={n} dir="auto">
                              {pick(l, locale)}
                            </List.Item>
                          ))}
                        </List>
                      ) : null}
                      {q.kind === 'NUMBER' && q.target !== null && q.target !== undefined ? (
                        <Text size="xs" c="dimmed">
                          {t('grids.target')}: <span dir="ltr">{q.target}</span>
                        </Text>
                      ) : null}
                      {pick(q.suggestion, locale) ? (
                        <Text size="xs" c="dimmed" dir="auto">
                          {t('grids.suggestion')}: {pick(q.suggestion, locale)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{t(`questionKind.${q.kind}`)}</Table.Td>
                    <Table.Td>
                      <span dir="ltr">{q.weight}</span>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}
    </Stack>
  );
}
