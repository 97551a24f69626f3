import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Group, Loader, NativeSelect, NumberInput, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacySettingsQuery, DataProcessorInput, DeclarationKind, Processing, ProcessingDeclarationInput, RetentionCategory, RetentionRuleInput } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { failureKey, isConflict } from '../errors';
import { useLocale } from '../locale';
import { PrivacySettingsDocument, PublishConsentNoticeDocument, UpdateComplianceRecordDocument } from './queries';

const PROCESSINGS: Processing[] = ['BENEFICIARIES', 'NATIONAL_ID', 'MESSAGES', 'RESEARCH'];
const KINDS: DeclarationKind[] = ['DECLARATION', 'AUTHORISATION'];
const CATEGORIES: RetentionCategory[] = ['PARTICIPANTS_AFTER_PROGRAM_END', 'NOT_ENROLLED'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * Data protection, for admins (law 09-08): the consent notice in three languages (each save is a
 * new version), the compliance record (CNDP declarations and authorisations per processing,
 * hosting, processors, retention schedule), the last retention runs and the research dataset.
 */
export function PrivacySettings() {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PrivacySettingsDocument, { fetchPolicy: 'cache-and-network' });
  if (error && !data)
    return (
      <Alert color="red" role="alert">
        {t('settings.loadError')}
      </Alert>
    );
  if (loading && !data) return <Loader aria-label={tc('common.loading', { defaultValue: '…' })} />;
  if (!data) return null;
  // Keyed by the versions read: the forms start again from the record once it is saved.
  return <PrivacyForms key={`${data.consentNotices[0]?.version ?? 0}-${data.complianceRecord.version}`} data={data} refetch={refetch} />;
}

