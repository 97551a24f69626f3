import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PersonDetails_PersonFragment } from '../../gql/graphql';
import { toRole, useCurrentUser } from '../auth';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { useLocale } from '../locale';
import { checkPerson, fieldMessageKey, PERSON_FIELDS, toUpdateInput, valuesFromPerson, type PersonField, type PersonFormValues } from './personForm';
import { PersonFormFields } from './PersonFormFields';
import { displayName } from './personName';
import { CONTACT_FIELDS, managesPeople } from './permissions';
import { useUpdatePerson } from './usePersonMutations';

export interface EditPersonFormProps {
  person: PersonDetails_PersonFragment;
  /** Fetches the person again (after a conflict) and resolves to the current record. */
  reload: () => Promise<PersonDetails_PersonFragment | null>;
}

/**
 * Changes a person. Only the changed fields are sent, with the version that was read; if someone
 * else saved her meanwhile, the conflict dialog offers to reload (dropping these changes).
 */
export function EditPersonForm({ person, reload }: EditPersonFormProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const editable = new Set<PersonField>(managesPeople(toRole(user.role)) ? PERSON_FIELDS : CONTACT_FIELDS);
  const { updatePerson, loading } = useUpdatePerson();
  // The record the form started from: its values (to find what changed) and its version.
  const [base, setBase] = useState(() => ({ version: person.version, values: valuesFromPerson(person) }));
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | 'nothingChanged' | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const form = useForm<PersonFormValues>({
    initialValues: base.values,
    validate: (values) => {
      const problems = checkPerson(values);
      return Object.fromEntries(
        Object.entries(problems)
          .filter(([field]) => editable.has(field as PersonField))
          .map(([field, reason]) => [field, fieldMessageKey(field as PersonField, reason)]),
      );
    },
  });
  const name = displayName(person, locale).primary;
  const focus = (field: PersonField) => form.getInputNode(field)?.focus();

  const submit = async (values: PersonFormValues) => {
    setFailure(null);
    const input = toUpdateInput(person.id, base.version, base.values, values);
    if (!input) {
      setFailure('nothingChanged');
      return;
    }
    try {
      await updatePerson(input);
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      const problems = inputProblems(error, PERSON_FIELDS);
      if (problems.length) {
        problems.forEach(({ field, reason }) => form.setFieldError(field, fieldMessageKey(field, reason)));
        focus(problems[0].field);
      } else setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('people.form.saved', { name }) });
    await navigate(`/people/${person.id}`);
  };

  /** Starts again from the record as it is now; nothing typed here is reapplied. */
  const reloadRecord = async () => {
    setReloading(true);
    try {
      const current = await reload();
      if (current) {
        const values = valuesFromPerson(current);
        setBase({ version: current.version, values });
        form.setInitialValues(values);
        form.setValues(values);
        form.resetDirty(values);
        form.clearErrors();
        setFailure(null);
      }
      setConflict(false);
    } catch (error) {
      setConflict(false);
      setFailure(failureKey(error));
    } finally {
      setReloading(false);
    }
  };

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/people/${person.id}`} size="sm">
          {t('people.form.backToPerson', { name })}
        </Anchor>
        <Title order={1}>{t('people.form.editTitle', { name })}</Title>
        {!managesPeople(toRole(user.role)) ? <Text c="dimmed">{t('people.form.contactOnly')}</Text> : null}
      </Stack>
      <form
        noValidate
        aria-label={t('people.form.editTitle', { name })}
        onSubmit={form.onSubmit(
          (values) => void submit(values),
          (errors) => focus(PERSON_FIELDS.find((field) => Boolean(errors[field])) ?? 'firstName'),
        )}
      >
        <Stack gap="lg">
          {failure ? (
            <Alert color={failure === 'nothingChanged' ? 'blue' : 'red'} role={failure === 'nothingChanged' ? 'status' : 'alert'}>
              {failure === 'nothingChanged' ? t('people.form.nothingChanged') : t(failure)}
            </Alert>
          ) : null}
          <PersonFormFields
            form={form}
            editable={editable}
            nationalIdMasked={person.nationalIdMasked}
            consent={{ channel: person.consentChannel, givenBy: person.consentGivenBy, version: person.consentVersion }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={`/people/${person.id}`}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('people.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConflictDialog opened={conflict} reloading={reloading} onReload={() => void reloadRecord()} onCancel={() => setConflict(false)} />
    </Stack>
  );
}
