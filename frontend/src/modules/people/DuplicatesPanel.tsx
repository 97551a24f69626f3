import { Alert, Anchor, List, Text, VisuallyHidden } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LikelyDuplicatesQuery } from '../../gql/graphql';
import { useLocale } from '../locale';
import { placeName } from '../reference';
import { displayName, scriptProps } from './personName';

type Duplicate = LikelyDuplicatesQuery['likelyDuplicates'][number];

/**
 * People already on record who look like the one being entered. Their pages open in a new tab, so
 * that what was typed here is not lost.
 */
export function DuplicatesPanel({ duplicates }: { duplicates: readonly Duplicate[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <div aria-live="polite">
      {duplicates.length ? (
        <Alert color="yellow" variant="light" icon={<IconUsers aria-hidden="true" />} title={<span id="duplicates-title">{t('people.duplicates.title')}</span>}>
          <Text size="sm" mb="xs">
            {t('people.duplicates.intro')}
          </Text>
          <List size="sm" spacing={4} aria-labelledby="duplicates-title">
            {duplicates.map((person) => {
              const name = displayName(person, locale);
              const facts = [placeName(person.region, locale), person.birthDate, person.nationalIdMasked].filter((fact): fact is string => Boolean(fact));
              return (
                <List.Item key={person.id}>
                  <Anchor component={Link} to={`/people/${person.id}`} target="_blank" rel="noopener" {...scriptProps(name.primaryLang)}>
                    {name.primary}
                    <VisuallyHidden>{` ${t('common.opensInNewTab')}`}</VisuallyHidden>
                  </Anchor>
                  <Text component="span" size="sm" c="dimmed">
                    {facts.map((fact, index) => (
                      <Fragment key={fact}>
                        {index === 0 ? ' — ' : ' · '}
                        <bdi>{fact}</bdi>
                      </Fragment>
                    ))}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : null}
    </div>
  );
}
