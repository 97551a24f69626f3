import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

/** A record that does not exist, or that this user may not see (the server answers the same). */
export function NotFoundView({ title, backTo, backLabel }: { title: string; backTo: string; backLabel: string }) {
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{title}</Title>
      <Anchor component={Link} to={backTo}>
        {backLabel}
      </Anchor>
    </Stack>
  );
}
