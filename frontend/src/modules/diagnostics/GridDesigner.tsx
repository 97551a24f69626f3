import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Card, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosticGridsQuery, DiagnosticSubjectKind, QuestionKind } from '../../gql/graphql';
import { failureKey, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { CreateDiagnosticGridDocument, DiagnosticGridsDocument, UpdateDiagnosticGridDocument } from './queries';
import { GridArchiveDialog, GridRevisionsDialog } from './GridLifecycle';
import { pick, type Texts } from './texts';

type Grid = DiagnosticGridsQuery['diagnosticGrids'][number];
interface QuestionDraft {
  key: string;
  text: Texts;
  kind: QuestionKind;
  weight: number;
  levels: Texts[];
  target: number | null;
  suggestion: Texts;
}
interface DimensionDraft {
  key: string;
  label: Texts;
  weight: number;
  questions: QuestionDraft[];
}
interface GridDraft {
  id: string | null;
  version: number;
  inUse: boolean;
  name: Texts;
  subjectKind: DiagnosticSubjectKind;
  dimensions: DimensionDraft[];
}

const EMPTY: Texts = { fr: '', ar: '', en: '' };
const DEFAULT_LEVELS: Texts[] = [
  { fr: 'Inexistant', ar: 'منعدم', en: 'None' },
  { fr: 'Débutant', ar: 'مبتدئ', en: 'Beginning' },
  { fr: 'En cours', ar: 'في طور الإنجاز', en: 'In progress' },
  { fr: 'Maîtrisé', ar: 'متحكم فيه', en: 'Established' },
  { fr: 'Exemplaire', ar: 'نموذجي', en: 'Exemplary' },
];
const newKey = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
const strip = (t: Texts): Texts => ({ fr: t.fr, ar: t.ar, en: t.en });
const newQuestion = (): QuestionDraft => ({
  key: newKey('q'),
  text: { ...EMPTY },
  kind: 'SCALE',
  weight: 1,
  levels: DEFAULT_LEVELS.map((l) => ({ ...l })),
  target: null,
  suggestion: { ...EMPTY },
});
const newDimension = (): DimensionDraft => ({ key: newKey('d'), label: { ...EMPTY }, weight: 1, questions: [newQuestion()] });

function toDraft(g: Grid): GridDraft {
  return {
    id: g.id,
    version: g.version,
    inUse: g.inUse,
    name: strip(g.name),
    subjectKind: g.subjectKind,
    dimensions: g.dimensions.map((d) => ({
      key: d.key,
      label: strip(d.label),
      weight: d.weight,
      questions: d.questions.map((q) => ({
        key: q.key,
        text: strip(q.text),
        kind: q.kind,
        weight: q.weight,
        levels: q.levels.length === 5 ? q.levels.map(strip) : DEFAULT_LEVELS.map((l) => ({ ...l })),
        target: q.target ?? null,
        suggestion: strip(q.suggestion),
      })),
    })),
  };
}

/** Diagnostic grids for admins and leads: the list, and an editor (an edit of a grid in use makes a new revision). */
export function GridDesigner() {
  const { t } = useTranslation('diagnostics');
  const { data, refetch } = useQuery(DiagnosticGridsDocument, { variables: { includeArchived: true }, fetchPolicy: 'cache-and-network' });
  const [draft, setDraft] = useState<GridDraft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [archiving, setArchiving] = useState<Grid | null>(null);
  const [showing, setShowing] = useState<Grid | null>(null);
  if (draft)
    return (
      <GridEditor
        draft={draft}
        onChange={setDraft}
        onDone={(message) => {
          setDraft(null);
          setSaved(message);
          void refetch();
        }}
      />
    );
  const grids = data?.diagnosticGrids ?? [];
  const active = grids.filter((g) => !g.archivedAt);
  const archived = grids.filter((g) => g.archivedAt);
  const card = (g: Grid) => (
    <GridCard key={g.id} grid={g} onEdit={() => setDraft(toDraft(g))} onArchive={() => setArchiving(g)} onRevisions={() => setShowing(g)} />
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="grids-title">
          {t('grids.title')}
        </Title>
        <Button
          onClick={() =>
            setDraft({ id: null, version: 0, inUse: false, name: { ...EMPTY }, subjectKind: 'COOPERATIVE', dimensions: [newDimension()] })
          }
        >
          {t('grids.new')}
        </Button>
      </Group>
      {saved ? (
        <Text role="status" c="teal.8">
          {saved}
        </Text>
      ) : null}
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="grids-title">
        {active.map(card)}
      </Stack>
      {archived.length ? (
        <>
          <Title order={3} size="h4" id="archived-grids-title">
            {t('grids.archivedTitle')}
          </Title>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="archived-grids-title">
            {archived.map(card)}
          </Stack>
        </>
      ) : null}
      {archiving ? (
        <GridArchiveDialog
          grid={archiving}
          onClose={() => setArchiving(null)}
          onDone={(message) => {
            setArchiving(null);
            setSaved(message);
            void refetch();
          }}
          onReload={() => refetch()}
        />
      ) : null}
      {showing ? <GridRevisionsDialog grid={showing} onClose={() => setShowing(null)} /> : null}
    </Stack>
  );
}

/** One grid in the list: its summary, and what a designer can do with it (an archived grid is restored before an edit). */
function GridCard({
  grid: g,
  onEdit,
  onArchive,
  onRevisions,
}: {
  grid: Grid;
  onEdit: () => void;
  onArchive: () => void;
  onRevisions: () => void;
}) {
  const { t } = useTranslation('diagnostics');
  const { locale } = useLocale();
  const name = pick(g.name, locale);
  return (
    <li>
      <Card withBorder padding="sm">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text fw={600} dir="auto">
              {name}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`subject.${g.subjectKind}`)} · {t('grids.revision', { n: g.revision })} ·{' '}
              {t('grids.dimensions', { n: g.dimensions.length })}
            </Text>
          </div>
          <Group gap="xs" wrap="wrap">
            {g.inUse ? <Badge variant="light">{t('grids.inUse')}</Badge> : null}
            {g.archivedAt ? (
              <Badge variant="light" color="gray">
                {t('grids.archivedBadge')}
              </Badge>
            ) : null}
            <Button variant="subtle" onClick={onRevisions} aria-label={t('grids.revisionsNamed', { name })}>
              {t('grids.revisions')}
            </Button>
            {g.archivedAt ? (
              <Button variant="light" onClick={onArchive} aria-label={t('grids.restoreNamed', { name })}>
                {t('grids.restore')}
              </Button>
            ) : (
              <>
                <Button variant="light" onClick={onEdit} aria-label={t('grids.editNamed', { name })}>
                  {t('grids.edit')}
                </Button>
                <Button variant="subtle" color="red" onClick={onArchive} aria-label={t('grids.archiveNamed', { name })}>
                  {t('grids.archive')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Card>
    </li>
  );
}

function TextsFields({
  label,
  value,
  onChange,
  required,
}: {
  label: string;
  value: Texts;
  onChange: (v: Texts) => void;
  required?: boolean;
}) {
  const { t } = useTranslation('diagnostics');
  return (
    <Group gap="xs" grow wrap="wrap" align="flex-start">
      <TextInput
        miw={160}
        label={`${label} (${t('grids.lang.fr')})`}
        value={value.fr}
        onChange={(e) => onChange({ ...value, fr: e.currentTarget.value })}
        withAsterisk={required}
        lang="fr"
      />
      <TextInput
        miw={160}
        label={`${label} (${t('grids.lang.ar')})`}
        value={value.ar}
        onChange={(e) => onChange({ ...value, ar: e.currentTarget.value })}
        lang="ar"
        dir="rtl"
      />
      <TextInput
        miw={160}
        label={`${label} (${t('grids.lang.en')})`}
        value={value.en}
        onChange={(e) => onChange({ ...value, en: e.currentTarget.value })}
        lang="en"
      />
    </Group>
  );
}

function GridEditor({
  draft,
  onChange,
  onDone,
}: {
  draft: GridDraft;
  onChange: (d: GridDraft) => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const [create, c] = useMutation(CreateDiagnosticGridDocument);
  const [update, u] = useMutation(UpdateDiagnosticGridDocument);
  const [error, setError] = useState<string | null>(null);
  const setDim = (i: number, patch: Partial<DimensionDraft>) =>
    onChange({ ...draft, dimensions: draft.dimensions.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const setQuestion = (i: number, k: number, patch: Partial<QuestionDraft>) =>
    setDim(i, { questions: draft.dimensions[i].questions.map((q, j) => (j === k ? { ...q, ...patch } : q)) });

  async function save() {
    setError(null);
    const input = {
      name: draft.name,
      subjectKind: draft.subjectKind,
      dimensions: draft.dimensions.map((d) => ({
        ...d,
        questions: d.questions.map((q) => ({
          ...q,
          levels: q.kind === 'SCALE' ? q.levels : [],
          target: q.kind === 'NUMBER' ? q.target : null,
        })),
      })),
    };
    try {
      if (draft.id) {
        const res = await update({ variables: { input: { ...input, id: draft.id, version: draft.version } } });
        const next = res.data?.updateDiagnosticGrid;
        onDone(next && next.id !== draft.id ? t('grids.savedRevision', { n: next.revision }) : t('grids.saved'));
      } else {
        await create({ variables: { input } });
        onDone(t('grids.saved'));
      }
    } catch (e) {
      if (isConflict(e)) return setError(tc('errors.reasons.STALE_VERSION'));
      const problems = inputProblems(e, ['name', 'dimensions'] as const);
      const field = (e as { errors?: Array<{ extensions?: { field?: string } }> }).errors?.[0]?.extensions?.field;
      setError(problems[0] ? tc(`errors.reasons.${problems[0].reason}`) : field ? t('grids.invalidField', { field }) : tc(failureKey(e)));
    }
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="grid-editor">
      <Title order={2} size="h3" id="grid-editor">
        {draft.id ? t('grids.editTitle') : t('grids.newTitle')}
      </Title>
      {draft.inUse ? <Text c="orange.8">{t('grids.inUseHint')}</Text> : null}
      <TextsFields label={t('grids.name')} value={draft.name} onChange={(name) => onChange({ ...draft, name })} required />
      <NativeSelect
        label={t('grids.subjectKind')}
        value={draft.subjectKind}
        onChange={(e) => onChange({ ...draft, subjectKind: e.currentTarget.value as DiagnosticSubjectKind })}
        data={(['COOPERATIVE', 'VENTURE'] as const).map((k) => ({ value: k, label: t(`subject.${k}`) }))}
      />
      {draft.dimensions.map((d, i) => (
        <Card key={d.key} withBorder padding="sm" component="fieldset" m={0} aria-label={t('grids.dimensionN', { n: i + 1 })}>
          <Group justify="space-between">
            <Text fw={700}>{t('grids.dimensionN', { n: i + 1 })}</Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('grids.removeDimension', { n: i + 1 })}
              onClick={() => onChange({ ...draft, dimensions: draft.dimensions.filter((_, j) => j !== i) })}
              disabled={draft.dimensions.length === 1}
            >
              ×
            </ActionIcon>
          </Group>
          <TextsFields label={t('grids.dimensionLabel')} value={d.label} onChange={(label) => setDim(i, { label })} required />
          <NumberInput
            label={t('grids.weight')}
            value={d.weight}
            min={0.1}
            max={100}
            step={0.5}
            onChange={(v) => setDim(i, { weight: Number(v) || 1 })}
            maw={160}
            dir="ltr"
          />
          <Stack gap="sm" mt="sm" ps="md" style={{ borderInlineStart: '2px solid var(--mantine-color-gray-3)' }}>
            {d.questions.map((q, k) => (
              <Stack key={q.key} gap={6}>
                <Group justify="space-between">
                  <Text fw={600}>{t('grids.questionN', { n: k + 1 })}</Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('grids.removeQuestion', { n: k + 1 })}
                    onClick={() => setDim(i, { questions: d.questions.filter((_, j) => j !== k) })}
                    disabled={d.questions.length === 1}
                  >
                    ×
                  </ActionIcon>
                </Group>
                <TextsFields label={t('grids.questionText')} value={q.text} onChange={(text) => setQuestion(i, k, { text })} required />
                <Group gap="xs" wrap="wrap">
                  <NativeSelect
                    label={t('grids.kind')}
                    value={q.kind}
                    onChange={(e) => setQuestion(i, k, { kind: e.currentTarget.value as QuestionKind })}
                    data={(['SCALE', 'YES_NO', 'NUMBER'] as const).map((x) => ({ value: x, label: t(`questionKind.${x}`) }))}
                  />
                  <NumberInput
                    label={t('grids.weight')}
                    value={q.weight}
                    min={0.1}
                    max={100}
                    step={0.5}
                    onChange={(v) => setQuestion(i, k, { weight: Number(v) || 1 })}
                    maw={120}
                    dir="ltr"
                  />
                  {q.kind === 'NUMBER' ? (
                    <NumberInput
                      label={t('grids.target')}
                      value={q.target ?? ''}
                      min={0}
                      onChange={(v) => setQuestion(i, k, { target: v === '' ? null : Number(v) })}
                      maw={160}
                      dir="ltr"
                    />
                  ) : null}
                </Group>
                {q.kind === 'SCALE'
                  ? q.levels.map((level, n) => (
                      <TextsFields
                        key={n}
                        label={t('grids.level', { n })}
                        value={level}
                        onChange={(v) => setQuestion(i, k, { levels: q.levels.map((l, j) => (j === n ? v : l)) })}
                      />
                    ))
                  : null}
                <TextsFields
                  label={t('grids.suggestion')}
                  value={q.suggestion}
                  onChange={(suggestion) => setQuestion(i, k, { suggestion })}
                />
              </Stack>
            ))}
            <Group>
              <Button variant="subtle" onClick={() => setDim(i, { questions: [...d.questions, newQuestion()] })}>
                {t('grids.addQuestion')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      <Group>
        <Button variant="light" onClick={() => onChange({ ...draft, dimensions: [...draft.dimensions, newDimension()] })}>
          {t('grids.addDimension')}
        </Button>
      </Group>
      {error ? (
        <Text c="red" role="alert">
          {error}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone('')}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={c.loading || u.loading}>
          {tc('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
