import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Role } from '@rafiq/shared';
import { toRole, useCurrentUser } from '../auth';
import { PrivacySettings } from '../privacy';
import { PartnersSettings } from './PartnersSettings';
import { ValueChainsSettings } from './ValueChainsSettings';

type Tab = 'value-chains' | 'partners' | 'data-protection';

/** The organisation's reference lists: value chains and partners, one tab each (kept in the address). */
export function Settings() {
  const { t } = useTranslation('settings');
  const [params, setParams] = useSearchParams();
  const { t: tp } = useTranslation('privacy');
  const admin = toRole(useCurrentUser().role) === Role.ADMIN;
  const asked = params.get('tab');
  const tab: Tab = asked === 'partners' ? 'partners' : asked === 'data-protection' && admin ? 'data-protection' : 'value-chains';
  return (
    <Stack gap="lg">
      <Title order={1}>{t('title')}</Title>
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'value-chains' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="value-chains">{t('valueChains.title')}</Tabs.Tab>
          <Tabs.Tab value="partners">{t('partners.title')}</Tabs.Tab>
          {admin ? <Tabs.Tab value="data-protection">{tp('settings.title')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="value-chains" pt="md">
          <ValueChainsSettings />
        </Tabs.Panel>
        <Tabs.Panel value="partners" pt="md">
          <PartnersSettings />
        </Tabs.Panel>
        {admin ? (
          <Tabs.Panel value="data-protection" pt="md">
            <PrivacySettings />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
