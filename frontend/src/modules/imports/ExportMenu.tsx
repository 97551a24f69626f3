import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Export" with CSV and XLSX downloads of a list with its current filters (the server applies the caller's access rules). */
export function ExportMenu({
  list,
  filter,
}: {
  list: 'people' | 'cooperatives' | 'ventures' | 'sessions';
  filter: Record<string, string | number | boolean | null | undefined>;
}) {
  const { t } = useTranslation('imports');
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const suffix = query.size ? `?${query.toString()}` : '';
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="light" leftSection={<IconDownload size={18} aria-hidden="true" />}>
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={`/api/exports/${list}.csv${suffix}`} download>
          {t('export.csv')}
        </Menu.Item>
        <Menu.Item component="a" href={`/api/exports/${list}.xlsx${suffix}`} download>
          {t('export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
