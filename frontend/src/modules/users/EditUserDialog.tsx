import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Locale, Role, ROLES } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateUserInput } from '../../gql/graphql';
import { LANGUAGE_NAMES } from '../../i18n/languageNames';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { fromApiLocale, toApiLocale } from '../locale';
import type { TeamUser } from './TeamSettings';
import { UpdateUserDocument } from './queries';

export interface EditValues {
  displayName: string;
  role: Role;
  locale: Locale | '';
}

const FIELDS = ['displayName', 'role', 'locale'] as const;

export function updateInput(user: TeamUser, v: EditValues): UpdateUserInput {
  return {
    id: user.id,
    version: user.version ?? 1,
    displayName: v.displayName.trim(),
    ...(v.role !== (user.role as Role) ? { role: v.role } : {}),
    locale: v.locale ? toApiLocale(v.locale) : null,
  };
}

/** Name, role and language of an account; a role change signs her out everywhere; a stale version opens the conflict dialog. */
export function EditUserDialog({
  user,
  self,
  onClose,
  onReload,
}: {
  user: TeamUser;
  self: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const [update, { loading }] = useMutation(UpdateUserDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<EditValues>({
    initialValues: { displayName: user.displayName, role: user.role as Role, locale: user.locale ? fromApiLocale(user.locale) : '' },
    validate: (v) => (v.displayName.trim() ? {} : { displayName: 'errors.reasons.REQUIRED' }),
  });
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: EditValues) => {
    setFailure(null);
    try {
      await update({ variables: { input: updateInput(user, values) } });
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
    notifications.show({ color: 'teal', message: t('edit.saved', { name: values.displayName.trim() }) });
    onClose();
  };

  return (
    <>
      <Modal
        opened={!conflict}
        onClose={onClose}
        title={t('edit.title', { name: user.displayName })}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
      >
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {tc(failure)}
              </Alert>
            ) : null}
            <TextInput
              label={t('fields.displayName')}
              required
              maxLength={200}
              {...form.getInputProps('displayName')}
              error={err(form.errors.displayName)}
            />
            <NativeSelect
              label={t('fields.role')}
              description={self ? t('edit.ownRole') : t('edit.roleHint')}
              disabled={self}
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
            {form.values.role !== (user.role as Role) ? (
              <Text size="sm" c="orange.9" role="status">
                {t('edit.roleChange')}
              </Text>
            ) : null}
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
