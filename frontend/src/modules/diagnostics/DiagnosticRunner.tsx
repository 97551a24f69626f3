import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  NumberInput,
  Progress,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Locale } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DiagnosticFullFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { toRole, useCurrentUser } from '../auth';
import { failureKey } from '../errors';
import { useLocale } from '../locale';
import { ActionProposals } from './ActionProposals';
import { EvidenceFiles } from './EvidenceFiles';
import { runsDiagnostics } from './permissions';
import { CorrectDiagnosticDocument, FinaliseDiagnosticDocument, SaveDiagnosticAnswerDocument } from './queries';
import { ScoresRadar } from './ScoresRadar';
import { formatScore, pick } from './texts';

type Diagnostic = DiagnosticFullFragment;
type Dimension = Diagnostic['grid']['dimensions'][number];
type Question = Dimension['questions'][number];
type Answer = Diagnostic['answers'][number];

/** The subject's name and page. */
function subjectOf(d: Diagnostic, locale: Locale, staff: boolean): { name: string; to: string } {
  if (!staff)
    return {
      name: d.cooperative
        ? locale === Locale.AR && d.cooperative.nameAr
          ? d.cooperative.nameAr
          : d.cooperative.name
        : (d.venture?.title ?? ''),
      to: '/',
    };
  if (d.cooperative)
    return {
      name: locale === Locale.AR && d.cooperative.nameAr ? d.cooperative.nameAr : d.cooperative.name,
      to: `/cooperatives/${d.cooperative.id}`,
    };
  if (d.venture) return { name: d.venture.title, to: `/ventures/${d.venture.id}` };
  return { name: '', to: '/' };
}

/** The first dimension with a question left to answer (where a coach coming back resumes). */
export function resumeStep(d: Pick<Diagnostic, 'grid' | 'answers'>): number {
  const answered = new Set(d.answers.filter((a) => a.value !== null && a.value !== undefined).map((a) => a.questionKey));
  const i = d.grid.dimensions.findIndex((dim) => dim.questions.some((q) => !answered.has(q.key)));
  return i === -1 ? d.grid.dimensions.length : i;
}

/**
 * A diagnostic: as a draft, one dimension per screen (phone first), each answer saved as soon as it
 * is given, then a summary to finalise; once final, read-only with its scores, the radar, and (for
 * staff) the action proposals and "correct".
 */
