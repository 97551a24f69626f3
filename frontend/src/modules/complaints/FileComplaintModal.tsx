import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Button, Checkbox, FileInput, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCategory, ComplaintChannel, SessionKind } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';
import { inputProblems } from '../errors';
import { useLocale } from '../locale';
import { ComplaintPeopleSearchDocument, ComplaintsDocument, FileComplaintDocument } from './queries';

export const CATEGORIES: ComplaintCategory[] = [
  'COACHING_QUALITY',
  'TRAINING',
  'PAYMENT_OR_GRANT',
  'DISCRIMINATION_OR_ABUSE',
  'DATA_PRIVACY',
  'OTHER',
];
const CHANNELS: ComplaintChannel[] = ['PHONE', 'VISIT', 'PAPER_FORM'];
const ACCEPT = 'application/pdf,image/jpeg,image/png';
const MAX_BYTES = 5 * 1024 * 1024;

/** Sends one attachment of a complaint as the raw body (the server checks type, size and access). */
async function upload(complaintId: string, file: File): Promise<boolean> {
  const res = await fetch(`/api/complaints/${complaintId}/attachments?fileName=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': file.type },
    body: file,
    credentials: 'same-origin',
  });
  return res.ok;
}

/**
 * A new complaint: by the entrepreneur herself ("I have a concern"), or by staff on her behalf
 * (`staff`: whose complaint, and how it came in: phone, visit, paper form).
 */
export function FileComplaintModal({
  opened,
  onClose,
  sessions = [],
  staff = false,
}: {
  opened: boolean;
  onClose: () => void;
  sessions?: Array<{ id: string; kind: SessionKind; startsAt: unknown }>;
  staff?: boolean;
}) {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [category, setCategory] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>('PHONE');
  const [anonymous, setAnonymous] = useState(false);
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [uploadFailed, setUploadFailed] = useState(false);
  const [search, people] = useLazyQuery(ComplaintPeopleSearchDocument);
  const [fileComplaint, { loading, error, reset }] = useMutation(FileComplaintDocument, { refetchQueries: [ComplaintsDocument] });
  const problems = inputProblems(error, ['category', 'description', 'sessionId', 'personId', 'channel'] as const);
  const problem = (f: (typeof problems)[number]['field']) => {
    const p = problems.find((x) => x.field === f);
    return p ? tc(`errors.reasons.${p.reason}`) : undefined;
  };
  const tooBig = file !== null && file.size > MAX_BYTES;
  const close = () => {
    reset();
    setCategory(null);
    setSessionId(null);
    setPersonId(null);
    setAnonymous(false);
    setDescription('');
    setFile(null);
    setUploadFailed(false);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={staff ? t('file.staffTitle') : t('file.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (tooBig) return;
          void fileComplaint({
            variables: {
              input: {
                category: (category ?? '') as ComplaintCategory,
                description,
                anonymous,
                sessionId: sessionId ?? undefined,
                ...(staff ? { personId: personId ?? undefined, channel: (channel ?? 'PHONE') as ComplaintChannel } : {}),
              },
            },
          })
            .then(async (res) => {
              const id = res.data?.fileComplaint.id;
              if (id && file && !(await upload(id, file))) {
                setUploadFailed(true);
                return;
              }
              close();
            })
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          {staff ? (
            <>
              <Select
                label={t('file.person')}
                required
                searchable
                value={personId}
                onChange={(v) => setPersonId(v === null ? null : String(v))}
                onSearchChange={(q) => {
                  if (q.trim().length >= 2) void search({ variables: { search: q } }).catch(() => undefined);
                }}
                filter={({ options }) => options}
                data={(people.data?.people.edges ?? []).map((e) => ({
                  value: String(e.node.id),
                  label: `${e.node.firstName} ${e.node.lastName}`,
                }))}
                error={problem('personId')}
              />
              <Select
                label={t('file.channel')}
                required
                value={channel}
                onChange={(v) => setChannel(v === null ? null : String(v))}
                data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                error={problem('channel')}
              />
            </>
          ) : null}
          <Select
            label={t('file.category')}
            required
            value={category}
            onChange={(v) => setCategory(v === null ? null : String(v))}
            error={problem('category')}
            data={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          />
          {sessions.length ? (
            <Select
              label={t('file.session')}
              clearable
              value={sessionId}
              onChange={(v) => setSessionId(v === null ? null : String(v))}
              error={problem('sessionId')}
              data={sessions.map((s) => ({
                value: String(s.id),
                label: t('rate.session', { kind: t(`kind.${s.kind}`), date: formatDate(s.startsAt as string, locale) }),
              }))}
            />
          ) : null}
          <Textarea
            label={t('file.description')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={problem('description')}
          />
          <FileInput
            label={t('file.attachment')}
            description={t('file.attachmentHelp')}
            accept={ACCEPT}
            clearable
            value={file}
            onChange={(f) => {
              setFile(f);
              setUploadFailed(false);
            }}
            error={tooBig ? t('file.tooBig') : undefined}
          />
          <Checkbox
            label={t('file.anonymous')}
            description={t('file.anonymousHelp')}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.currentTarget.checked)}
          />
          {error && problems.length === 0 ? (
            <Text c="red.8" role="alert">
              {tc('errors.generic')}
            </Text>
          ) : null}
          {uploadFailed ? (
            <Text c="red.8" role="alert">
              {t('file.uploadFailed')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={uploadFailed}>
              {t('file.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
