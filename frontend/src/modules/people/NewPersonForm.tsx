import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { failureKey, inputProblems } from '../errors';
import { useLocale } from '../locale';
import { DuplicatesPanel } from './DuplicatesPanel';
import { checkPerson, duplicateProbe, EMPTY_PERSON, fieldMessageKey, PERSON_FIELDS, toCreateInput, type PersonField, type PersonFormValues } from './personForm';
import { PersonFormFields } from './PersonFormFields';
import { displayName } from './personName';
import { useCreatePerson } from './usePersonMutations';
import { useLikelyDuplicates } from './useLikelyDuplicates';

const ALL_FIELDS = new Set<PersonField>(PERSON_FIELDS);

/** Records a new person; people who look like her are listed while she is typed in. */
export function NewPersonForm() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { createPerson, loading } = useCreatePerson();
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const form = useForm<PersonFormValues>({
    initialValues: EMPTY_PERSON,
    validate: (values) => {
      const problems = checkPerson(values);
      return Object.fromEntries(Object.entries(problems).map(([field, reason]) => [field, fieldMessageKey(field as PersonField, reason)]));
    },
  });
  const { duplicates } = useLikelyDuplicates(duplicateProbe(form.values));

  const focus = (field: string) => form.getInputNode(field as PersonField)?.focus();

  const submit = async (values: PersonFormValues) => {
    setFailure(null);
    let person;
    try {
      person = await createPerson(toCreateInput(values));
    } catch (error) {
      const problems = inputProblems(error, PERSON_FIELDS);
      if (problems.length) {
        problems.forEach(({ field, reason }) => form.setFieldError(field, fieldMessageKey(field, reason)));
        focus(problems[0].field);
      } else setFailure(failureKey(error));
      return;
    }
    if (!person) return;
    notifications.show({ color: 'teal', message: t('people.form.created', { name: displayName(person, locale).primary }) });
    await navigate(`/people/${person.id}`);
  };

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('people.form.newTitle')}</Title>
      <form
        noValidate
        aria-label={t('people.form.newTitle')}
        onSubmit={form.onSubmit(
          (values) => void submit(values),
          (errors) => focus(PERSON_FIELDS.find((field) => Boolean(errors[field])) ?? 'firstName'),
        )}
      >
        <Stack gap="lg">
          {failure ? (
            <Alert color="red" role="alert">
              {t(failure)}
            </Alert>
          ) : null}
          <PersonFormFields form={form} editable={ALL_FIELDS} />
          <DuplicatesPanel duplicates={duplicates} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/people">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('people.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
