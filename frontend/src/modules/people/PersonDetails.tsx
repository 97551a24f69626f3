import { Role } from '@rafiq/shared';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDetails_PersonFragment } from '../../gql/graphql';
import { Detail, DetailList } from '../../ui';
import { toRole, useCurrentUser } from '../auth';
import { useLocale } from '../locale';
import { placeName, useRegions } from '../reference';
import { ArchivePersonButton } from './ArchivePersonButton';
import { EnrolmentList } from './EnrolmentList';
import { formatDate, ltr } from '../../i18n';
import { NationalIdReveal } from './NationalIdReveal';
import { isPreferredLocale } from './personEnums';
import { arabicName, displayName, latinName, scriptProps } from './personName';
import { managesPeople, seesPeople } from './permissions';
import { seesBoard } from '../ventures/permissions';
import { PersonRights, WithdrawConsentButton } from '../privacy';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export interface PersonDetailsProps {
  person: PersonDetails_PersonFragment;
  onReload: () => Promise<unknown>;
}

/** Everything known about a person, grouped as the programme staff think about it. */
export function PersonDetails({ person, onReload }: PersonDetailsProps) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('ventures');
  const { t: tp } = useTranslation('privacy');
  const { locale } = useLocale();
  const user = useCurrentUser();
  const role = toRole(user.role);
  const { provinceByCode } = useRegions();
  const name = displayName(person, locale);
  const province = person.provinceCode ? provinceByCode.get(person.provinceCode) : undefined;
  const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? null : t(value ? 'common.yes' : 'common.no'));
  const notRecorded = t('common.notRecorded');
  const archived = Boolean(person.archivedAt);

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to="/people" size="sm">
          {t('people.details.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Title order={1}>
              <span {...scriptProps(name.primaryLang)}>{name.primary}</span>
            </Title>
            {name.secondary ? (
              <Text size="lg" c="dimmed">
                <span {...scriptProps(name.secondaryLang)}>{name.secondary}</span>
              </Text>
            ) : null}
            {person.erasedAt ? (
              <Badge color="red" variant="light" mt="xs" tt="none">
                {tp('rights.erased', { date: formatDate(person.erasedAt, locale) })}
              </Badge>
            ) : null}
            {archived ? (
              <Badge color="gray" variant="filled" mt="xs" tt="none">
                {t('people.details.archived', { date: formatDate(person.archivedAt, locale) })}
              </Badge>
            ) : null}
          </div>
          <Group gap="sm" wrap="wrap">
            {seesPeople(role) && !person.erasedAt ? (
              <Button component={Link} to={`/people/${person.id}/edit`} leftSection={<IconPencil size={16} aria-hidden="true" />}>
                {t('common.edit')}
              </Button>
            ) : null}
            {seesBoard(role) && !archived ? (
              <Button variant="light" component={Link} to={`/ventures/new?personId=${person.id}`} leftSection={<IconPlus size={16} aria-hidden="true" />}>
                {tv('form.newTitle')}
              </Button>
            ) : null}
            {seesPeople(role) && person.consentAt && !person.erasedAt ? (
              <WithdrawConsentButton personId={person.id} version={person.version} personName={name.primary} onReload={onReload} />
            ) : null}
            {managesPeople(role) && !archived ? (
              <ArchivePersonButton personId={person.id} version={person.version} personName={name.primary} onReload={onReload} />
            ) : null}
          </Group>
        </Group>
      </Stack>

      <Section id="identity" title={t('people.details.identity')}>
        <DetailList>
          <Detail label={t('people.details.latinName')}>
            <span dir="auto">{latinName(person)}</span>
          </Detail>
          <Detail label={t('people.details.arabicName')} emptyLabel={notRecorded}>
            {arabicName(person) ? <span {...scriptProps('ar')}>{arabicName(person)}</span> : null}
          </Detail>
          <Detail label={t('person.fields.gender')}>{t(`person.gender.${person.gender}`)}</Detail>
          <Detail label={t('person.fields.birthDate')} emptyLabel={notRecorded}>
            {formatDate(person.birthDate, locale)}
          </Detail>
        </DetailList>
      </Section>

      <Section id="contact" title={t('people.details.contact')}>
        <DetailList>
          <Detail label={t('person.fields.phone')} emptyLabel={notRecorded}>
            {person.phone ? (
              <Anchor href={`tel:${person.phone}`} dir="ltr">
                {person.phone}
              </Anchor>
            ) : null}
          </Detail>
          <Detail label={t('person.fields.nationalId')}>
            <NationalIdReveal personId={person.id} masked={person.nationalIdMasked} />
          </Detail>
          <Detail label={t('person.fields.preferredLocale')} emptyLabel={notRecorded}>
            {isPreferredLocale(person.preferredLocale) ? t(`person.locale.${person.preferredLocale}`) : person.preferredLocale}
          </Detail>
        </DetailList>
      </Section>

      <Section id="territory" title={t('people.details.territory')}>
        <DetailList>
          <Detail label={t('person.fields.region')}>{placeName(person.region, locale)}</Detail>
          <Detail label={t('person.fields.province')} emptyLabel={notRecorded}>
            {province ? placeName(province, locale) : person.provinceCode}
          </Detail>
          <Detail label={t('person.fields.commune')} emptyLabel={notRecorded}>
            {person.commune}
          </Detail>
          <Detail label={t('person.fields.locality')} emptyLabel={notRecorded}>
            {person.locality}
          </Detail>
          <Detail label={t('person.fields.area')} emptyLabel={notRecorded}>
            {person.area ? t(`person.area.${person.area}`) : null}
          </Detail>
        </DetailList>
      </Section>

      <Section id="situation" title={t('people.details.situation')}>
        <DetailList>
          <Detail label={t('person.fields.educationLevel')} emptyLabel={notRecorded}>
            {person.educationLevel ? t(`person.education.${person.educationLevel}`) : null}
          </Detail>
          <Detail label={t('person.fields.neet')} emptyLabel={notRecorded}>
            {yesNo(person.neet)}
          </Detail>
          <Detail label={t('people.details.consent')} emptyLabel={t('people.details.noConsent')}>
            {person.consentAt
              ? [
                  t('people.details.consentGiven', { date: formatDate(person.consentAt, locale) }),
                  person.consentVersion ? t('people.details.consentVersion', { version: ltr(person.consentVersion) }) : null,
                  person.consentChannel,
                ]
                  .filter((part): part is string => Boolean(part))
                  .map((part, index) => (
                    <Fragment key={part}>
                      {index > 0 ? ' · ' : null}
                      <bdi>{part}</bdi>
                    </Fragment>
                  ))
              : person.consentWithdrawnOn
                ? tp('withdraw.shown', {
                    date: formatDate(person.consentWithdrawnOn, locale),
                    channel: person.consentWithdrawnChannel ? tp(`consent.channels.${person.consentWithdrawnChannel as 'PAPER' | 'ORAL' | 'ONLINE' | 'PHONE'}`) : '—',
                  })
                : null}
          </Detail>
        </DetailList>
      </Section>

      <Paper withBorder p="md" radius="md">
        <EnrolmentList personId={person.id} personName={name.primary} enrolments={person.enrolments} archived={archived} onReload={onReload} />
      </Paper>

      {role === Role.ADMIN && !person.erasedAt ? (
        <PersonRights
          personId={person.id}
          fullName={`${person.firstName} ${person.lastName}`}
          displayName={name.primary}
          preferredLocale={person.preferredLocale}
          onErased={onReload}
        />
      ) : null}
    </Stack>
  );
}
