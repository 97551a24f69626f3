import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, TagsInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CoachProfileFields_ProfileFragment, CoachProfileInput } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { ValueChainOptionsDocument } from '../ventures/queries';
import { SaveCoachProfileDocument } from './queries';

/** Languages offered (ISO 639 codes); a profile may hold others, which stay listed. */
export const COACH_LANGUAGES = ['ar', 'ary', 'tzm', 'zgh', 'fr', 'en', 'es'] as const;

export interface CoachProfileValues {
  expertise: string[];
  languages: string[];
  regionCodes: string[];
  provinceCodes: string[];
  valueChainIds: string[];
  weeklyCapacityHours: number | string;
  external: boolean;
  bio: string;
}

export function coachProfileValues(profile: CoachProfileFields_ProfileFragment | null | undefined): CoachProfileValues {
  return {
    expertise: profile?.expertise ?? [],
    languages: profile?.languages ?? [],
    regionCodes: profile?.regionCodes ?? [],
    provinceCodes: profile?.provinceCodes ?? [],
    valueChainIds: profile?.valueChainIds ?? [],
    weeklyCapacityHours: profile?.weeklyCapacityHours ?? '',
    external: profile?.external ?? false,
    bio: profile?.bio ?? '',
  };
}

/** The saved profile: the version read (none for a first profile), working hours and days off left as they are. */
export function coachProfileInput(
  userId: string,
  version: number | undefined,
  v: CoachProfileValues,
  /** Province code → its region code (to drop provinces of regions no longer chosen). */
  provinceRegions?: ReadonlyMap<string, string>,
): CoachProfileInput {
  return {
    userId,
    ...(version !== undefined ? { version } : {}),
    expertise: v.expertise.map((e) => e.trim()).filter(Boolean),
    languages: v.languages,
    regionCodes: v.regionCodes,
    // Only provinces of the regions kept (a province of a region just removed goes with it).
    provinceCodes: v.provinceCodes.filter((code) => v.regionCodes.some((region) => provinceRegions?.get(code) === region)),
    valueChainIds: v.valueChainIds,
    weeklyCapacityHours: v.weeklyCapacityHours === '' ? null : Number(v.weeklyCapacityHours),
    external: v.external,
    bio: v.bio.trim() || null,
  };
}

const FIELDS = ['expertise', 'languages', 'regionCodes', 'provinceCodes', 'valueChainIds', 'weeklyCapacityHours', 'external', 'bio'] as const;

export function CoachProfileDialog({
  coachId,
  coachName,
  profile,
  onClose,
  onReload,
}: {
  coachId: string;
  coachName: string;
  profile: CoachProfileFields_ProfileFragment | null | undefined;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('coaches');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { regions } = useRegions();
  const provinceRegions = useMemo(() => new Map(regions.flatMap((r) => r.provinces.map((p) => [p.code, r.code] as const))), [regions]);
  const valueChains = useQuery(ValueChainOptionsDocument).data?.valueChains ?? [];
  const [save, { loading }] = useMutation(SaveCoachProfileDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<CoachProfileValues>({
    initialValues: coachProfileValues(profile),
    validate: {
      weeklyCapacityHours: (v) =>
        v === '' || (Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 80) ? null : 'coaches:form.capacityRange',
    },
  });
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);
  const languageOptions = [...new Set([...COACH_LANGUAGES, ...form.values.languages])].map((code) => ({
    value: code,
    label: languageLabel(code, t),
  }));

  const submit = async (values: CoachProfileValues) => {
    setFailure(null);
    try {
      await save({ variables: { input: coachProfileInput(coachId, profile?.version, values, provinceRegions) } });
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        for (const { field, reason } of problems) form.setFieldError(field, `errors.reasons.${reason}`);
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    await onReload().catch(() => undefined);
    notifications.show({ color: 'teal', message: t('form.saved', { name: coachName }) });
    onClose();
  };

  return (
    <>
      <Modal
        opened={!conflict}
        onClose={onClose}
        size="lg"
        title={t('form.title', { name: coachName })}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <TagsInput
              label={t('fields.expertise')}
              description={t('form.expertiseHint')}
              maxTags={20}
              {...form.getInputProps('expertise')}
              error={err(form.errors.expertise)}
            />
            <MultiSelect
              label={t('fields.valueChains')}
              data={valueChains.map((v) => ({ value: v.id, label: placeName(v, locale) }))}
              searchable
              {...form.getInputProps('valueChainIds')}
              error={err(form.errors.valueChainIds)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <MultiSelect
                label={t('fields.languages')}
                data={languageOptions}
                {...form.getInputProps('languages')}
                error={err(form.errors.languages)}
              />
              <MultiSelect
                label={t('fields.regions')}
                data={regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))}
                searchable
                {...form.getInputProps('regionCodes')}
                error={err(form.errors.regionCodes)}
              />
              <MultiSelect
                label={t('fields.provinces')}
                description={t('form.provincesHint')}
                data={regions
                  .filter((r) => form.values.regionCodes.includes(r.code))
                  .map((r) => ({ group: placeName(r, locale), items: r.provinces.map((p) => ({ value: p.code, label: placeName(p, locale) })) }))}
                disabled={!form.values.regionCodes.length}
                searchable
                {...form.getInputProps('provinceCodes')}
                error={err(form.errors.provinceCodes)}
              />
              <NumberInput
                label={t('fields.capacity')}
                description={t('form.capacityHint')}
                min={0}
                max={80}
                allowDecimal={false}
                {...form.getInputProps('weeklyCapacityHours')}
                error={err(form.errors.weeklyCapacityHours)}
              />
              <Switch label={t('fields.external')} mt={{ sm: 'xl' }} {...form.getInputProps('external', { type: 'checkbox' })} />
            </SimpleGrid>
            <Textarea
              label={t('fields.bio')}
              autosize
              minRows={2}
              maxLength={2000}
              {...form.getInputProps('bio')}
              error={err(form.errors.bio)}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {tc('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {tc('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictDialog opened={conflict} onReload={() => void onReload().finally(onClose)} onCancel={() => setConflict(false)} />
    </>
  );
}

/** A language's name in the interface language (codes not listed are shown as they are). */
export function languageLabel(code: string, t: TFunction<'coaches'>): string {
  const known = COACH_LANGUAGES.find((c) => c === code);
  return known ? t(`languages.${known}`) : code;
}
