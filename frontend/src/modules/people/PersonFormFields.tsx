import { Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ltr } from '../../i18n';
import { translatedInputProps } from '../errors';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { AREAS, EDUCATION_LEVELS, GENDERS, PREFERRED_LOCALES } from './personEnums';
import { ConsentFields } from './ConsentFields';
import { hasConsent, WITHOUT_CONSENT, type PersonErrorKey, type PersonField, type PersonFormValues } from './personForm';

export type PersonForm = UseFormReturnType<PersonFormValues>;

export interface PersonFormFieldsProps {
  form: PersonForm;
  /** The fields this user may change (a coach: contact fields only). */
  editable: ReadonlySet<PersonField>;
  /** The masked national ID on record, when editing. */
  nationalIdMasked?: string | null;
  /** The consent on record, when editing. */
  consent?: { channel: string | null | undefined; givenBy: string | null | undefined; version: string | null | undefined };
}

/**
 * Every field of a person, grouped (identity, contact, territory, situation). Errors held by the
 * form are i18n keys, translated here, so they follow a change of language.
 */
export function PersonFormFields({ form, editable: allowed, nationalIdMasked, consent }: PersonFormFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { regions } = useRegions();
  const region = regions.find((r) => r.code === form.values.regionCode);
  // Without her consent, only her name, gender and region may be recorded (permissions.md).
  const consented = hasConsent(form.values);
  const editable = consented ? allowed : new Set([...allowed].filter((field) => WITHOUT_CONSENT.includes(field)));
  const show = (...fields: PersonField[]) => fields.some((field) => allowed.has(field));

  const props = (field: PersonField) => {
    const inputProps = translatedInputProps(form.getInputProps(field), (key) => t(key as PersonErrorKey));
    return { ...inputProps, disabled: !editable.has(field) };
  };
  const notRecorded = { value: '', label: t('common.notRecorded') };

  return (
    <Stack gap="lg">
      <ConsentFields form={form} recorded={consent} disabled={!allowed.has('consentGiven')} />
      {show('firstName', 'lastName', 'firstNameAr', 'lastNameAr', 'gender', 'birthDate') ? (
        <Fieldset legend={t('people.details.identity')} radius="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('person.fields.firstName')} required autoComplete="off" dir="auto" {...props('firstName')} />
              <TextInput label={t('person.fields.lastName')} required autoComplete="off" dir="auto" {...props('lastName')} />
              <TextInput label={t('person.fields.firstNameAr')} autoComplete="off" lang="ar" dir="rtl" {...props('firstNameAr')} />
              <TextInput label={t('person.fields.lastNameAr')} autoComplete="off" lang="ar" dir="rtl" {...props('lastNameAr')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Radio.Group label={t('person.fields.gender')} required {...props('gender')}>
                <Group gap="lg" mt={6}>
                  {GENDERS.map((gender) => (
                    <Radio key={gender} value={gender} label={t(`person.gender.${gender}`)} disabled={!editable.has('gender')} />
                  ))}
                </Group>
              </Radio.Group>
              <TextInput type="date" label={t('person.fields.birthDate')} max={new Date().toISOString().slice(0, 10)} {...props('birthDate')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      ) : null}

      <Fieldset legend={t('people.details.contact')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="tel"
            inputMode="tel"
            autoComplete="off"
            dir="ltr"
            label={t('person.fields.phone')}
            description={t('people.form.phoneHint', { local: ltr('06 12 34 56 78'), international: ltr('+212 6 12 34 56 78') })}
            {...props('phone')}
          />
          {show('nationalId') ? (
            <TextInput
              label={t('person.fields.nationalId')}
              description={nationalIdMasked ? t('people.form.nationalIdKeep', { masked: ltr(nationalIdMasked) }) : t('people.form.nationalIdHint')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              {...props('nationalId')}
            />
          ) : null}
          <NativeSelect
            label={t('person.fields.preferredLocale')}
            data={[notRecorded, ...PREFERRED_LOCALES.map((value) => ({ value, label: t(`person.locale.${value}`) }))]}
            {...props('preferredLocale')}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('people.details.territory')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {show('regionCode') ? (
            <NativeSelect
              label={t('person.fields.region')}
              required
              data={[{ value: '', label: t('people.form.chooseRegion') }, ...regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))]}
              {...props('regionCode')}
              onChange={(event) => {
                const code = event.currentTarget.value;
                form.setFieldValue('regionCode', code);
                const provinces = regions.find((r) => r.code === code)?.provinces ?? [];
                if (!provinces.some((p) => p.code === form.getValues().provinceCode)) form.setFieldValue('provinceCode', '');
              }}
            />
          ) : null}
          {show('provinceCode') ? (
            <NativeSelect
              label={t('person.fields.province')}
              data={[
                { value: '', label: region ? t('common.notRecorded') : t('people.form.regionFirst') },
                ...(region?.provinces ?? []).map((p) => ({ value: p.code, label: placeName(p, locale) })),
              ]}
              {...props('provinceCode')}
              disabled={!editable.has('provinceCode') || !region}
            />
          ) : null}
          <TextInput label={t('person.fields.commune')} autoComplete="off" dir="auto" {...props('commune')} />
          <TextInput label={t('person.fields.locality')} autoComplete="off" dir="auto" {...props('locality')} />
          {show('area') ? (
            <NativeSelect
              label={t('person.fields.area')}
              data={[notRecorded, ...AREAS.map((value) => ({ value, label: t(`person.area.${value}`) }))]}
              {...props('area')}
            />
          ) : null}
        </SimpleGrid>
      </Fieldset>

      {show('educationLevel', 'neet') ? (
        <Fieldset legend={t('people.details.situation')} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('person.fields.educationLevel')}
              data={[notRecorded, ...EDUCATION_LEVELS.map((value) => ({ value, label: t(`person.education.${value}`) }))]}
              {...props('educationLevel')}
            />
            <NativeSelect
              label={t('person.fields.neet')}
              description={t('people.form.neetHint')}
              data={[notRecorded, { value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }]}
              {...props('neet')}
            />
          </SimpleGrid>
        </Fieldset>
      ) : null}
    </Stack>
  );
}
