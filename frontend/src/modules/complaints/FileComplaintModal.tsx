import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, FileInput, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCategory, ComplaintChannel, SessionFilter, SessionKind } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';
import { inputProblems } from '../errors';
import { useLocale } from '../locale';
import { useCoaches } from '../people/useCoaches';
import { useProgramOptions } from '../programs/useProgramOptions';
import { ComplaintPeopleSearchDocument, ComplaintsDocument, ComplaintSubjectOptionsDocument, FileComplaintDocument } from './queries';

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
const DAY_MS = 24 * 60 * 60 * 1000;

interface Option {
  value: string;
  label: string;
}
/** Her options first, then the others the staff member may see (each once); empty groups left out. */
function grouped(hers: Option[], all: Option[], herLabel: string, otherLabel: string) {
  const mine = new Set(hers.map((o) => o.value));
  const others = all.filter((o) => !mine.has(o.value));
  return [
    { group: herLabel, items: hers },
    { group: otherLabel, items: others },
  ].filter((g) => g.items.length > 0);
}
function unique(options: Option[]): Option[] {
  const seen = new Set<string>();
  return options.filter((o) => (seen.has(o.value) ? false : (seen.add(o.value), true)));
}

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
  const [coachId, setCoachId] = useState<string | null>(null);
  const [programId, setProgramId] = useState<string | null>(null);
  // Staff: her sessions of the last year (those the staff member may see), set when she is chosen.
  const [sessionFilter, setSessionFilter] = useState<SessionFilter | null>(null);
  const [channel, setChannel] = useState<string | null>('PHONE');
  const [anonymous, setAnonymous] = useState(false);
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [uploadFailed, setUploadFailed] = useState(false);
  const [search, people] = useLazyQuery(ComplaintPeopleSearchDocument);
  // Staff: her sessions of the last year (those the staff member may see), her coaches and programmes.
  const subjects = useQuery(ComplaintSubjectOptionsDocument, {
    variables: { personId: personId ?? '', sessions: sessionFilter ?? {} },
    skip: !staff || !opened || !personId,
  });
  const { coaches } = useCoaches({ skip: !staff || !opened });
  const { programs } = useProgramOptions({ skip: !staff || !opened });
  const subjectData = personId ? subjects.data : undefined;
  const staffSessions = useMemo(() => [...(subjectData?.sessions.edges ?? [])].map((e) => e.node).reverse(), [subjectData]);
  const sessionChoices = staff ? staffSessions : sessions;
  const coachData = useMemo(() => {
    const hers = unique(
      [...(subjectData?.person.enrolments ?? []).flatMap((e) => e.coaches), ...staffSessions.flatMap((x) => x.coaches)].map((u) => ({
        value: String(u.id),
        label: u.displayName,
      })),
    );
    const all = coaches.map((u) => ({ value: String(u.id), label: u.displayName }));
    return grouped(hers, all, t('file.herCoaches'), t('file.otherCoaches'));
  }, [subjectData, staffSessions, coaches, t]);
  const programData = useMemo(() => {
    const hers = unique((subjectData?.person.enrolments ?? []).map((e) => ({ value: String(e.program.id), label: e.program.name })));
    const all = programs.map((p) => ({ value: String(p.id), label: p.name }));
    return grouped(hers, all, t('file.herPrograms'), t('file.otherPrograms'));
  }, [subjectData, programs, t]);
  const [fileComplaint, { loading, error, reset }] = useMutation(FileComplaintDocument, { refetchQueries: [ComplaintsDocument] });
  const problems = inputProblems(error, ['category', 'description', 'sessionId', 'personId', 'channel', 'coachId', 'programId'] as const);
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
    setSessionFilter(null);
    setCoachId(null);
    setProgramId(null);
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
                ...(staff
                  ? {
                      personId: personId ?? undefined,
                      channel: (channel ?? 'PHONE') as ComplaintChannel,
                      coachId: coachId ?? undefined,
                      programId: programId ?? undefined,
                    }
                  : {}),
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
                onChange={(v) => {
                  const id = v === null ? null : String(v);
                  const now = Date.now();
                  setPersonId(id);
                  setSessionFilter(
                    id
                      ? { personId: id, from: new Date(now - 365 * DAY_MS).toISOString(), to: new Date(now + DAY_MS).toISOString() }
                      : null,
                  );
                  setSessionId(null);
                }}
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
          {staff || sessionChoices.length ? (
            <Select
              label={t('file.session')}
              description={staff && !personId ? t('file.personFirst') : undefined}
              disabled={staff && !personId}
              clearable
              value={sessionId}
              onChange={(v) => {
                const id = v === null ? null : String(v);
                setSessionId(id);
                // The coach of that session, when there is one and no coach is chosen yet.
                const chosen = staffSessions.find((x) => String(x.id) === id);
                if (chosen && chosen.coaches.length === 1 && !coachId) setCoachId(String(chosen.coaches[0].id));
              }}
              error={problem('sessionId')}
              nothingFoundMessage={t('file.noSessions')}
              data={sessionChoices.map((s) => ({
                value: String(s.id),
                label: t('rate.session', { kind: t(`kind.${s.kind}`), date: formatDate(s.startsAt as string, locale) }),
              }))}
            />
          ) : null}
          {staff ? (
            <>
              <Select
                label={t('file.coach')}
                clearable
                searchable
                value={coachId}
                onChange={(v) => setCoachId(v === null ? null : String(v))}
                error={problem('coachId')}
                data={coachData}
              />
              <Select
                label={t('file.program')}
                description={t('file.programHelp')}
                clearable
                searchable
                value={programId}
                onChange={(v) => setProgramId(v === null ? null : String(v))}
                error={problem('programId')}
                data={programData}
              />
            </>
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
