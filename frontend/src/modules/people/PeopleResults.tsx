import { Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PersonListItem_PersonFragment } from '../../gql/graphql';
import { useLocale } from '../locale';
import { placeName } from '../reference';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';
import { PersonNameLink } from './PersonNameLink';

export const PersonListItemFragment = graphql(`
  fragment PersonListItem_person on Person {
    id
    firstName
    lastName
    firstNameAr
    lastNameAr
    gender
    area
    neet
    listedPhone: phone
    birthYear: birthDate
    archivedAt
    region {
      code
      nameFr
      nameAr
    }
    enrolments {
      id
      status
      program {
        id
        name
      }
    }
  }
`);

type Person = PersonListItem_PersonFragment;

function Enrolments({ person }: { person: Person }) {
  if (!person.enrolments.length) return null;
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {person.enrolments.map((enrolment) => (
        <Group component="li" key={enrolment.id} gap={6} wrap="wrap">
          <Text size="sm">{enrolment.program.name}</Text>
          <EnrolmentStatusBadge status={enrolment.status} />
        </Group>
      ))}
    </Stack>
  );
}

function useDescriptions() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return {
    region: (p: Person) => placeName(p.region, locale),
    area: (p: Person) => (p.area ? t(`person.area.${p.area}`) : null),
    neet: (p: Person) => (p.neet === null || p.neet === undefined ? null : t(p.neet ? 'person.neet.yes' : 'person.neet.no')),
    gender: (p: Person) => t(`person.gender.${p.gender}`),
  };
}

/** Phone numbers read left to right, also in an Arabic page. */
function Ltr({ children }: { children: ReactNode }) {
  return <span dir="ltr">{children}</span>;
}

function PeopleTable({ people }: { people: readonly Person[] }) {
  const { t } = useTranslation();
  const describe = useDescriptions();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('people.list.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={176}>
              {t('people.list.columns.name')}
            </Table.Th>
            <Table.Th scope="col">{t('person.fields.gender')}</Table.Th>
            <Table.Th scope="col">{t('person.fields.region')}</Table.Th>
            <Table.Th scope="col">{t('person.fields.area')}</Table.Th>
            <Table.Th scope="col">{t('people.list.columns.neet')}</Table.Th>
            <Table.Th scope="col">{t('person.fields.phone')}</Table.Th>
            <Table.Th scope="col">{t('people.list.columns.born')}</Table.Th>
            <Table.Th scope="col">{t('people.list.columns.programs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <PersonNameLink person={person} />
              </Table.Td>
              <Table.Td>{describe.gender(person)}</Table.Td>
              <Table.Td>{describe.region(person)}</Table.Td>
              <Table.Td>{describe.area(person)}</Table.Td>
              <Table.Td>{describe.neet(person)}</Table.Td>
              <Table.Td>{person.listedPhone ? <Ltr>{person.listedPhone}</Ltr> : null}</Table.Td>
              <Table.Td>{person.birthYear}</Table.Td>
              <Table.Td>
                <Enrolments person={person} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PeopleCards({ people }: { people: readonly Person[] }) {
  const { t } = useTranslation();
  const describe = useDescriptions();
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('people.list.caption')}>
      {people.map((person) => {
        const facts = [describe.gender(person), describe.region(person), describe.area(person), describe.neet(person)].filter(Boolean);
        return (
          <Paper component="li" key={person.id} withBorder p="sm" radius="md">
            <Stack gap={6}>
              <PersonNameLink person={person} />
              <Text size="sm">{facts.join(' · ')}</Text>
              {person.listedPhone || person.birthYear ? (
                <Group gap="md" wrap="wrap">
                  {person.listedPhone ? (
                    <Text size="sm">
                      {t('person.fields.phone')}: <Ltr>{person.listedPhone}</Ltr>
                    </Text>
                  ) : null}
                  {person.birthYear ? (
                    <Text size="sm">
                      {t('people.list.columns.born')}: {person.birthYear}
                    </Text>
                  ) : null}
                </Group>
              ) : null}
              <Enrolments person={person} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** The people found: a table on wide screens, cards on a phone. */
export function PeopleResults({ people }: { people: readonly Person[] }) {
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false }) ?? false;
  return wide ? <PeopleTable people={people} /> : <PeopleCards people={people} />;
}
