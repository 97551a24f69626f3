import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Box, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { Role } from '@rafiq/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Stage, VentureCard_VentureFragment, VentureFilter } from '../../gql/graphql';
import { toRole, useCurrentUser } from '../auth';
import { ExportMenu } from '../imports/ExportMenu';
import { useLocale } from '../locale';
import { useCoaches } from '../people/useCoaches';
import { useProgramOptions } from '../programs/useProgramOptions';
import { placeName, useRegions } from '../reference';
import { ErrorState, LoadingState } from '../../ui';
import { FunnelTable } from './FunnelTable';
import { MoveStageDialog } from './MoveStageDialog';
import { BOARD_SIZE, ValueChainOptionsDocument, VentureFunnelDocument, VenturesBoardDocument } from './queries';
import { groupByStage, STAGES } from './stages';
import { VentureCard } from './VentureCard';

const PARAMS = { programId: 'program', cohortId: 'cohort', regionCode: 'region', valueChainId: 'valueChain', coachId: 'coach' } as const;
type FilterKey = keyof typeof PARAMS;

/** The filter of the board and the funnel, from the address (only the keys that are set). */
export function boardFilter(params: URLSearchParams): VentureFilter {
  const filter: VentureFilter = {};
  for (const [key, param] of Object.entries(PARAMS) as Array<[FilterKey, string]>) {
    const value = params.get(param);
    if (value) filter[key] = value;
  }
  return filter;
}

interface MoveRequest {
  venture: VentureCard_VentureFragment;
  toStage: Stage;
}

