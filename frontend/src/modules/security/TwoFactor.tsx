import { Alert, Button, Code, CopyButton, Group, Image, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useCurrentUser } from '../auth';
import { MeDocument } from '../auth/useMe';
import { apiProblems } from '../errors';

export const BeginTwoFactorSetupDocument = graphql(`
  mutation BeginTwoFactorSetup {
    beginTwoFactorSetup {
      secret
      otpauthUri
      qrSvg
    }
  }
`);

export const ConfirmTwoFactorSetupDocument = graphql(`
  mutation ConfirmTwoFactorSetup($code: String!) {
    confirmTwoFactorSetup(code: $code)
  }
`);

export const RegenerateRecoveryCodesDocument = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

export const DisableTwoFactorDocument = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code)
  }
`);

/** The message for a refused code, from the error's reason only. */
function codeProblem(error: unknown): 'REQUIRED' | 'INVALID_CODE' | 'NOT_ALLOWED' | 'FAILED' {
  const p = apiProblems(error)[0];
  if (p?.reason === ErrorReason.INVALID_CODE) return 'INVALID_CODE';
  if (p?.reason === ErrorReason.REQUIRED) return 'REQUIRED';
  if (p?.code === ErrorCode.FORBIDDEN) return 'NOT_ALLOWED';
  return 'FAILED';
}

/** A form with one code field (6 digits from the app, or a recovery code where `recovery`) and a button. */
function CodeForm({
  id,
  submitLabel,
  recovery,
  loading,
  onCode,
  color,
}: {
  id: string;
  submitLabel: string;
  recovery?: boolean;
  loading: boolean;
  onCode: (code: string) => Promise<void>;
  color?: string;
}) {
  const { t } = useTranslation('security');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) {
      setError(t('twoFactor.errors.REQUIRED'));
      return;
    }
    setError(null);
    try {
      await onCode(code.trim());
      setCode('');
    } catch (e) {
      setError(t(`twoFactor.errors.${codeProblem(e)}`));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={submitLabel}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          id={id}
          label={t('twoFactor.code')}
          description={recovery ? t('twoFactor.codeOrRecovery') : undefined}
          inputMode={recovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          dir="ltr"
          maxLength={20}
          w={220}
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setError(null);
          }}
          error={error}
        />
        <Button type="submit" loading={loading} color={color} variant={color ? 'light' : 'filled'}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}

/** Recovery codes, shown once: download, copy, and say they are kept before moving on. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('security');
  const text = `${t('twoFactor.codesFileHeading')}\n\n${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'rafiq-recovery-codes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack gap="sm" aria-labelledby="recovery-codes-heading" component="section">
      <Title order={4} size="h5" id="recovery-codes-heading">
        {t('twoFactor.codesHeading')}
      </Title>
      <Alert color="yellow" role="status">
        {t('twoFactor.codesHelp')}
      </Alert>
      <List spacing={2} dir="ltr" styles={{ root: { fontFamily: 'monospace' } }} aria-label={t('twoFactor.codesHeading')}>
        {codes.map((c) => (
          <List.Item key={c}>{c}</List.Item>
        ))}
      </List>
      <Group gap="sm" wrap="wrap">
        <Button variant="light" onClick={download}>
          {t('twoFactor.download')}
        </Button>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('twoFactor.copied') : t('twoFactor.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{t('twoFactor.saved')}</Button>
      </Group>
    </Stack>
  );
}

/**
 * Setting two-factor sign-in up: a QR code to scan (or the secret to type), then a first code
 * from the app turns it on and the recovery codes are shown once. `onDone` runs when she has
 * kept them.
 */
