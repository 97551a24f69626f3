import { Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMapPinFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../gql/graphql';
import { STAGES } from './journeyFormat';

/** The six steps from idea to growth, the current one marked (aria-current="step"). */
export function StagePath({ stage, labelId }: { stage: Stage; labelId: string }) {
  const { t } = useTranslation('journey');
  const current = STAGES.indexOf(stage);
  return (
    <Box component="ol" aria-labelledby={labelId} m={0} p={0} style={{ listStyle: 'none' }}>
      {STAGES.map((step, index) => {
        const isCurrent = index === current;
        const isDone = index < current;
        return (
          <Box
            component="li"
            key={step}
            aria-current={isCurrent ? 'step' : undefined}
            py={6}
            px="sm"
            mb={4}
            style={{
              minBlockSize: 48,
              display: 'flex',
              alignItems: 'center',
              borderRadius: 'var(--mantine-radius-md)',
              borderInlineStart: `4px solid ${isCurrent ? 'var(--mantine-color-teal-7)' : isDone ? 'var(--mantine-color-teal-3)' : 'var(--mantine-color-gray-3)'}`,
              background: isCurrent ? 'var(--mantine-color-teal-0)' : undefined,
            }}
          >
            <Group gap="sm" wrap="nowrap" w="100%">
              <ThemeIcon
                size={32}
                radius="xl"
                color={isCurrent || isDone ? 'teal' : 'gray'}
                variant={isCurrent ? 'filled' : 'light'}
                aria-hidden="true"
              >
                {isCurrent ? <IconMapPinFilled size={18} /> : isDone ? <IconCheck size={18} /> : <Text span fw={700} size="sm">{index + 1}</Text>}
              </ThemeIcon>
              <Text fw={isCurrent ? 700 : 500} size="lg" c={isCurrent || isDone ? undefined : 'gray.7'} style={{ flex: 1 }}>
                {t(`stage.${step}`)}
              </Text>
              <Text size="sm" fw={isCurrent ? 700 : 400} c={isCurrent ? 'teal.9' : 'gray.7'}>
                {t(isCurrent ? 'path.here' : isDone ? 'path.done' : 'path.ahead')}
              </Text>
            </Group>
          </Box>
        );
      })}
    </Box>
  );
}
