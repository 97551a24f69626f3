import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Card, Checkbox, Group, Modal, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMoodCry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile, IconMessageReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCategory, ComplaintItem_ComplaintFragment, SessionKind } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';
import { inputProblems } from '../errors';
import { useLocale } from '../locale';
import { ComplaintCard } from './ComplaintCard';
import { AppealComplaintDocument, ComplaintsDocument, FileComplaintDocument, MyPastSessionsDocument, RateSessionDocument } from './queries';

const CATEGORIES: ComplaintCategory[] = ['COACHING_QUALITY', 'TRAINING', 'PAYMENT_OR_GRANT', 'DISCRIMINATION_OR_ABUSE', 'DATA_PRIVACY', 'OTHER'];

const MOODS = [IconMoodCry, IconMoodSad, IconMoodEmpty, IconMoodSmile, IconMoodHappy];

/** Two taps: a face (1–5) saves the rating; a comment can follow. */
function RateSession({ session }: { session: { id: string; kind: SessionKind; startsAt: unknown; myRating?: number | null } }) {
  const { t } = useTranslation('complaints');
  const { locale } = useLocale();
  const [rate, { loading }] = useMutation(RateSessionDocument, { refetchQueries: [MyPastSessionsDocument] });
  const [rating, setRating] = useState<number | null>(session.myRating ?? null);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const when = formatDate(session.startsAt as string, locale);
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Text fw={600}>{t('rate.session', { kind: t(`kind.${session.kind}`), date: when })}</Text>
        <Group gap={4} role="group" aria-label={t('rate.label', { date: when })}>
          {MOODS.map((Icon, i) => (
            <ActionIcon
              key={i}
              size="xl"
              radius="xl"
              variant={rating === i + 1 ? 'filled' : 'light'}
              color={i < 2 ? 'red' : i === 2 ? 'yellow' : 'teal'}
              aria-label={t('rate.value', { value: i + 1 })}
              aria-pressed={rating === i + 1}
              disabled={loading}
              onClick={() => {
                setRating(i + 1);
                setSent(false);
                void rate({ variables: { input: { sessionId: session.id, rating: i + 1 } } }).catch(() => undefined);
              }}
            >
              <Icon size={28} aria-hidden="true" />
            </ActionIcon>
          ))}
        </Group>
        {rating && !sent ? (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Textarea
              label={t('rate.comment')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={1000}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button
              variant="light"
              disabled={!comment.trim()}
              onClick={() =>
                void rate({ variables: { input: { sessionId: session.id, rating, comment } } })
                  .then(() => setSent(true))
                  .catch(() => undefined)
              }
            >
              {t('rate.send')}
            </Button>
          </Group>
        ) : null}
        {sent ? <Text size="sm">{t('rate.thanks')}</Text> : null}
      </Stack>
    </Card>
  );
}

function FileComplaintModal({
  opened,
  onClose,
  sessions,
}: {
  opened: boolean;
  onClose: () => void;
  sessions: Array<{ id: string; kind: SessionKind; startsAt: unknown }>;
}) {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [category, setCategory] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [anonymous, setAnonymous] = useState(false);
  const [description, setDescription] = useState('');
  const [file, { loading, error, reset }] = useMutation(FileComplaintDocument, { refetchQueries: [ComplaintsDocument] });
  const problems = inputProblems(error, ['category', 'description', 'sessionId'] as const);
  const problem = (f: (typeof problems)[number]['field']) => {
    const p = problems.find((x) => x.field === f);
    return p ? tc(`errors.reasons.${p.reason}`) : undefined;
  };
  const close = () => {
    reset();
    setCategory(null);
    setSessionId(null);
    setAnonymous(false);
    setDescription('');
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('file.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void file({
            variables: {
              input: { category: (category ?? '') as ComplaintCategory, description, anonymous, sessionId: sessionId ?? undefined },
            },
          })
            .then(() => close())
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('file.category')}
            required
            value={category}
            onChange={(v) => setCategory(v === null ? null : String(v))}
            error={problem('category')}
            data={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          />
          <Select
            label={t('file.session')}
            clearable
            value={sessionId}
            onChange={(v) => setSessionId(v === null ? null : String(v))}
            error={problem('sessionId')}
            data={sessions.map((s) => ({ value: String(s.id), label: t('rate.session', { kind: t(`kind.${s.kind}`), date: formatDate(s.startsAt as string, locale) }) }))}
          />
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
          <Checkbox label={t('file.anonymous')} description={t('file.anonymousHelp')} checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
          {error && problems.length === 0 ? (
            <Text c="red.8" role="alert">
              {tc('errors.generic')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('file.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Appeal({ complaint }: { complaint: ComplaintItem_ComplaintFragment }) {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [appeal, { loading, error }] = useMutation(AppealComplaintDocument);
  if (!open)
    return (
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          {t('appeal.open')}
        </Button>
      </Group>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void appeal({ variables: { input: { id: complaint.id, version: complaint.version, reason } } })
          .then(() => setOpen(false))
          .catch(() => undefined);
      }}
    >
      <Stack gap="xs">
        <Textarea label={t('appeal.reason')} description={t('appeal.once')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        {error ? (
          <Text c="red.8" role="alert">
            {tc('errors.generic')}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {t('appeal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** On "My journey": rate past sessions, raise a concern, follow her complaints and appeal once. */
export function MyVoice() {
  const { t } = useTranslation('complaints');
  const { locale } = useLocale();
  const sessions = useQuery(MyPastSessionsDocument, { fetchPolicy: 'cache-and-network' });
  const complaints = useQuery(ComplaintsDocument, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const [filing, setFiling] = useState(false);
  const past = (sessions.data?.myJourney.pastSessions ?? []).filter((s) => s.status !== 'CANCELLED' && new Date(s.endsAt as string) < new Date());
  const mine = (complaints.data?.complaints.edges ?? []).map((e) => e.node);
  return (
    <>
      {past.length ? (
        <Paper component="section" withBorder radius="lg" p="md" aria-labelledby="journey-rate">
          <Stack gap="sm">
            <Title order={2} size="h3" id="journey-rate">
              {t('rate.title')}
            </Title>
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {past.slice(0, 5).map((s) => (
                <RateSession key={s.id} session={s} />
              ))}
            </Stack>
          </Stack>
        </Paper>
      ) : null}
      <Paper component="section" withBorder radius="lg" p="md" aria-labelledby="journey-concerns">
        <Stack gap="sm">
          <Title order={2} size="h3" id="journey-concerns" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <IconMessageReport size={26} aria-hidden="true" />
            {t('mine.title')}
          </Title>
          <Text size="sm">{t('mine.intro')}</Text>
          <Group>
            <Button onClick={() => setFiling(true)}>{t('mine.concern')}</Button>
          </Group>
          {mine.length ? (
            <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('mine.list')}>
              {mine.map((c) => (
                <Card key={c.id} component="li" withBorder padding="sm">
                  <ComplaintCard complaint={c} locale={locale} showIdentity={false}>
                    {c.canAppeal ? <Appeal complaint={c} /> : null}
                  </ComplaintCard>
                </Card>
              ))}
            </Stack>
          ) : null}
        </Stack>
      </Paper>
      <FileComplaintModal opened={filing} onClose={() => setFiling(false)} sessions={past} />
    </>
  );
}
