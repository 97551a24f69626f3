import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Spoiler, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n';
import { translatedInputProps } from '../errors';
import { useLocale } from '../locale';
import { ConsentNoticeDocument } from '../privacy/queries';
import type { PersonForm } from './PersonFormFields';
import type { PersonErrorKey } from './personForm';

const CHANNELS = ['PAPER', 'ORAL', 'ONLINE', 'PHONE'] as const;
const GIVERS = ['SELF', 'GUARDIAN', 'REPRESENTATIVE'] as const;

export interface ConsentFieldsProps {
  form: PersonForm;
  /** Channel and giver of the consent on record, to describe it. */
  recorded?: { channel: string | null | undefined; givenBy: string | null | undefined; version: string | null | undefined };
  disabled?: boolean;
}

/**
 * Her consent: described when on record; otherwise the organisation's notice (to read to her) and
 * the consent to tick, with its date, channel and who gave it. Without it, the form keeps every
 * field but her name, gender and region disabled.
 */
export function ConsentFields({ form, recorded, disabled = false }: ConsentFieldsProps) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data } = useQuery(ConsentNoticeDocument, { skip: Boolean(form.values.consentRecorded) });
  const notice = data?.consentNotice;
  const props = (field: 'consentOn' | 'consentChannel' | 'consentGivenBy') => ({
    ...translatedInputProps(form.getInputProps(field), (key) => tc(key as PersonErrorKey)),
    disabled,
  });

  if (form.values.consentRecorded) {
    const channel = recorded?.channel && (CHANNELS as readonly string[]).includes(recorded.channel) ? t(`consent.channels.${recorded.channel as (typeof CHANNELS)[number]}`) : (recorded?.channel ?? '—');
    const givenBy = recorded?.givenBy && (GIVERS as readonly string[]).includes(recorded.givenBy) ? t(`consent.givers.${recorded.givenBy as (typeof GIVERS)[number]}`) : '—';
    return (
      <Fieldset legend={t('consent.legend')} radius="md">
        <Text size="sm">
          {t('consent.recorded', { date: formatDate(form.values.consentRecorded, locale), channel, givenBy, version: recorded?.version ?? '—' })}
        </Text>
      </Fieldset>
    );
  }
  const text = notice ? (String(locale) === 'ar' ? notice.textAr : String(locale) === 'en' ? notice.textEn : notice.textFr) : null;
  const given = form.values.consentGiven === 'yes';
  return (
    <Fieldset legend={t('consent.legend')} radius="md">
      <Stack gap="sm">
        {notice && text ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('consent.notice', { version: notice.version })}
            </Text>
            <Spoiler maxHeight={72} showLabel={t('consent.showNotice')} hideLabel={t('consent.hideNotice')}>
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {text}
              </Text>
            </Spoiler>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('consent.noNotice')}
          </Text>
        )}
        <Checkbox
          label={t('consent.given')}
          checked={given}
          disabled={disabled}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            form.setFieldValue('consentGiven', checked ? 'yes' : '');
            if (checked && !form.getValues().consentOn) form.setFieldValue('consentOn', new Date().toISOString().slice(0, 10));
            if (checked && !form.getValues().consentChannel) form.setFieldValue('consentChannel', 'PAPER');
            if (checked && !form.getValues().consentGivenBy) form.setFieldValue('consentGivenBy', 'SELF');
          }}
        />
        {given ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput type="date" label={t('consent.date')} required max={new Date().toISOString().slice(0, 10)} {...props('consentOn')} />
            <NativeSelect label={t('consent.channel')} required data={CHANNELS.map((value) => ({ value, label: t(`consent.channels.${value}`) }))} {...props('consentChannel')} />
            <NativeSelect label={t('consent.givenBy')} required data={GIVERS.map((value) => ({ value, label: t(`consent.givers.${value}`) }))} {...props('consentGivenBy')} />
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            {t('consent.withoutHint')}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
