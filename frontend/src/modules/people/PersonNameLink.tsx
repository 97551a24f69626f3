import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useLocale } from '../locale';
import { displayName, scriptProps, type PersonNames } from './personName';

/** The person's name in the reader's script, linking to her page; the other script underneath. */
export function PersonNameLink({ person }: { person: PersonNames & { id: string } }) {
  const { locale } = useLocale();
  const name = displayName(person, locale);
  return (
    <div>
      <Anchor component={Link} to={`/people/${person.id}`} fw={600} {...scriptProps(name.primaryLang)}>
        {name.primary}
      </Anchor>
      {name.secondary ? (
        <Text size="sm" c="dimmed">
          <span {...scriptProps(name.secondaryLang)}>{name.secondary}</span>
        </Text>
      ) : null}
    </div>
  );
}
