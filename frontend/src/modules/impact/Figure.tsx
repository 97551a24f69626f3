import { Paper, Text, UnstyledButton } from '@mantine/core';

/** One headline figure; a button that opens what is behind it when `onOpen` is given. */
export function Figure({ label, value, detail, onOpen }: { label: string; value: string; detail?: string; onOpen?: () => void }) {
  const body = (
    <Paper withBorder p="sm" radius="md" h="100%">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {detail ? <Text size="xs">{detail}</Text> : null}
    </Paper>
  );
  if (!onOpen) return body;
  return (
    <UnstyledButton onClick={onOpen} aria-label={`${label}: ${value}${detail ? ` (${detail})` : ''}`} data-figure={label}>
      {body}
    </UnstyledButton>
  );
}
