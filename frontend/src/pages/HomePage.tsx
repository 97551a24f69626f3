import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { toRole, useCurrentUser } from '../modules/auth';
import { homeTitleKey, RoleHome } from '../modules/home';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t(homeTitleKey(toRole(user.role))));
  return <RoleHome />;
}
