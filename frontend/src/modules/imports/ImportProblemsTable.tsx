import { ScrollArea, Table } from '@mantine/core';
import type { ImportProblem } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';

export interface ImportProblemRow {
  row: number;
  column: string;
  reason: string;
}

/** Problems by row (the header is row 1) and column, in the user's language. */
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblemRow[] }) {
  const { t } = useTranslation('imports');
  return (
    <ScrollArea.Autosize mah={400} type="auto">
      <Table striped withTableBorder aria-label={t('problems.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('problems.row')}</Table.Th>
            <Table.Th scope="col">{t('problems.column')}</Table.Th>
            <Table.Th scope="col">{t('problems.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.row}-${p.column}-${i}`}>
              <Table.Td>{p.row}</Table.Td>
              <Table.Td dir="auto">{p.column || '—'}</Table.Td>
              <Table.Td>{t(`problem.${p.reason as ImportProblem}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
