import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VentureQuery } from '../../gql/graphql';
import { useLocale } from '../locale';
import { outbox, type OutboxEntry } from '../offline';
import { useProgramOptions } from '../programs/useProgramOptions';
import { placeName, useRegions } from '../reference';
import { ValueChainOptionsDocument } from './queries';

type Venture = VentureQuery['venture'];
export const CONFLICT_FIELDS = ['title', 'description', 'valueChainId', 'regionCode', 'provinceCode', 'programId'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];
export type Side = 'mine' | 'server';

const LABELS: Record<ConflictField, string> = {
  title: 'form.title',
  description: 'form.description',
  valueChainId: 'form.valueChain',
  regionCode: 'form.region',
  provinceCode: 'form.province',
  programId: 'form.program',
};

/** The venture's values as an edit would send them. */
export function serverValues(venture: Venture): Record<ConflictField, string | null> {
  return {
    title: venture.title,
    description: venture.description ?? null,
    valueChainId: venture.valueChainId ?? null,
    regionCode: venture.region.code,
    provinceCode: venture.provinceCode ?? null,
    programId: venture.programId ?? null,
  };
}

const norm = (v: unknown): string | null => (typeof v === 'string' ? v || null : typeof v === 'number' ? String(v) : null);

/** The fields where her edit and the server differ, each with the side kept by default: hers if she changed it, else the server's. */
export function differences(entry: OutboxEntry, server: Record<ConflictField, string | null>): Array<{ field: ConflictField; mine: string | null; server: string | null; keep: Side }> {
  return CONFLICT_FIELDS.filter((f) => f in entry.input && norm(entry.input[f]) !== norm(server[f])).map((field) => {
    const mine = norm(entry.input[field]);
    const changedByHer = !entry.base || norm(entry.base[field]) !== mine;
    return { field, mine, server: norm(server[field]), keep: changedByHer ? 'mine' : 'server' };
  });
}

/** The edit to send: the server's values (and version), with her value for each field kept as hers. Null: nothing of hers is kept. */
export function mergedInput(venture: Venture, entry: OutboxEntry, keep: Partial<Record<ConflictField, Side>>): Record<string, unknown> | null {
  const server = serverValues(venture);
  const kept = CONFLICT_FIELDS.filter((f) => keep[f] === 'mine' && f in entry.input && norm(entry.input[f]) !== norm(server[f]));
  if (!kept.length) return null;
  const input: Record<string, unknown> = { id: venture.id, version: venture.version, ...server };
  for (const f of kept) input[f] = entry.input[f] ?? null;
  return input;
}

/**
 * Her edit made offline was refused because the venture changed meanwhile: her values and the
 * server's side by side, field by field (a table with headers and a choice per row). She keeps hers
 * (sent again with the server's version), takes the server's (hers is dropped — her choice) or mixes.
 */
export function VentureConflict({ venture, entry, onReload }: { venture: Venture; entry: OutboxEntry; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation('ventures');
  const { t: tOffline } = useTranslation('offline');
  const { locale } = useLocale();
  const { regions, provinceByCode } = useRegions();
  const { programs } = useProgramOptions();
  const valueChains = useQuery(ValueChainOptionsDocument).data?.valueChains ?? [];
  // The server's side must be today's: fetched again once.
  useEffect(() => {
    void onReload().catch(() => undefined);
    // Once per refused edit (onReload is a new function at each render of the page).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry.id]);
  const rows = useMemo(() => differences(entry, serverValues(venture)), [entry, venture]);
  const [keep, setKeep] = useState<Partial<Record<ConflictField, Side>>>({});
  const choice = (field: ConflictField, fallback: Side): Side => keep[field] ?? fallback;

  const show = (field: ConflictField, value: string | null): string => {
    if (value === null) return t('form.none');
    switch (field) {
      case 'valueChainId': {
        const vc = valueChains.find((v) => v.id === value);
        return vc ? placeName(vc, locale) : value;
      }
      case 'regionCode': {
        const r = regions.find((x) => x.code === value);
        return r ? placeName(r, locale) : value;
      }
      case 'provinceCode': {
        const p = provinceByCode.get(value);
        return p ? placeName(p, locale) : value;
      }
      case 'programId':
        return programs.find((p) => p.id === value)?.name ?? (venture.program?.id === value ? venture.program.name : value);
      default:
        return value;
    }
  };

  const resolve = (all?: Side) => {
    const choices = Object.fromEntries(rows.map((r) => [r.field, all ?? choice(r.field, r.keep)])) as Partial<Record<ConflictField, Side>>;
    const input = mergedInput(venture, entry, choices);
    outbox.remove(entry.id);
    if (input) outbox.add({ userId: entry.userId, operation: 'updateVenture', subjectId: venture.id, input, base: serverValues(venture) });
  };

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="venture-conflict-title" style={{ borderColor: 'var(--mantine-color-orange-6)' }}>
      <Stack gap="sm">
        <Text id="venture-conflict-title" fw={600} c="orange.9" role="alert">
          {t('conflict.title')}
        </Text>
        <Text size="sm">{t('conflict.intro')}</Text>
        {rows.length ? (
          <Table.ScrollContainer minWidth={320}>
            <Table aria-labelledby="venture-conflict-title" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('conflict.field')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.mine')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.server')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.keep')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => {
                  const label = t(LABELS[r.field] as 'form.title');
                  return (
                    <Table.Tr key={r.field}>
                      <Table.Th scope="row">{label}</Table.Th>
                      <Table.Td dir="auto">{show(r.field, r.mine)}</Table.Td>
                      <Table.Td dir="auto">{show(r.field, r.server)}</Table.Td>
                      <Table.Td>
                        <Radio.Group
                          aria-label={t('conflict.keepFor', { field: label })}
                          value={choice(r.field, r.keep)}
                          onChange={(v) => setKeep((prev) => ({ ...prev, [r.field]: v }))}
                        >
                          <Stack gap={4}>
                            <Radio value="mine" label={t('conflict.keepMine')} />
                            <Radio value="server" label={t('conflict.keepServer')} />
                          </Stack>
                        </Radio.Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm">{t('conflict.same')}</Text>
        )}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="compact-sm" onClick={() => resolve('server')}>
            {t('conflict.takeServer')}
          </Button>
          <Button variant="light" size="compact-sm" onClick={() => resolve('mine')} disabled={!rows.length}>
            {t('conflict.keepAllMine')}
          </Button>
          <Button size="compact-sm" onClick={() => resolve()} disabled={!rows.length}>
            {t('conflict.apply')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {tOffline('conflictHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