export function DiagnosticRunner({ diagnostic }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation('diagnostics');
  const { locale } = useLocale();
  const subject = subjectOf(diagnostic, locale, runsDiagnostics(toRole(useCurrentUser().role)));
  const [step, setStep] = useState(() => resumeStep(diagnostic));
  const dims = diagnostic.grid.dimensions;

  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={subject.to}>
        {t('runner.back', { name: subject.name })}
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t(`kind.${diagnostic.kind}`)} · <span dir="auto">{subject.name}</span>
        </Title>
        <Group gap="xs" mt={4}>
          <Badge variant="light" color={diagnostic.status === 'DRAFT' ? 'orange' : 'teal'}>
            {t(`status.${diagnostic.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            <span dir="auto">{pick(diagnostic.grid.name, locale)}</span> · {formatDate(diagnostic.conductedOn, locale)}
          </Text>
        </Group>
      </div>
      {diagnostic.readOnly ? (
        <FinalView diagnostic={diagnostic} />
      ) : step < dims.length ? (
        <DimensionStep key={dims[step].key} diagnostic={diagnostic} index={step} onStep={setStep} />
      ) : (
        <Summary diagnostic={diagnostic} onStep={setStep} />
      )}
    </Stack>
  );
}

function DimensionStep({ diagnostic, index, onStep }: { diagnostic: Diagnostic; index: number; onStep: (n: number) => void }) {
  const { t } = useTranslation('diagnostics');
  const { locale } = useLocale();
  const dims = diagnostic.grid.dimensions;
  const dim = dims[index];
  const headingId = `dimension-${dim.key}`;
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <div>
        <Text size="sm" c="dimmed">
          {t('runner.step', { n: index + 1, total: dims.length })}
        </Text>
        <Progress value={(100 * (index + 1)) / (dims.length + 1)} size="sm" aria-hidden="true" mt={4} />
        <Title order={2} size="h3" id={headingId} mt="xs" dir="auto">
          {pick(dim.label, locale)}
        </Title>
      </div>
      {dim.questions.map((q) => (
        <QuestionCard key={q.key} diagnostic={diagnostic} question={q} answer={diagnostic.answers.find((a) => a.questionKey === q.key)} />
      ))}
      <Group justify="space-between">
        <Button variant="default" onClick={() => onStep(index - 1)} disabled={index === 0}>
          {t('runner.previous')}
        </Button>
        <Button onClick={() => onStep(index + 1)}>{index === dims.length - 1 ? t('runner.toSummary') : t('runner.next')}</Button>
      </Group>
    </Stack>
  );
}

function QuestionCard({ diagnostic, question, answer }: { diagnostic: Diagnostic; question: Question; answer: Answer | undefined }) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [save, { loading }] = useMutation(SaveDiagnosticAnswerDocument);
  const [comment, setComment] = useState(answer?.comment ?? '');
  const [evidence, setEvidence] = useState(answer?.evidence ?? '');
  const [number, setNumber] = useState<string | number>(answer?.value ?? '');
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; the server's answer replaces it when saved.
  const [chosen, setChosen] = useState<number | null>(null);
  const value = chosen ?? answer?.value ?? null;
  const legendId = `q-${question.key}`;

  async function persist(patch: { value?: number | null; comment?: string; evidence?: string }) {
    setError(null);
    if (patch.value !== undefined) setChosen(patch.value);
    try {
      await save({
        variables: {
          input: {
            diagnosticId: diagnostic.id,
            questionKey: question.key,
            value: patch.value !== undefined ? patch.value : value,
            comment: patch.comment ?? comment,
            evidence: patch.evidence ?? evidence,
          },
        },
      });
    } catch (e) {
      setError(tc(failureKey(e)));
    }
  }

  return (
    <Card withBorder padding="sm" component="fieldset" aria-labelledby={legendId} m={0}>
      <Text fw={600} id={legendId} dir="auto" mb="xs">
        {pick(question.text, locale)}
      </Text>
      {question.kind === 'SCALE' ? (
        <Radio.Group
          aria-labelledby={legendId}
          value={value === null ? '' : String(value)}
          onChange={(v) => void persist({ value: Number(v) })}
        >
          <Stack gap={6}>
            {question.levels.map((level, i) => (
              <Radio key={i} value={String(i)} label={`${i} · ${pick(level, locale)}`} />
            ))}
          </Stack>
        </Radio.Group>
      ) : question.kind === 'YES_NO' ? (
        <Radio.Group
          aria-labelledby={legendId}
          value={value === null ? '' : String(value)}
          onChange={(v) => void persist({ value: Number(v) })}
        >
          <Group gap="lg">
            <Radio value="1" label={tc('common.yes')} />
            <Radio value="0" label={tc('common.no')} />
          </Group>
        </Radio.Group>
      ) : (
        <NumberInput
          label={t('runner.number', { target: question.target ?? '' })}
          min={0}
          value={number}
          onChange={setNumber}
          onBlur={() => void persist({ value: number === '' ? null : Number(number) })}
          dir="ltr"
        />
      )}
      <Textarea
        mt="xs"
        label={t('runner.comment')}
        autosize
        minRows={1}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        onBlur={() => (comment !== (answer?.comment ?? '') ? void persist({ comment }) : undefined)}
      />
      <TextInput
        mt="xs"
        label={t('runner.evidence')}
        description={t('runner.evidenceHint')}
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        onBlur={() => (evidence !== (answer?.evidence ?? '') ? void persist({ evidence }) : undefined)}
      />
      <EvidenceFiles
        diagnosticId={diagnostic.id}
        questionKey={question.key}
        files={diagnostic.evidenceFiles.filter((f) => f.questionKey === question.key)}
        editable
      />
      <Text size="xs" c={error ? 'red' : 'dimmed'} mt={4} role={error ? 'alert' : 'status'}>
        {error ?? (loading ? t('runner.saving') : answer ? t('runner.saved') : '')}
      </Text>
    </Card>
  );
}

function Summary({ diagnostic, onStep }: { diagnostic: Diagnostic; onStep: (n: number) => void }) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [finalise, { loading }] = useMutation(FinaliseDiagnosticDocument);
  const [error, setError] = useState<string | null>(null);
  const dims = diagnostic.grid.dimensions;
  const answered = new Set(diagnostic.answers.filter((a) => a.value !== null && a.value !== undefined).map((a) => a.questionKey));
  const left = dims.flatMap((d) => d.questions).filter((q) => !answered.has(q.key)).length;
  const score = (key: string) => diagnostic.scores.find((s) => s.key === key)?.score ?? null;

  async function submit() {
    setError(null);
    try {
      await finalise({ variables: { id: diagnostic.id, version: diagnostic.version } });
    } catch (e) {
      setError(tc(failureKey(e)));
    }
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="summary-title">
      <Title order={2} size="h3" id="summary-title">
        {t('runner.summary')}
      </Title>
      <Text>{t('panel.overall', { score: formatScore(diagnostic.overallScore) })}</Text>
      <ScoresRadar
        withBaseline={false}
        caption={t('runner.scoresCaption')}
        rows={dims.map((d) => ({ key: d.key, label: pick(d.label, locale), latest: score(d.key) }))}
      />
      {left > 0 ? <Alert color="orange">{t('runner.left', { count: left })}</Alert> : null}
      {error ? (
        <Text c="red" role="alert">
          {error}
        </Text>
      ) : null}
      <Group justify="space-between">
        <Button variant="default" onClick={() => onStep(dims.length - 1)}>
          {t('runner.previous')}
        </Button>
        <Button onClick={() => void submit()} loading={loading} disabled={left > 0}>
          {t('runner.finalise')}
        </Button>
      </Group>
    </Stack>
  );
}

function FinalView({ diagnostic }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const staff = runsDiagnostics(toRole(useCurrentUser().role));
  const [correct, { loading }] = useMutation(CorrectDiagnosticDocument);
  const [error, setError] = useState<string | null>(null);
  const dims = diagnostic.grid.dimensions;
  const score = (key: string) => diagnostic.scores.find((s) => s.key === key)?.score ?? null;
  const answerOf = (key: string) => diagnostic.answers.find((a) => a.questionKey === key);

  async function startCorrection() {
    setError(null);
    try {
      const res = await correct({ variables: { id: diagnostic.id } });
      if (res.data) void navigate(`/diagnostics/${res.data.correctDiagnostic.id}`);
    } catch (e) {
      setError(tc(failureKey(e)));
    }
  }

  function shown(q: Question, value: number | null | undefined): string {
    if (value === null || value === undefined) return '–';
    if (q.kind === 'SCALE') return `${value} · ${pick(q.levels[value], locale)}`;
    if (q.kind === 'YES_NO') return value ? tc('common.yes') : tc('common.no');
    return String(value);
  }

  return (
    <Stack gap="md">
      {diagnostic.status === 'SUPERSEDED' ? <Alert color="gray">{t('runner.superseded')}</Alert> : null}
      <Text fw={600}>{t('panel.overall', { score: formatScore(diagnostic.overallScore) })}</Text>
      <ScoresRadar
        withBaseline={false}
        caption={t('runner.scoresCaption')}
        rows={dims.map((d) => ({ key: d.key, label: pick(d.label, locale), latest: score(d.key) }))}
      />
      {staff && diagnostic.status === 'FINAL' ? <ActionProposals diagnostic={diagnostic} /> : null}
      <Stack gap="sm" component="section" aria-labelledby="answers-title">
        <Title order={2} size="h4" id="answers-title">
          {t('runner.answers')}
        </Title>
        {dims.map((d) => (
          <Card key={d.key} withBorder padding="sm">
            <Title order={3} size="h5" dir="auto">
              {pick(d.label, locale)} · <span dir="ltr">{formatScore(score(d.key))}</span>
            </Title>
            <Stack component="dl" gap={4} m={0} mt="xs">
              {d.questions.map((q) => {
                const a = answerOf(q.key);
                return (
                  <div key={q.key}>
                    <Text component="dt" size="sm" c="dimmed" dir="auto">
                      {pick(q.text, locale)}
                    </Text>
                    <Text component="dd" m={0} dir="auto">
                      {shown(q, a?.value)}
                      {a?.comment ? ` — ${a.comment}` : ''}
                      {a?.evidence ? ` (${t('runner.evidence')}: ${a.evidence})` : ''}
                    </Text>
                    {diagnostic.evidenceFiles.some((f) => f.questionKey === q.key) ? (
                      <Box component="dd" m={0}>
                        <EvidenceFiles
                          diagnosticId={diagnostic.id}
                          questionKey={q.key}
                          files={diagnostic.evidenceFiles.filter((f) => f.questionKey === q.key)}
                          editable={false}
                        />
                      </Box>
                    ) : null}
                  </div>
                );
              })}
            </Stack>
          </Card>
        ))}
      </Stack>
      {staff && diagnostic.status === 'FINAL' ? (
        <Group>
          <Button variant="light" onClick={() => void startCorrection()} loading={loading}>
            {t('runner.correct')}
          </Button>
        </Group>
      ) : null}
      {error ? (
        <Text c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