/** The lead's kanban: the ventures of a programme by stage, the funnel above, moves with the criteria dialog. */
export function VenturesBoard() {
  const { t } = useTranslation('ventures');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const role = toRole(user.role);
  const staffLead = role === Role.ADMIN || role === Role.PROGRAM_LEAD;
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => boardFilter(params), [params]);
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false }) ?? false;
  const [mobileStage, setMobileStage] = useState<Stage>('IDEA');
  const [moving, setMoving] = useState<MoveRequest | null>(null);
  const [dropTarget, setDropTarget] = useState<Stage | null>(null);

  const { programs } = useProgramOptions();
  const { regions } = useRegions();
  const { coaches } = useCoaches({ skip: !staffLead });
  const valueChains = useQuery(ValueChainOptionsDocument).data?.valueChains ?? [];
  const program = programs.find((p) => p.id === filter.programId);

  const skip = !filter.programId;
  const board = useQuery(VenturesBoardDocument, {
    variables: { first: BOARD_SIZE, filter },
    skip,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const funnel = useQuery(VentureFunnelDocument, {
    variables: { filter },
    skip,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const ventures = useMemo(() => board.data?.ventures.edges.map((edge) => edge.node) ?? [], [board.data]);
  const groups = useMemo(() => groupByStage(ventures), [ventures]);
  const total = board.data?.ventures.totalCount ?? 0;

  const setFilter = (changes: Partial<Record<FilterKey, string>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes) as Array<[FilterKey, string]>) {
      if (value) next.set(PARAMS[key], value);
      else next.delete(PARAMS[key]);
    }
    setParams(next, { replace: true });
  };

  const refresh = () => Promise.all([board.refetch(), funnel.refetch()]).catch(() => undefined);

  const requestMove = (venture: VentureCard_VentureFragment, toStage: Stage) => {
    if (venture.stage !== toStage) setMoving({ venture, toStage });
  };

  const column = (stage: Stage, withHeading: boolean) => {
    const cards = groups[stage];
    const headingId = `stage-${stage}`;
    return (
      <Paper
        key={stage}
        component="section"
        aria-labelledby={headingId}
        withBorder
        p="xs"
        radius="md"
        bg={dropTarget === stage ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-0)'}
        style={{ minInlineSize: narrow ? undefined : 220, flex: narrow ? undefined : '1 0 220px' }}
        onDragOver={(event) => {
          if (narrow) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          setDropTarget(stage);
        }}
        onDragLeave={() => setDropTarget((current) => (current === stage ? null : current))}
        onDrop={(event) => {
          event.preventDefault();
          setDropTarget(null);
          const venture = ventures.find((v) => v.id === event.dataTransfer.getData('text/plain'));
          if (venture) requestMove(venture, stage);
        }}
      >
        <Group
          justify="space-between"
          mb="xs"
          gap="xs"
          style={withHeading ? undefined : { position: 'absolute', inlineSize: 1, blockSize: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        >
          <Title order={2} size="h5" id={headingId}>
            {t(`stage.${stage}`)}
          </Title>
          <Badge variant="light" aria-hidden="true">
            {cards.length}
          </Badge>
        </Group>
        {cards.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('board.empty')}
          </Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('board.stageColumn', { stage: t(`stage.${stage}`), count: cards.length })}
          >
            {cards.map((venture) => (
              <li key={venture.id}>
                <VentureCard venture={venture} onMove={requestMove} draggable={!narrow} />
              </li>
            ))}
          </Stack>
        )}
      </Paper>
    );
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('board.title')}</Title>
        <Group gap="sm">
          {role !== Role.ENTREPRENEUR ? <ExportMenu list="ventures" filter={{ ...filter }} /> : null}
          <Button component={Link} to="/ventures/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
            {t('form.newTitle')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid
        component="form"
        role="search"
        aria-label={t('board.filters')}
        cols={{ base: 1, xs: 2, md: 5 }}
        spacing="sm"
        verticalSpacing="xs"
        onSubmit={(e) => e.preventDefault()}
      >
        <NativeSelect
          label={t('board.program')}
          value={filter.programId ?? ''}
          onChange={(e) => setFilter({ programId: e.currentTarget.value, cohortId: '' })}
          data={[{ value: '', label: t('board.chooseProgram') }, ...programs.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <NativeSelect
          label={t('board.cohort')}
          value={filter.cohortId ?? ''}
          disabled={!program || program.cohorts.length === 0}
          onChange={(e) => setFilter({ cohortId: e.currentTarget.value })}
          data={[{ value: '', label: t('board.allCohorts') }, ...(program?.cohorts ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        />
        <NativeSelect
          label={t('board.region')}
          value={filter.regionCode ?? ''}
          onChange={(e) => setFilter({ regionCode: e.currentTarget.value })}
          data={[{ value: '', label: t('board.allRegions') }, ...regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))]}
        />
        <NativeSelect
          label={t('board.valueChain')}
          value={filter.valueChainId ?? ''}
          onChange={(e) => setFilter({ valueChainId: e.currentTarget.value })}
          data={[
            { value: '', label: t('board.allValueChains') },
            ...valueChains.map((v) => ({ value: v.id, label: placeName(v, locale) })),
          ]}
        />
        {staffLead ? (
          <NativeSelect
            label={t('board.coach')}
            value={filter.coachId ?? ''}
            onChange={(e) => setFilter({ coachId: e.currentTarget.value })}
            data={[{ value: '', label: t('board.allCoaches') }, ...coaches.map((c) => ({ value: c.id, label: c.displayName }))]}
          />
        ) : null}
      </SimpleGrid>

      {skip ? (
        <Alert color="blue" role="status">
          {t('board.pickProgram')}
        </Alert>
      ) : board.error && !board.data ? (
        <ErrorState
          message={t('board.loadError')}
          retryLabel={tc('common.retry')}
          onRetry={() => void board.refetch().catch(() => undefined)}
        />
      ) : !board.data ? (
        <LoadingState label={tc('common.loading')} />
      ) : (
        <>
          <FunnelTable steps={funnel.data?.ventureFunnel ?? []} error={Boolean(funnel.error && !funnel.data)} />
          <Text size="sm" c="dimmed" role="status">
            {t('board.count', { count: total })}
          </Text>
          {total > ventures.length ? <Alert color="yellow">{t('board.truncated', { shown: ventures.length, total })}</Alert> : null}
          {narrow ? (
            <Stack gap="sm">
              <NativeSelect
                label={t('board.stageSelector')}
                value={mobileStage}
                onChange={(e) => setMobileStage(e.currentTarget.value as Stage)}
                data={STAGES.map((stage) => ({ value: stage, label: `${t(`stage.${stage}`)} (${groups[stage].length})` }))}
              />
              {column(mobileStage, false)}
            </Stack>
          ) : (
            <Box>
              <Text size="sm" c="dimmed" mb="xs">
                {t('board.dragHint')}
              </Text>
              <Group align="stretch" gap="sm" wrap="nowrap" style={{ overflowX: 'auto', paddingBlockEnd: 'var(--mantine-spacing-xs)' }}>
                {STAGES.map((stage) => column(stage, true))}
              </Group>
            </Box>
          )}
        </>
      )}
      {moving ? (
        <MoveStageDialog
          key={`${moving.venture.id}-${moving.toStage}`}
          venture={moving.venture}
          toStage={moving.toStage}
          onClose={() => setMoving(null)}
          onChanged={refresh}
        />
      ) : null}
    </Stack>
  );
}
