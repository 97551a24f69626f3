import { useQuery } from '@apollo/client/react';
import { Locale } from '@rafiq/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { useLocale } from '../modules/locale';
import { displayName } from '../modules/people/personName';
import { VentureForm, VentureOwnerDocument, type VentureOwner } from '../modules/ventures';
import { LoadingState } from '../ui';

/** A new venture; `?personId=` or `?cooperativeId=` (from her page or the cooperative's) fixes the owner. */
export function NewVenturePage() {
  const { t } = useTranslation('ventures');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const personId = params.get('personId') ?? '';
  const cooperativeId = params.get('cooperativeId') ?? '';
  usePageTitle(t('form.newTitle'));
  const withPerson = Boolean(personId);
  const withCooperative = !withPerson && Boolean(cooperativeId);
  const { data, loading } = useQuery(VentureOwnerDocument, {
    variables: { personId, withPerson, cooperativeId, withCooperative },
    skip: !withPerson && !withCooperative,
  });
  if (loading) return <LoadingState label={tc('common.loading')} />;
  let owner: VentureOwner | null = null;
  if (data?.person) owner = { kind: 'PERSON', id: data.person.id, name: displayName(data.person, locale).primary };
  else if (data?.cooperative)
    owner = {
      kind: 'COOPERATIVE',
      id: data.cooperative.id,
      name: locale === Locale.AR && data.cooperative.nameAr ? data.cooperative.nameAr : data.cooperative.name,
    };
  return <VentureForm key={owner?.id ?? 'none'} owner={owner} />;
}
