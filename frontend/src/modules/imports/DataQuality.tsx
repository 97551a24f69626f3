import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Radio, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicatePersonFragment as Person, DuplicateReason } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../ui';
import { DismissPersonDuplicateDocument, MergePeopleDocument, PersonDuplicatesDocument } from './queries';

const PAGE = 20;
const FIELDS = ['firstName', 'lastName', 'firstNameAr', 'lastNameAr', 'gender', 'birthDate', 'phone', 'nationalIdMasked', 'regionCode', 'commune'] as const;

function Pair({
  reason,
  person,
  other,
  onDone,
}: {
  reason: DuplicateReason;
  person: Person;
  other: Person;
  onDone: () => void;
}) {
  const { t } = useTranslation('imports');
  const [keepId, setKeepId] = useState(person.id);
  const [error, setError] = useState<string | null>(null);
  const [merge, merging] = useMutation(MergePeopleDocument);
  const [dismiss, dismissing] = useMutation(DismissPersonDuplicateDocument);
  const keep: Person = keepId === person.id ? person : other;
  const drop: Person = keepId === person.id ? other : person;
  const name = (p: Person) => `${p.firstName} ${p.lastName}`;

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      onDone();
    } catch (e) {
      const code = (e as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
      setError(code === 'CONFLICT' ? t('dataQuality.conflict') : t('dataQuality.error'));
      if (code === 'CONFLICT') onDone();
    }
  };

  return (
    <Card withBorder component="li" aria-label={t('dataQuality.pair', { a: name(person), b: name(other) })}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Badge variant="light">{t(`dataQuality.reason.${reason}` as const)}</Badge>
        </Group>
        <Table.ScrollContainer minWidth={320}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dataQuality.field')}</Table.Th>
                {[person, other].map((p) => (
                  <Table.Th scope="col" key={p.id}>
                    <Link to={`/people/${p.id}`}>{name(p)}</Link>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {FIELDS.map((f) => (
                <Table.Tr key={f}>
                  <Table.Th scope="row">{t(`dataQuality.fields.${f}`)}</Table.Th>
                  <Table.Td>{person[f] ?? '—'}</Table.Td>
                  <Table.Td>{other[f] ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Radio.Group value={keepId} onChange={setKeepId} label={t('dataQuality.keep')}>
          <Group mt="xs">
            {[person, other].map((p) => (
              <Radio key={p.id} value={p.id} label={name(p)} />
            ))}
          </Group>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {t('dataQuality.mergeHint', { keep: name(keep), drop: name(drop) })}
        </Text>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            loading={merging.loading}
            onClick={() =>
              void run(() => merge({ variables: { input: { keepId: keep.id, mergeId: drop.id, keepVersion: keep.version, mergeVersion: drop.version } } }))
            }
          >
            {t('dataQuality.merge')}
          </Button>
          <Button variant="default" loading={dismissing.loading} onClick={() => void run(() => dismiss({ variables: { input: { personId: person.id, otherPersonId: other.id } } }))}>
            {t('dataQuality.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Likely duplicate people, side by side, to merge or to mark "not a duplicate" (admins and leads). */
export function DataQuality() {
  const { t } = useTranslation('imports');
  const { t: tc } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(PersonDuplicatesDocument, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const reload = () => void refetch().catch(() => undefined);
  if (error && !data) return <ErrorState message={t('dataQuality.loadError')} retryLabel={tc('common.retry')} onRetry={reload} />;
  if (!data) return <LoadingState label={tc('common.loading')} />;
  const { edges, pageInfo, totalCount } = data.personDuplicates;
  return (
    <Stack gap="md">
      <Title order={1}>{t('dataQuality.title')}</Title>
      <Text>{t('dataQuality.intro')}</Text>
      <Text role="status">{t('dataQuality.count', { count: totalCount })}</Text>
      <SimpleGrid component="ul" cols={1} m={0} p={0} style={{ listStyle: 'none' }}>
        {edges.map((e) => (
          <Pair key={e.cursor} reason={e.node.reason} person={e.node.person} other={e.node.other} onDone={reload} />
        ))}
      </SimpleGrid>
      {pageInfo.hasNextPage ? (
        <Group justify="center">
          <Button variant="light" onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}>
            {t('dataQuality.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