function PrivacyForms({ data, refetch }: { data: PrivacySettingsQuery; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [publish, publishing] = useMutation(PublishConsentNoticeDocument);
  const [save, saving] = useMutation(UpdateComplianceRecordDocument);
  const record = data.complianceRecord;
  const current = data.consentNotices[0];
  const [texts, setTexts] = useState({ textAr: current?.textAr ?? '', textFr: current?.textFr ?? '', textEn: current?.textEn ?? '' });
  const [hosting, setHosting] = useState(record.hostingLocation ?? '');
  const [declarations, setDeclarations] = useState<ProcessingDeclarationInput[]>(() =>
    record.declarations.map(({ processing, kind, number, grantedOn }) => ({ processing, kind, number, grantedOn: grantedOn ?? null })),
  );
  const [processors, setProcessors] = useState<DataProcessorInput[]>(() => record.processors.map(({ name, purpose, country }) => ({ name, purpose, country })));
  const [retention, setRetention] = useState<RetentionRuleInput[]>(() => record.retention.map(({ category, years }) => ({ category, years })));
  const [failure, setFailure] = useState<string | null>(null);
  const [researchKey, setResearchKey] = useState('');

  const publishNotice = async () => {
    setFailure(null);
    try {
      const res = await publish({ variables: { input: texts } });
      notifications.show({ color: 'teal', message: t('settings.published', { version: res.data?.publishConsentNotice.version ?? '' }) });
      await refetch();
    } catch (e) {
      setFailure(tc(failureKey(e)));
    }
  };
  const saveRecord = async () => {
    setFailure(null);
    try {
      await save({
        variables: {
          input: { version: record?.version ?? 0, hostingLocation: hosting.trim() || null, declarations, processors, retention },
        },
      });
      notifications.show({ color: 'teal', message: t('settings.saved') });
      await refetch();
    } catch (e) {
      setFailure(isConflict(e) ? tc('errors.reasons.STALE_VERSION') : tc(failureKey(e)));
    }
  };
  const update = <T,>(list: T[], set: (next: T[]) => void, index: number, patch: Partial<T>) => set(list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const removeButton = (label: string, onClick: () => void) => (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
      <IconTrash size={16} aria-hidden="true" />
    </ActionIcon>
  );

  return (
    <Stack gap="lg" maw={960}>
      <Text size="sm">{t('settings.intro')}</Text>
      {failure ? (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      ) : null}

      <Section id="consent-notice" title={t('settings.notice')}>
        <Text size="sm" c="dimmed">
          {current ? t('settings.noticeVersion', { version: current.version }) : t('settings.noNotice')}
        </Text>
        <Textarea label={t('settings.textAr')} lang="ar" dir="rtl" autosize minRows={3} value={texts.textAr} onChange={(e) => setTexts({ ...texts, textAr: e.currentTarget.value })} />
        <Textarea label={t('settings.textFr')} lang="fr" dir="ltr" autosize minRows={3} value={texts.textFr} onChange={(e) => setTexts({ ...texts, textFr: e.currentTarget.value })} />
        <Textarea label={t('settings.textEn')} lang="en" dir="ltr" autosize minRows={3} value={texts.textEn} onChange={(e) => setTexts({ ...texts, textEn: e.currentTarget.value })} />
        <Group justify="flex-end">
          <Button loading={publishing.loading} disabled={!texts.textAr.trim() || !texts.textFr.trim() || !texts.textEn.trim()} onClick={() => void publishNotice()}>
            {t('settings.publish')}
          </Button>
        </Group>
      </Section>

      <Section id="compliance-record" title={t('settings.declarations')}>
        {record && record.peopleWithNationalId > 0 && !record.nationalIdAuthorised ? (
          <Alert color="orange" role="status">
            {t('settings.nationalIdWarning', { count: record.peopleWithNationalId })}
          </Alert>
        ) : null}
        {declarations.map((d, i) => (
          <Group key={i} gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('settings.processing')}
              data={PROCESSINGS.map((value) => ({ value, label: t(`settings.processings.${value}`) }))}
              value={d.processing}
              onChange={(e) => update(declarations, setDeclarations, i, { processing: e.currentTarget.value as Processing })}
            />
            <NativeSelect
              label={t('settings.kind')}
              data={KINDS.map((value) => ({ value, label: t(`settings.kinds.${value}`) }))}
              value={d.kind}
              onChange={(e) => update(declarations, setDeclarations, i, { kind: e.currentTarget.value as DeclarationKind })}
            />
            <TextInput label={t('settings.number')} dir="ltr" value={d.number} onChange={(e) => update(declarations, setDeclarations, i, { number: e.currentTarget.value })} />
            <TextInput
              type="date"
              label={t('settings.grantedOn')}
              value={d.grantedOn ?? ''}
              onChange={(e) => update(declarations, setDeclarations, i, { grantedOn: e.currentTarget.value || null })}
            />
            {removeButton(t('settings.remove'), () => setDeclarations(declarations.filter((_, j) => j !== i)))}
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => setDeclarations([...declarations, { processing: PROCESSINGS[0], kind: KINDS[0], number: '', grantedOn: null }])}
          >
            {t('settings.add')}
          </Button>
        </Group>

        <Title order={3} size="h4">
          {t('settings.hosting')}
        </Title>
        <TextInput label={t('settings.hosting')} value={hosting} onChange={(e) => setHosting(e.currentTarget.value)} />

        <Title order={3} size="h4">
          {t('settings.processors')}
        </Title>
        {processors.map((p, i) => (
          <Group key={i} gap="sm" align="flex-end" wrap="wrap">
            <TextInput label={t('settings.processorName')} value={p.name} onChange={(e) => update(processors, setProcessors, i, { name: e.currentTarget.value })} />
            <TextInput label={t('settings.processorPurpose')} value={p.purpose} onChange={(e) => update(processors, setProcessors, i, { purpose: e.currentTarget.value })} />
            <TextInput label={t('settings.processorCountry')} value={p.country} onChange={(e) => update(processors, setProcessors, i, { country: e.currentTarget.value })} />
            {removeButton(t('settings.remove'), () => setProcessors(processors.filter((_, j) => j !== i)))}
          </Group>
        ))}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setProcessors([...processors, { name: '', purpose: '', country: '' }])}>
            {t('settings.add')}
          </Button>
        </Group>

        <Title order={3} size="h4">
          {t('settings.retention')}
        </Title>
        {retention.map((r, i) => (
          <Group key={i} gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('settings.category')}
              data={CATEGORIES.map((value) => ({ value, label: t(`settings.categories.${value}`) }))}
              value={r.category}
              onChange={(e) => update(retention, setRetention, i, { category: e.currentTarget.value as RetentionCategory })}
            />
            <NumberInput label={t('settings.years')} min={1} max={50} value={r.years} onChange={(value) => update(retention, setRetention, i, { years: Number(value) || 1 })} />
            {removeButton(t('settings.remove'), () => setRetention(retention.filter((_, j) => j !== i)))}
          </Group>
        ))}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setRetention([...retention, { category: CATEGORIES[0], years: 5 }])}>
            {t('settings.add')}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button loading={saving.loading} onClick={() => void saveRecord()}>
            {t('settings.save')}
          </Button>
        </Group>
      </Section>

      <Section id="retention-runs" title={t('settings.runs')}>
        {data?.retentionRuns.length ? (
          <Table>
            <Table.Tbody>
              {data.retentionRuns.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>{t('settings.runLine', { date: formatDate(run.asOf, locale), count: run.pseudonymised })}</Table.Td>
                  <Table.Td>{run.rules.map((rule) => `${t(`settings.categories.${rule.category}`)}: ${rule.pseudonymised}`).join(' · ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('settings.noRuns')}
          </Text>
        )}
      </Section>

      <Section id="research-dataset" title={t('settings.research')}>
        <Text size="sm">{t('settings.researchIntro')}</Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('settings.researchKey')} dir="ltr" value={researchKey} onChange={(e) => setResearchKey(e.currentTarget.value.replace(/[^A-Za-z0-9_-]/g, ''))} maxLength={64} />
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              variant="light"
              href={researchKey ? `/api/research/dataset.${format}?key=${encodeURIComponent(researchKey)}` : undefined}
              data-disabled={!researchKey || undefined}
              aria-disabled={!researchKey}
              leftSection={<IconDownload size={16} aria-hidden="true" />}
            >
              {t(`settings.${format}`)}
            </Button>
          ))}
        </Group>
      </Section>
    </Stack>
  );
}
