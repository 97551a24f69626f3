import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Locale, Role, ROLES } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteUserInput, InviteUserMutation } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/formatDate';
import { LANGUAGE_NAMES } from '../../i18n/languageNames';
import { PersonSearch } from '../cooperatives/PersonSearch';
import { failureKey, inputProblems } from '../errors';
import { toApiLocale, useLocale } from '../locale';
import { displayName } from '../people/personName';
import { InviteUserDocument } from './queries';

export interface InviteValues {
  email: string;
  displayName: string;
  role: Role;
  locale: Locale | '';
  person: { id: string; name: string } | null;
}

const FIELDS = ['email', 'displayName', 'role', 'locale', 'personId'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client-side checks that mirror the server's (errors are i18n keys of the common namespace). */
export function validateInvite(v: InviteValues): Partial<Record<keyof InviteValues, string>> {
  const errors: Partial<Record<keyof InviteValues, string>> = {};
  if (!v.email.trim()) errors.email = 'errors.reasons.REQUIRED';
  else if (!EMAIL.test(v.email.trim())) errors.email = 'errors.reasons.INVALID_EMAIL';
  if (!v.displayName.trim()) errors.displayName = 'errors.reasons.REQUIRED';
  return errors;
}

export function inviteInput(v: InviteValues): InviteUserInput {
  return {
    email: v.email.trim(),
    displayName: v.displayName.trim(),
    role: v.role,
    locale: v.locale ? toApiLocale(v.locale) : null,
    personId: v.role === Role.ENTREPRENEUR && v.person ? v.person.id : null,
  };
}

/** Invites a colleague or an entrepreneur: the account is made without a password, and the link to hand over is shown once. */
export function InviteUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [invite, { loading }] = useMutation(InviteUserDocument, { refetchQueries: ['TeamUsers'] });
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [made, setMade] = useState<InviteUserMutation['inviteUser'] | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { email: '', displayName: '', role: Role.COACH, locale: '', person: null },
    validate: validateInvite,
  });
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: InviteValues) => {
    setFailure(null);
    try {
      const res = await invite({ variables: { input: inviteInput(values) } });
      if (res.data) setMade(res.data.inviteUser);
    } catch (error) {
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        for (const { field, reason } of problems) form.setFieldError(field === 'personId' ? 'person' : field, `errors.reasons.${reason}`);
        return;
      }
      setFailure(failureKey(error));
    }
  };

  if (made) {
    return (
      <Modal
        opened
        onClose={onClose}
        title={t('invite.linkTitle', { name: made.user.displayName })}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('invite.linkHelp')}</Text>
          <Code block dir="ltr" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} aria-label={t('invite.link')}>
            {made.link.url}
          </Code>
          <Text size="sm">{t('invite.expires', { when: formatDateTime(made.link.expiresAt, locale) })}</Text>
          <Group gap="sm">
            <CopyButton value={made.link.url}>
              {({ copied, copy }) => <Button onClick={copy}>{copied ? t('invite.copied') : t('invite.copy')}</Button>}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {tc('common.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  const person = form.values.person;
  return (
    <Modal opened onClose={onClose} size="lg" title={t('invite.title')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {tc(failure)}
            </Alert>
          ) : null}
          <Text size="sm">{t('invite.help')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('fields.displayName')}
              required
              maxLength={200}
              {...form.getInputProps('displayName')}
              error={err(form.errors.displayName)}
            />
            <TextInput
              type="email"
              label={t('fields.email')}
              required
              dir="ltr"
              maxLength={254}
              autoComplete="off"
              {...form.getInputProps('email')}
              error={err(form.errors.email)}
            />
            <NativeSelect
              label={t('fields.role')}
              data={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
              {...form.getInputProps('role')}
              error={err(form.errors.role)}
            />
            <NativeSelect
              label={t('fields.locale')}
              data={[
                { value: '', label: t('fields.localeDevice') },
                ...Object.values(Locale).map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
              ]}
              {...form.getInputProps('locale')}
              error={err(form.errors.locale)}
            />
          </SimpleGrid>
          {form.values.role === Role.ENTREPRENEUR ? (
            <Stack gap="xs">
              {person ? (
                <Group gap="sm" wrap="wrap">
                  <Text size="sm" dir="auto">
                    {t('invite.personChosen', { name: person.name })}
                  </Text>
                  <Button variant="subtle" size="compact-sm" onClick={() => form.setFieldValue('person', null)}>
                    {t('invite.personClear')}
                  </Button>
                </Group>
              ) : (
                <PersonSearch
                  label={t('invite.personSearch')}
                  pickLabel={(name) => t('invite.personPick', { name })}
                  onPick={(p) => form.setFieldValue('person', { id: p.id, name: displayName(p, locale).primary })}
                />
              )}
              {form.errors.person ? (
                <Text size="sm" c="red" role="alert">
                  {err(form.errors.person)}
                </Text>
              ) : null}
            </Stack>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
