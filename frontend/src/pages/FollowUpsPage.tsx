import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { FollowUpsPage as FollowUps } from '../modules/follow-ups';

export function FollowUpsPage() {
  const { t } = useTranslation('followUps');
  usePageTitle(t('title'));
  return <FollowUps />;
}
