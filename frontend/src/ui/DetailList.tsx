import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A description list laid out in columns (one on a phone). */
export function DetailList({ children, cols = 2 }: { children: ReactNode; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {children}
    </SimpleGrid>
  );
}

/** One term and its value; an empty value shows `emptyLabel`. */
export function Detail({ label, children, emptyLabel }: { label: string; children?: ReactNode; emptyLabel?: string }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }} c={empty ? 'dimmed' : undefined}>
        {empty ? emptyLabel : children}
      </Text>
    </div>
  );
}
