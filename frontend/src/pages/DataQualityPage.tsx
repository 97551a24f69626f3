import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { DataQuality } from '../modules/imports';

export function DataQualityPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('dataQuality.title'));
  return <DataQuality />;
}
