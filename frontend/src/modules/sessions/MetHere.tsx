import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { Gender } from '../../gql/graphql';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale';
import { newIdempotencyKey, newTemporaryId, readSnapshot, saveSnapshot } from '../offline';
import { placeName, useRegions, type RegionOption } from '../reference';

/** A person met at the session, not yet on the server: a temporary id until she is created. */
export interface MetPerson {
  tmpId: string;
  /** The key her creation is sent (and replayed) with. */
  key: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  regionCode: string;
}

/** Regions kept on the device (reference data, no personal data), so that someone met offline gets one. */
const REGIONS_KEY = 'rafiq.offline.regions.v1';
const GENDERS: readonly Gender[] = ['F', 'M'] as Gender[];

/** The regions, fetched when online and kept on the device for the day they are needed offline. */
export function useRegionsOffline(): RegionOption[] {
  const { regions } = useRegions();
  useEffect(() => {
    if (regions.length) saveSnapshot(REGIONS_KEY, '', regions);
  }, [regions]);
  return regions.length ? regions : (readSnapshot<RegionOption[]>(REGIONS_KEY)?.data ?? []);
}

/**
 * "Someone met here": her name, gender and region (all that may be stored without her consent), added
 * to the session's attendance at once; she is created on the server when the log is saved (offline:
 * from the outbox, before the log that names her).
 */
export function MetHere({ onAdd }: { onAdd: (person: MetPerson) => void }) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const regions = useRegionsOffline();
  const [open, setOpen] = useState(false);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [gender, setGender] = useState<Gender | ''>('');
  const [regionCode, setRegionCode] = useState('');
  const [tried, setTried] = useState(false);

  if (!open) {
    return (
      <Button variant="light" size="compact-sm" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('met.add')}
      </Button>
    );
  }
  const required = tc('errors.reasons.REQUIRED');
  const add = () => {
    setTried(true);
    if (!firstName.trim() || !lastName.trim() || !gender || !regionCode) return;
    onAdd({ tmpId: newTemporaryId(), key: newIdempotencyKey(), firstName: firstName.trim(), lastName: lastName.trim(), gender, regionCode });
    setFirstName('');
    setLastName('');
    setGender('');
    setTried(false);
    setOpen(false);
  };
  return (
    <Stack gap="xs" role="group" aria-labelledby="met-here-title" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}>
      <Text id="met-here-title" fw={500} size="sm">
        {t('met.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('met.hint')}
      </Text>
      <TextInput label={tc('person.fields.firstName')} required value={firstName} onChange={(e) => setFirstName(e.currentTarget.value)} error={tried && !firstName.trim() ? required : undefined} />
      <TextInput label={tc('person.fields.lastName')} required value={lastName} onChange={(e) => setLastName(e.currentTarget.value)} error={tried && !lastName.trim() ? required : undefined} />
      <Radio.Group label={tc('person.fields.gender')} required value={gender} onChange={(v) => setGender(v)} error={tried && !gender ? required : undefined}>
        <Group gap="md" mt={4}>
          {GENDERS.map((g) => (
            <Radio key={g} value={g} label={tc(`person.gender.${g}`)} />
          ))}
        </Group>
      </Radio.Group>
      <NativeSelect
        label={tc('person.fields.region')}
        required
        value={regionCode}
        onChange={(e) => setRegionCode(e.currentTarget.value)}
        data={[{ value: '', label: tc('people.form.chooseRegion') }, ...regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))]}
        error={tried && !regionCode ? required : undefined}
      />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="compact-sm" onClick={() => setOpen(false)}>
          {tc('common.cancel')}
        </Button>
        <Button size="compact-sm" onClick={add}>
          {t('met.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