export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('security');
  const [begin, { data: setup, loading: beginning, error: beginError }] = useMutation(BeginTwoFactorSetupDocument);
  const [confirm, { loading: confirming }] = useMutation(ConfirmTwoFactorSetupDocument);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  const s = setup?.beginTwoFactorSetup;
  if (!s) {
    return (
      <Stack gap="xs" align="flex-start">
        <Button onClick={() => void begin().catch(() => undefined)} loading={beginning}>
          {t('twoFactor.turnOn')}
        </Button>
        {beginError ? (
          <Alert color="red" role="alert">
            {t('twoFactor.errors.FAILED')}
          </Alert>
        ) : null}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <List type="ordered" spacing="xs">
        <List.Item>{t('twoFactor.step1')}</List.Item>
        <List.Item>{t('twoFactor.step2')}</List.Item>
        <List.Item>{t('twoFactor.step3')}</List.Item>
      </List>
      <Image
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.qrSvg)}`}
        alt={t('twoFactor.qrAlt')}
        w={200}
        h={200}
        fit="contain"
        bg="white"
      />
      <Text size="sm">{t('twoFactor.secretHelp')}</Text>
      <Group gap="xs" wrap="wrap">
        <Code dir="ltr" fz="md" style={{ wordBreak: 'break-all' }} aria-label={t('twoFactor.secret')}>
          {s.secret.replace(/(.{4})/g, '$1 ').trim()}
        </Code>
        <CopyButton value={s.secret}>
          {({ copied, copy }) => (
            <Button size="xs" variant="subtle" onClick={copy}>
              {copied ? t('twoFactor.copied') : t('twoFactor.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <CodeForm
        id="two-factor-confirm"
        submitLabel={t('twoFactor.confirm')}
        loading={confirming}
        onCode={async (code) => {
          const { data } = await confirm({ variables: { code } });
          setCodes(data?.confirmTwoFactorSetup ?? []);
        }}
      />
    </Stack>
  );
}

/** Profile → Security: whether two-factor sign-in is on; set it up, renew the recovery codes, turn it off. */
export function TwoFactorSection() {
  const { t } = useTranslation('security');
  const user = useCurrentUser();
  const status = user.twoFactor;
  const refetchMe = { refetchQueries: [{ query: MeDocument }], awaitRefetchQueries: true };
  const [regenerate, { loading: regenerating }] = useMutation(RegenerateRecoveryCodesDocument, refetchMe);
  const [disable, { loading: disabling }] = useMutation(DisableTwoFactorDocument, refetchMe);
  const [settingUp, setSettingUp] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [note, setNote] = useState<string | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="two-factor-heading">
      <Title order={3} size="h4" id="two-factor-heading">
        {t('twoFactor.heading')}
      </Title>
      <Text size="sm">{t('twoFactor.help')}</Text>
      <Text size="sm" fw={600} role="status">
        {status?.enabled ? t('twoFactor.on', { count: status.recoveryCodesLeft }) : t('twoFactor.off')}
        {status?.required ? ` ${t('twoFactor.required')}` : ''}
      </Text>
      {note ? (
        <Text size="sm" c="teal" role="status">
          {note}
        </Text>
      ) : null}
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      ) : status?.enabled ? (
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm">{t('twoFactor.renewHelp')}</Text>
            <CodeForm
              id="two-factor-renew"
              submitLabel={t('twoFactor.renew')}
              loading={regenerating}
              onCode={async (code) => {
                const { data } = await regenerate({ variables: { code } });
                setCodes(data?.regenerateRecoveryCodes ?? []);
              }}
            />
          </Stack>
          {status.required ? null : (
            <Stack gap={4}>
              <Text size="sm">{t('twoFactor.turnOffHelp')}</Text>
              <CodeForm
                id="two-factor-off"
                submitLabel={t('twoFactor.turnOff')}
                recovery
                color="red"
                loading={disabling}
                onCode={async (code) => {
                  await disable({ variables: { code } });
                  setNote(t('twoFactor.turnedOff'));
                }}
              />
            </Stack>
          )}
        </Stack>
      ) : settingUp ? (
        <TwoFactorSetupThenRefresh
          onDone={() => {
            setSettingUp(false);
            setNote(t('twoFactor.turnedOn'));
          }}
        />
      ) : (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => setSettingUp(true)}>
          {t('twoFactor.setUp')}
        </Button>
      )}
    </Stack>
  );
}

/** The set-up, then `me` read again (its two-factor status changed) once the recovery codes are kept. */
export function TwoFactorSetupThenRefresh({ onDone }: { onDone: () => void }) {
  const client = useApolloClient();
  const [refetching, setRefetching] = useState(false);
  return (
    <TwoFactorSetup
      onDone={() => {
        if (refetching) return;
        setRefetching(true);
        void client
          .refetchQueries({ include: [MeDocument] })
          .catch(() => undefined)
          .finally(onDone);
      }}
    />
  );
}
