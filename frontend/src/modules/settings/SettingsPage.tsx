import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Role } from '@rafiq/shared';
import { toRole, useCurrentUser } from '../auth';
import { PrivacySettings } from '../privacy';
import { PartnersSettings } from './PartnersSettings';
import { TimeZoneSettings } from './TimeZoneSettings';
import { ValueChainsSettings } from './ValueChainsSettings';
import { GridDesigner } from '../diagnostics';
import { TeamSettings } from '../users';

type Tab = 'value-chains' | 'partners' | 'organization' | 'diagnostic-grids' | 'data-protection' | 'users';

/** The organisation's reference lists (value chains, partners) and its settings (time zone), one tab each (kept in the address). */
export function Settings() {
  const { t } = useTranslation('settings');
  const { t: td } = useTranslation('diagnostics');
  const [params, setParams] = useSearchParams();
  const { t: tp } = useTranslation('privacy');
  const { t: tu } = useTranslation('users');
  const admin = toRole(useCurrentUser().role) === Role.ADMIN;
  const asked = params.get('tab');
  const tab: Tab =
    asked === 'partners' || asked === 'organization' || asked === 'diagnostic-grids'
      ? asked
      : (asked === 'data-protection' || asked === 'users') && admin
        ? asked
        : 'value-chains';
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
          <Tabs.Tab value="organization">{t('organization.title')}</Tabs.Tab>
          <Tabs.Tab value="diagnostic-grids">{td('grids.tab')}</Tabs.Tab>
          {admin ? <Tabs.Tab value="data-protection">{tp('settings.title')}</Tabs.Tab> : null}
          {admin ? <Tabs.Tab value="users">{tu('title')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="value-chains" pt="md">
          <ValueChainsSettings />
        </Tabs.Panel>
        <Tabs.Panel value="partners" pt="md">
          <PartnersSettings />
        </Tabs.Panel>
        <Tabs.Panel value="organization" pt="md">
          <TimeZoneSettings />
        </Tabs.Panel>
        <Tabs.Panel value="diagnostic-grids" pt="md">
          <GridDesigner />
        </Tabs.Panel>
        {admin ? (
          <Tabs.Panel value="data-protection" pt="md">
            <PrivacySettings />
          </Tabs.Panel>
        ) : null}
        {admin ? (
          <Tabs.Panel value="users" pt="md">
            <TeamSettings />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
