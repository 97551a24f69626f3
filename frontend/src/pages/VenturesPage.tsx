import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { VenturesBoard } from '../modules/ventures';

export function VenturesPage() {
  const { t } = useTranslation('ventures');
  usePageTitle(t('board.title'));
  return <VenturesBoard />;
}
