import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { LoginDocument } from '../auth/useLogin';
import { MeDocument } from '../auth/useMe';
import { BeginTwoFactorSetupDocument, ConfirmTwoFactorSetupDocument, DisableTwoFactorDocument } from './TwoFactor';

const PAGE = { timeout: 5000 };
const CODES = [
  'abcd-efgh',
  'jkmn-pqrs',
  'tuvw-xyz2',
  '3456-789a',
  'bcde-fghj',
  'kmnp-qrst',
  'uvwx-yz23',
  '4567-89ab',
  'cdef-ghjk',
  'mnpq-rstu',
];
const status = (enabled: boolean, required = false, recoveryCodesLeft = enabled ? 10 : 0) => ({
  __typename: 'TwoFactorStatus' as const,
  enabled,
  required,
  recoveryCodesLeft,
});
const refused = (reason: ErrorReason, code = ErrorCode.BAD_USER_INPUT) => ({
  errors: [new GraphQLError('server text, never shown', { extensions: { code, reason, field: 'code' } })],
});
const begin: MockLink.MockedResponse = {
  request: { query: BeginTwoFactorSetupDocument },
  result: {
    data: {
      __typename: 'Mutation',
      beginTwoFactorSetup: {
        __typename: 'TwoFactorSetup',
        secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/Rafiq:youssef@example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Rafiq',
        qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      },
    },
  },
};

describe('two-factor sign-in', () => {
  it('is set up from the profile: QR code and key, a wrong code is refused, then the recovery codes, then "on"', async () => {
    renderApp({
      route: '/profile',
      mocks: [
        meMock({ twoFactor: status(false) }),
        begin,
        { request: { query: ConfirmTwoFactorSetupDocument, variables: { code: '111111' } }, result: refused(ErrorReason.INVALID_CODE) },
        {
          request: { query: ConfirmTwoFactorSetupDocument, variables: { code: '123456' } },
          result: { data: { __typename: 'Mutation', confirmTwoFactorSetup: CODES } },
        },
        meMock({ twoFactor: status(true) }),
      ],
    });
    const section = await screen.findByRole('region', { name: 'Two-factor sign-in' }, PAGE);
    expect(within(section).getByText('Off.')).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Set up two-factor sign-in' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Show the code to scan' }));
    expect(await within(section).findByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeInTheDocument();
    expect(within(section).getByLabelText('Key to type into the app')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    const code = within(section).getByRole('textbox', { name: 'Code' });
    fireEvent.click(within(section).getByRole('button', { name: 'Turn on' }));
    expect(await within(section).findByText('Enter the code.')).toBeInTheDocument();
    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Turn on' }));
    expect(await within(section).findByText(/This code is not right/)).toBeInTheDocument();
    expect(screen.queryByText(/server text/)).not.toBeInTheDocument();

    fireEvent.change(within(section).getByRole('textbox', { name: 'Code' }), { target: { value: '123456' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Turn on' }));
    const list = await within(section).findByRole('list', { name: 'Your recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES);
    expect(within(section).getByRole('button', { name: 'Download the codes' })).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'I have kept them' }));
    expect(await within(section).findByText('On. Recovery codes left: 10.')).toBeInTheDocument();
    expect(within(section).getByText(/Two-factor sign-in is on/)).toBeInTheDocument();
  });

  it('is not offered to turn off where it is required', async () => {
    renderApp({ route: '/profile', mocks: [meMock({ twoFactor: status(true, true, 10) })] });
    const section = await screen.findByRole('region', { name: 'Two-factor sign-in' }, PAGE);
    expect(within(section).getByText('On. Recovery codes left: 10. Required for your role.')).toBeInTheDocument();
    expect(within(section).getByRole('form', { name: 'New recovery codes' })).toBeInTheDocument();
    expect(within(section).queryByRole('form', { name: 'Turn off' })).not.toBeInTheDocument();
  });

  it('is turned off with a code where it is optional; a wrong code is explained in French', async () => {
    renderApp({
      route: '/profile?lang=fr',
      mocks: [
        meMock({ twoFactor: status(true, false, 3) }),
        { request: { query: DisableTwoFactorDocument, variables: { code: '000000' } }, result: refused(ErrorReason.INVALID_CODE) },
      ],
    });
    const section = await screen.findByRole('region', { name: 'Connexion en deux étapes' }, PAGE);
    expect(within(section).getByText('Activée. Codes de secours restants : 3.')).toBeInTheDocument();
    const off = within(section).getByRole('form', { name: 'Désactiver' });
    fireEvent.change(within(off).getByRole('textbox', { name: 'Code' }), { target: { value: '000000' } });
    fireEvent.click(within(off).getByRole('button', { name: 'Désactiver' }));
    expect(await within(off).findByText(/Ce code n’est pas correct/)).toBeInTheDocument();
  });

  it('where required and not on, the app is only the set-up page (in Arabic, right to left)', async () => {
    renderApp({ route: '/?lang=ar', mocks: [meMock({ role: 'COACH', twoFactor: status(false, true) }), begin] });
    expect(await screen.findByRole('heading', { level: 1, name: 'فعّل تسجيل الدخول بخطوتين' }, PAGE)).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'إظهار الرمز للمسح' }, PAGE)); // the set-up is loaded on demand
    expect(await screen.findByRole('img', { name: 'رمز QR للمسح بتطبيق المصادقة' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تسجيل الخروج' })).toBeInTheDocument();
  });

  it('asks for the code at sign-in when the account has it, and explains a wrong one', async () => {
    const fail = (reason: ErrorReason, variables: Record<string, string>): MockLink.MockedResponse => ({
      request: { query: LoginDocument, variables },
      result: refused(reason, ErrorCode.UNAUTHENTICATED),
    });
    const creds = { email: 'youssef@example.org', password: 'correct horse battery' };
    renderApp({
      route: '/login',
      mocks: [
        { request: { query: MeDocument }, result: { data: { __typename: 'Query', me: null } } },
        fail(ErrorReason.TWO_FACTOR_REQUIRED, creds),
        fail(ErrorReason.INVALID_CODE, { ...creds, code: '999999' }),
      ],
    });
    fireEvent.change(await screen.findByLabelText('Email address', { exact: false }, PAGE), { target: { value: creds.email } });
    fireEvent.change(screen.getByLabelText('Password', { exact: false }), { target: { value: creds.password } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const code = await screen.findByRole('textbox', { name: 'Code from your authenticator app' });
    await waitFor(() => expect(code).toHaveFocus());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.change(code, { target: { value: '999999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the code' }));
    expect(await screen.findByText(/This code is not right, or it was already used/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Use another account' }));
    expect(screen.queryByRole('textbox', { name: 'Code from your authenticator app' })).not.toBeInTheDocument();
  });
});
