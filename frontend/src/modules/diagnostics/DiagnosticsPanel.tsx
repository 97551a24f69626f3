import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Modal, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DiagnosticKind, DiagnosticSummaryFragment, ProgressFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { toRole, useCurrentUser } from '../auth';
import { failureKey, inputProblems } from '../errors';
import { useLocale } from '../locale';
import { runsDiagnostics } from './permissions';
import { DiagnosticGridsDocument, StartDiagnosticDocument, SubjectDiagnosticsDocument } from './queries';
import { ScoresRadar } from './ScoresRadar';
import { formatGain, formatScore, pick } from './texts';

export type DiagnosticSubject = { kind: 'COOPERATIVE' | 'VENTURE'; id: string };

/** A cooperative's or venture's diagnostics: the list, baseline vs latest (radar and gains), and "start a diagnostic". */
export function DiagnosticsPanel({ subject, hideWhenEmpty = false }: { subject: DiagnosticSubject; hideWhenEmpty?: boolean }) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const staff = runsDiagnostics(toRole(user.role));
  const isCooperative = subject.kind === 'COOPERATIVE';
  const { data, error } = useQuery(SubjectDiagnosticsDocument, {
    variables: { cooperativeId: subject.id, ventureId: subject.id, isCooperative },
    fetchPolicy: 'cache-and-network',
  });
  const record = isCooperative ? data?.cooperative : data?.venture;
  const [starting, setStarting] = useState(false);
  const diagnostics = record?.diagnostics ?? [];
  const progress = record?.diagnosticProgress ?? null;
  const hasBaseline = diagnostics.some((d) => d.kind === 'BASELINE' && d.status === 'FINAL');
  const lastFinal = diagnostics.find((d) => d.status === 'FINAL');
  if (hideWhenEmpty && diagnostics.length === 0) return null;

  return (
    <Card component="section" withBorder aria-labelledby="diagnostics-title" padding="md">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="diagnostics-title">
          {t('panel.title')}
        </Title>
        {staff ? (
          <Button variant="light" onClick={() => setStarting(true)}>
            {t('panel.start')}
          </Button>
        ) : null}
      </Group>
      {error ? <Text c="red">{tc('errors.generic')}</Text> : null}
      {record && diagnostics.length === 0 ? <Text c="dimmed">{t('panel.none')}</Text> : null}
      <Stack gap="md">
        {diagnostics.length > 0 ? (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('panel.listLabel')}>
            {diagnostics.map((d) => (
              <DiagnosticRow key={d.id} d={d} />
            ))}
          </Stack>
        ) : null}
        {progress ? (
          <ProgressView progress={progress} />
        ) : lastFinal ? (
          <ScoresRadar
            withBaseline={false}
            caption={t('panel.latestCaption', { date: formatDate(lastFinal.conductedOn, locale) })}
            rows={lastFinal.scores.map((s) => ({ key: s.key, label: pick(s.label, locale), latest: s.score }))}
          />
        ) : null}
      </Stack>
      {starting ? (
        <StartDialog subject={subject} defaultKind={hasBaseline ? 'FOLLOW_UP' : 'BASELINE'} onClose={() => setStarting(false)} />
      ) : null}
    </Card>
  );

  function DiagnosticRow({ d }: { d: DiagnosticSummaryFragment }) {
    return (
      <li>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Anchor component={Link} to={`/diagnostics/${d.id}`} fw={600}>
              {t(`kind.${d.kind}`)} · {formatDate(d.conductedOn, locale)}
            </Anchor>
            <Text size="sm" c="dimmed" dir="auto">
              {pick(d.grid.name, locale)}
            </Text>
          </div>
          <Group gap="xs">
            <Badge variant="light" color={d.status === 'DRAFT' ? 'orange' : 'teal'}>
              {t(`status.${d.status}`)}
            </Badge>
            <Text size="sm" dir="ltr">
              {t('panel.overall', { score: formatScore(d.overallScore) })}
            </Text>
          </Group>
        </Group>
      </li>
    );
  }

  function ProgressView({ progress }: { progress: ProgressFragment }) {
    return (
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('panel.progressTitle')}
        </Title>
        <Text size="sm">
          {t('panel.overallGain', {
            gain: formatGain(progress.overallGain),
            from: formatScore(progress.baseline.overallScore),
            to: formatScore(progress.latest.overallScore),
          })}
        </Text>
        <ScoresRadar
          withBaseline
          caption={t('panel.progressCaption', {
            from: formatDate(progress.baseline.conductedOn, locale),
            to: formatDate(progress.latest.conductedOn, locale),
          })}
          rows={progress.dimensions.map((d) => ({
            key: d.key,
            label: pick(d.label, locale),
            baseline: d.baseline,
            latest: d.latest,
            gain: d.gain,
          }))}
        />
      </Stack>
    );
  }
}

function StartDialog({ subject, defaultKind, onClose }: { subject: DiagnosticSubject; defaultKind: DiagnosticKind; onClose: () => void }) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { data } = useQuery(DiagnosticGridsDocument, { variables: { subjectKind: subject.kind } });
  const grids = data?.diagnosticGrids ?? [];
  const [gridId, setGridId] = useState('');
  const [kind, setKind] = useState<DiagnosticKind>(defaultKind);
  const [conductedOn, setConductedOn] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const [start, { loading }] = useMutation(StartDiagnosticDocument);
  const chosen = gridId || grids[0]?.id || '';

  async function submit() {
    setError(null);
    try {
      const res = await start({
        variables: {
          input: {
            gridId: chosen,
            kind,
            conductedOn,
            ...(subject.kind === 'COOPERATIVE' ? { cooperativeId: subject.id } : { ventureId: subject.id }),
          },
        },
      });
      if (res.data) void navigate(`/diagnostics/${res.data.startDiagnostic.id}`);
    } catch (e) {
      const [problem] = inputProblems(e, ['gridId', 'conductedOn', 'kind'] as const);
      setError(problem ? tc(`errors.reasons.${problem.reason}`) : tc(failureKey(e)));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('start.title')} fullScreen={false} size="md">
      <Stack gap="sm">
        {grids.length === 0 && data ? <Text c="dimmed">{t('start.noGrid')}</Text> : null}
        <NativeSelect
          label={t('start.grid')}
          value={chosen}
          onChange={(e) => setGridId(e.currentTarget.value)}
          data={grids.map((g) => ({ value: g.id, label: pick(g.name, locale) }))}
        />
        <NativeSelect
          label={t('start.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as DiagnosticKind)}
          data={(['BASELINE', 'FOLLOW_UP'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <TextInput
          type="date"
          label={t('start.date')}
          value={conductedOn}
          onChange={(e) => setConductedOn(e.currentTarget.value)}
          dir="ltr"
        />
        {error ? (
          <Text c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={!chosen}>
            {t('start.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
