import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LegalForm, MemberRole } from '../../gql/graphql';
import { failureKey, inputProblems } from '../errors';
import { useLocale } from '../locale';
import { displayName } from '../people/personName';
import { placeName, useRegions } from '../reference';
import { LEGAL_FORMS, MEMBER_ROLES } from './enums';
import { PersonSearch, type FoundPerson } from './PersonSearch';
import { CreateCooperativeDocument } from './queries';

interface MemberValue {
  person: FoundPerson;
  role: MemberRole;
  since: string;
}

export interface CooperativeValues {
  name: string;
  nameAr: string;
  legalForm: LegalForm;
  registrationNumber: string;
  createdOn: string;
  regionCode: string;
  provinceCode: string;
  commune: string;
  members: MemberValue[];
}

const FIELDS = ['name', 'nameAr', 'legalForm', 'registrationNumber', 'createdOn', 'regionCode', 'provinceCode', 'commune', 'members'] as const;

/** A new cooperative, with its first members (each with a role), saved in one go. */
export function CooperativeForm() {
  const { t } = useTranslation('cooperatives');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { regions } = useRegions();
  const [create, { loading }] = useMutation(CreateCooperativeDocument);
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const form = useForm<CooperativeValues>({
    initialValues: { name: '', nameAr: '', legalForm: 'COOPERATIVE', registrationNumber: '', createdOn: '', regionCode: '', provinceCode: '', commune: '', members: [] },
    validate: {
      name: (v) => (v.trim() ? null : 'errors.reasons.REQUIRED'),
      regionCode: (v) => (v ? null : 'errors.reasons.REQUIRED'),
    },
  });
  const region = regions.find((r) => r.code === form.values.regionCode);
  const err = (key: unknown) => (typeof key === 'string' && key ? tc(key as 'errors.generic') : undefined);

  const submit = async (values: CooperativeValues) => {
    setFailure(null);
    let id: string;
    try {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            nameAr: values.nameAr.trim() || null,
            legalForm: values.legalForm,
            registrationNumber: values.registrationNumber.trim() || null,
            createdOn: values.createdOn || null,
            regionCode: values.regionCode,
            provinceCode: values.provinceCode || null,
            commune: values.commune.trim() || null,
            members: values.members.map((m) => ({ personId: m.person.id, role: m.role, ...(m.since ? { since: m.since } : {}) })),
          },
        },
      });
      id = result.data?.createCooperative.id ?? '';
    } catch (error) {
      const problems = inputProblems(error, FIELDS);
      if (problems.length) {
        for (const { field, reason } of problems) form.setFieldError(field, `errors.reasons.${reason}`);
        return;
      }
      setFailure(failureKey(error));
      return;
    }
    notifications.show({ color: 'teal', message: t('form.created', { name: values.name.trim() }) });
    void navigate(`/cooperatives/${id}`);
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md" maw={820}>
        <Title order={1}>{t('form.title')}</Title>
        {failure ? (
          <Alert color="red" role="alert">
            {tc(failure)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('fields.name')} required {...form.getInputProps('name')} error={err(form.errors.name)} />
          <TextInput label={t('fields.nameAr')} lang="ar" dir="rtl" {...form.getInputProps('nameAr')} error={err(form.errors.nameAr)} />
          <NativeSelect
            label={t('fields.legalForm')}
            data={LEGAL_FORMS.map((f) => ({ value: f, label: t(`legalForm.${f}`) }))}
            {...form.getInputProps('legalForm')}
            error={err(form.errors.legalForm)}
          />
          <TextInput label={t('fields.registrationNumber')} dir="ltr" {...form.getInputProps('registrationNumber')} error={err(form.errors.registrationNumber)} />
          <TextInput type="date" label={t('fields.createdOn')} {...form.getInputProps('createdOn')} error={err(form.errors.createdOn)} />
          <NativeSelect
            label={t('fields.region')}
            required
            data={[{ value: '', label: t('form.chooseRegion') }, ...regions.map((r) => ({ value: r.code, label: placeName(r, locale) }))]}
            {...form.getInputProps('regionCode')}
            onChange={(e) => {
              form.setFieldValue('regionCode', e.currentTarget.value);
              form.setFieldValue('provinceCode', '');
            }}
            error={err(form.errors.regionCode)}
          />
          <NativeSelect
            label={t('fields.province')}
            disabled={!region}
            data={[{ value: '', label: t('form.noProvince') }, ...(region?.provinces ?? []).map((p) => ({ value: p.code, label: placeName(p, locale) }))]}
            {...form.getInputProps('provinceCode')}
            error={err(form.errors.provinceCode)}
          />
          <TextInput label={t('fields.commune')} {...form.getInputProps('commune')} error={err(form.errors.commune)} />
        </SimpleGrid>

        <Card withBorder component="fieldset" p="md" style={{ marginInline: 0 }}>
          <Title order={2} size="h4" component="legend" style={{ paddingInline: 4 }}>
            {t('members.title')}
          </Title>
          <Stack gap="sm">
            {form.values.members.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('members.none')}
              </Text>
            ) : (
              <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('members.title')}>
                {form.values.members.map((member, index) => {
                  const name = displayName(member.person, locale).primary;
                  return (
                    <li key={member.person.id}>
                      <Group gap="sm" align="flex-end" wrap="wrap">
                        <Text fw={600} style={{ minInlineSize: 160 }}>
                          {name}
                        </Text>
                        <NativeSelect
                          label={t('members.roleOf', { name })}
                          data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                          {...form.getInputProps(`members.${index}.role`)}
                        />
                        <TextInput type="date" label={t('members.sinceOf', { name })} {...form.getInputProps(`members.${index}.since`)} />
                        <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('members.remove', { name })} onClick={() => form.removeListItem('members', index)}>
                          <IconTrash size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Group>
                    </li>
                  );
                })}
              </Stack>
            )}
            {form.errors.members ? (
              <Text c="red" size="sm" role="alert">
                {err(form.errors.members)}
              </Text>
            ) : null}
            <PersonSearch
              exclude={form.values.members.map((m) => m.person.id)}
              onPick={(person) => form.insertListItem('members', { person, role: form.values.members.length === 0 ? 'PRESIDENT' : 'MEMBER', since: '' })}
            />
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
