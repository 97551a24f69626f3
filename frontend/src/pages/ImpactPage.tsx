import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ImpactDashboard } from '../modules/impact';
import { impactFilter } from '../modules/impact/ImpactDashboard';
import { ImpactDiagnosticsPanel } from '../modules/diagnostics';
import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

export function ImpactPage() {
  const { t } = useTranslation('impact');
  usePageTitle(t('title'));
  const [params] = useSearchParams();
  const filter = useMemo(() => impactFilter(params), [params]);
  return (
    <Stack gap="lg">
      <ImpactDashboard />
      <ImpactDiagnosticsPanel filter={filter} />
    </Stack>
  );
}
