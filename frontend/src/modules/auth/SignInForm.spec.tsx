import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { LoginDocument } from './useLogin';
import { MeDocument } from './useMe';

const signedOut = { request: { query: MeDocument }, result: { data: { __typename: 'Query' as const, me: null } } };

function loginFails(extensions: Record<string, unknown>, email = 'amina@example.org', password = 'wrong-password') {
  return {
    request: { query: LoginDocument, variables: { email, password } },
    result: { errors: [new GraphQLError('Wrong e-mail or password (server text, never shown)', { extensions })] },
  };
}

async function submit(email: string, password: string, { emailLabel, passwordLabel, button }: Record<string, string>) {
  fireEvent.change(await screen.findByLabelText(emailLabel, { exact: false }), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(passwordLabel, { exact: false }), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: button }));
}

describe('SignInForm', () => {
  it('shows the translated invalid-credentials message, not the server text', async () => {
    renderApp({
      route: '/login',
      mocks: [signedOut, loginFails({ code: ErrorCode.UNAUTHENTICATED, reason: ErrorReason.INVALID_CREDENTIALS })],
    });
    await submit('amina@example.org', 'wrong-password', { emailLabel: 'Email address', passwordLabel: 'Password', button: 'Sign in' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email address or password is incorrect.');
    expect(screen.queryByText(/server text/)).not.toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('speaks Arabic, right to left, with ?lang=ar', async () => {
    renderApp({
      route: '/login?lang=ar',
      mocks: [signedOut, loginFails({ code: ErrorCode.UNAUTHENTICATED, reason: ErrorReason.INVALID_CREDENTIALS })],
    });
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(await screen.findByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');

    await submit('amina@example.org', 'wrong-password', {
      emailLabel: 'البريد الإلكتروني',
      passwordLabel: 'كلمة المرور',
      button: 'تسجيل الدخول',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    expect(window.localStorage.getItem('rafiq.locale')).toBe('ar');
  });

  it('explains throttling in the interface language', async () => {
    renderApp({
      route: '/login?lang=fr',
      mocks: [signedOut, loginFails({ code: ErrorCode.TOO_MANY_REQUESTS, reason: ErrorReason.THROTTLED, retryAfterSeconds: 60 })],
    });
    await submit('amina@example.org', 'wrong-password', { emailLabel: 'Adresse e-mail', passwordLabel: 'Mot de passe', button: 'Se connecter' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Trop de tentatives de connexion');
  });

  it('reports a network failure with a generic message', async () => {
    renderApp({
      route: '/login',
      mocks: [
        signedOut,
        { request: { query: LoginDocument, variables: { email: 'amina@example.org', password: 'secret' } }, error: new Error('Failed to fetch') },
      ],
    });
    await submit('amina@example.org', 'secret', { emailLabel: 'Email address', passwordLabel: 'Password', button: 'Sign in' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in is not possible right now.');
    expect(screen.queryByText(/Failed to fetch/)).not.toBeInTheDocument();
  });

  it('validates the email before sending anything, next to the field', async () => {
    renderApp({ route: '/login', mocks: [signedOut] });
    const button = await screen.findByRole('button', { name: 'Sign in' });

    fireEvent.click(button);
    const email = screen.getByLabelText('Email address', { exact: false });
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter your email address.'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Password', { exact: false })).toHaveAccessibleDescription('Enter your password.');

    fireEvent.change(email, { target: { value: 'not-an-email' } });
    fireEvent.click(button);
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('Enter a valid email address, for example name@example.org.'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
