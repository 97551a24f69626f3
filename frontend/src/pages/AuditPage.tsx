import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { AuditPage as Audit } from '../modules/audit';

export function AuditPage() {
  const { t } = useTranslation('audit');
  usePageTitle(t('title'));
  return <Audit />;
}
