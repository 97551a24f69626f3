import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  Progress,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet, IconHistory } from '@tabler/icons-react';
import { IMPORT_COLUMNS, type ImportColumn } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PreviewPeopleImportMutation } from '../../gql/graphql';
import { ImportProblemsTable } from './ImportProblemsTable';
import { ImportRunDocument, PreviewPeopleImportDocument, StartPeopleImportDocument } from './queries';
import { uploadImportFile } from './upload';

type Preview = PreviewPeopleImportMutation['previewPeopleImport'];

function Counts({ created, updated, unchanged, rejected }: { created: number; updated: number; unchanged: number; rejected: number }) {
  const { t } = useTranslation('imports');
  const items = [
    ['created', created],
    ['updated', updated],
    ['unchanged', unchanged],
    ['rejected', rejected],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {items.map(([key, value]) => (
        <Card key={key} withBorder padding="sm">
          <Text size="sm" c="dimmed">
            {t(`counts.${key}`)}
          </Text>
          <Text fw={700} size="xl">
            {value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** Follows a run until it ends, then shows its report. */
function RunProgress({ runId, onAgain }: { runId: string; onAgain: () => void }) {
  const { t } = useTranslation('imports');
  const { data } = useQuery(ImportRunDocument, { variables: { id: runId }, pollInterval: 700, fetchPolicy: 'network-only' });
  const run = data?.importRun;
  const running = !run || run.status === 'RUNNING';
  const percent = Math.round((run?.progress ?? 0) * 100);
  return (
    <Stack gap="md">
      {running ? (
        <Stack gap="xs">
          <Text id="import-progress-label">{t('run.running')}</Text>
          <Progress value={percent} aria-labelledby="import-progress-label" aria-valuetext={`${percent} %`} animated />
          <Text size="sm" c="dimmed" role="status">
            {t('run.rowsRead', { count: run?.totalRows ?? 0 })}
          </Text>
        </Stack>
      ) : (
        <Stack gap="md">
          <Title order={2}>{t('run.report')}</Title>
          <Alert color={run.status === 'SUCCEEDED' ? 'green' : 'red'} role="status">
            {t(`status.${run.status}`)} —{' '}
            {t('run.summary', {
              created: run.createdCount,
              updated: run.updatedCount,
              unchanged: run.unchangedCount,
              rejected: run.rejectedCount,
            })}
          </Alert>
          <Counts created={run.createdCount} updated={run.updatedCount} unchanged={run.unchangedCount} rejected={run.rejectedCount} />
          {run.problems.length ? <ImportProblemsTable problems={run.problems} /> : null}
          <Group>
            <Button onClick={onAgain}>{t('run.again')}</Button>
            <Anchor component={Link} to="/imports/history">
              {t('history.link')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** Upload a people spreadsheet, check the detected columns and the problems, confirm, follow the import. */
export function ImportPeople() {
  const { t } = useTranslation('imports');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [runId, setRunId] = useState<string | null>(null);
  const [previewImport] = useMutation(PreviewPeopleImportDocument);
  const [startImport] = useMutation(StartPeopleImportDocument);

  const mappingInput = (p: Preview, m: Record<string, string>) =>
    p.mapping.map((c) => ({ header: c.header, column: m[c.header] === undefined ? c.column : m[c.header] || null }));

  const check = async (uploadId: string, m: Record<string, string>, base: Preview | null) => {
    const { data } = await previewImport({ variables: { input: { uploadId, mapping: base ? mappingInput(base, m) : undefined } } });
    setPreview(data?.previewPeopleImport ?? null);
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setPreview(null);
    setMapping({});
    try {
      const res = await uploadImportFile(file);
      if ('error' in res)
        setFailure(
          t(`upload.error.${res.error.reason === 'TOO_LONG' ? 'tooLarge' : res.error.reason === 'REQUIRED' ? 'empty' : 'generic'}`),
        );
      else await check(res.uploadId, {}, null);
    } catch {
      setFailure(t('upload.error.generic'));
    } finally {
      setBusy(false);
    }
  };

  const recheck = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      await check(preview.uploadId, mapping, preview);
    } catch {
      setFailure(t('upload.error.generic'));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const { data } = await startImport({
        variables: { input: { uploadId: preview.uploadId, mapping: mappingInput(preview, mapping), skipInvalid } },
      });
      if (data) setRunId(data.startPeopleImport.id);
    } catch {
      setFailure(t('upload.error.generic'));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setRunId(null);
    setPreview(null);
    setFile(null);
    setMapping({});
    setSkipInvalid(false);
  };

  const missing = preview?.problems.some((p) => p.reason === 'MISSING_COLUMN') ?? false;
  const canConfirm =
    !!preview &&
    preview.totalRows > 0 &&
    !missing &&
    (preview.rejectedRows === 0 || (skipInvalid && preview.rejectedRows < preview.totalRows));
  const columnOptions = [{ value: '', label: t('mapping.ignored') }, ...IMPORT_COLUMNS.map((c) => ({ value: c, label: t(`column.${c}`) }))];

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('title')}</Title>
        <Button component={Link} to="/imports/history" variant="light" leftSection={<IconHistory size={18} aria-hidden="true" />}>
          {t('history.title')}
        </Button>
      </Group>
      {runId ? (
        <RunProgress runId={runId} onAgain={reset} />
      ) : (
        <>
          <Text>{t('intro')}</Text>
          <Group align="end" wrap="wrap" gap="sm">
            <FileInput
              label={t('upload.label')}
              description={t('upload.hint')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={setFile}
              leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
              clearable
              style={{ flex: '1 1 16rem' }}
            />
            <Button onClick={() => void upload()} disabled={!file} loading={busy && !preview}>
              {t('upload.check')}
            </Button>
          </Group>
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          {preview ? (
            <Stack gap="md">
              <Title order={2}>{t('preview.title', { file: preview.fileName })}</Title>
              <Text role="status">
                {preview.rejectedRows
                  ? t('preview.withProblems', { count: preview.totalRows, rejected: preview.rejectedRows })
                  : t('preview.ok', { count: preview.totalRows })}
              </Text>
              <Counts created={preview.created} updated={preview.updated} unchanged={preview.unchanged} rejected={preview.rejectedRows} />

              <Title order={3}>{t('mapping.title')}</Title>
              <Text size="sm" c="dimmed">
                {t('mapping.hint')}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
                {preview.mapping.map((m) => (
                  <NativeSelect
                    key={m.header}
                    label={t('mapping.for', { header: m.header })}
                    value={mapping[m.header] ?? m.column ?? ''}
                    onChange={(e) => setMapping({ ...mapping, [m.header]: e.currentTarget.value })}
                    data={columnOptions}
                  />
                ))}
              </SimpleGrid>
              <Group>
                <Button variant="light" onClick={() => void recheck()} loading={busy} disabled={!Object.keys(mapping).length}>
                  {t('mapping.apply')}
                </Button>
              </Group>

              <Title order={3}>{t('preview.rows')}</Title>
              <ScrollArea type="auto">
                <Table striped withTableBorder aria-label={t('preview.rows')}>
                  <Table.Thead>
                    <Table.Tr>
                      {preview.mapping.map((m) => (
                        <Table.Th key={m.header} scope="col" style={{ whiteSpace: 'nowrap' }}>
                          <div dir="auto">{m.header}</div>
                          <Text size="xs" c="dimmed">
                            {m.column ? t(`column.${m.column as ImportColumn}`) : t('mapping.ignored')}
                          </Text>
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.rows.map((row, i) => (
                      <Table.Tr key={i}>
                        {preview.mapping.map((m, j) => (
                          <Table.Td key={m.header} dir="auto" style={{ whiteSpace: 'nowrap' }}>
                            {row[j] ?? ''}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>

              {preview.problems.length ? (
                <>
                  <Title order={3}>{t('problems.title')}</Title>
                  <ImportProblemsTable problems={preview.problems} />
                </>
              ) : null}

              <Checkbox
                label={t('confirm.skipInvalid')}
                checked={skipInvalid}
                onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
                disabled={!preview.rejectedRows}
              />
              {!canConfirm && preview.rejectedRows ? (
                <Text size="sm" c="red">
                  {t('confirm.blocked')}
                </Text>
              ) : null}
              <Group>
                <Button onClick={() => void confirm()} disabled={!canConfirm} loading={busy}>
                  {t('confirm.button')}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </>
      )}
    </Stack>
  );
}
