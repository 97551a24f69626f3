import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMoodCry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile, IconMessageReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintItem_ComplaintFragment, SessionKind } from '../../gql/graphql';
import { formatDate } from '../../i18n/formatDate';
import { useLocale } from '../locale';
import { ComplaintCard } from './ComplaintCard';
import { FileComplaintModal } from './FileComplaintModal';
import { AppealComplaintDocument, ComplaintsDocument, MyPastSessionsDocument, RateSessionDocument } from './queries';

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
        <Textarea
          label={t('appeal.reason')}
          description={t('appeal.once')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
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
  const past = (sessions.data?.myPastSessions ?? []).filter((s) => s.status !== 'CANCELLED' && new Date(s.endsAt) < new Date());
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
