import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderApp } from '../../test/renderApp';
import { MeDocument } from '../auth/useMe';
import { ResetPasswordDocument } from './ResetPasswordForm';

const signedOut = { request: { query: MeDocument }, result: { data: { __typename: 'Query' as const, me: null } } };
const PASSWORD = 'a long new passphrase';

function fill(
  password: string,
  confirm = password,
  labels = { password: 'New password', confirm: 'New password again', submit: 'Set the password' },
) {
  const exactly = (label: string) => new RegExp(`^${label}\\s*\\*?$`);
  fireEvent.change(screen.getByLabelText(exactly(labels.password)), { target: { value: password } });
  fireEvent.change(screen.getByLabelText(exactly(labels.confirm)), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: labels.submit }));
}

describe('reset password page', () => {
  it('sets a new password with the token from the link, then offers to sign in', async () => {
    renderApp({
      route: '/reset-password#token=tok-123',
      mocks: [
        signedOut,
        {
          request: { query: ResetPasswordDocument, variables: { token: 'tok-123', newPassword: PASSWORD } },
          result: { data: { __typename: 'Mutation', resetPassword: true } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    fill(PASSWORD, 'something else');
    expect(await screen.findByText('The two new passwords are not the same.')).toBeInTheDocument();
    fill(PASSWORD);
    expect(await screen.findByRole('status')).toHaveTextContent('Your new password is set.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });

  it('explains a used or expired link, in Arabic', async () => {
    renderApp({
      route: '/reset-password?lang=ar#token=used',
      mocks: [
        signedOut,
        {
          request: { query: ResetPasswordDocument, variables: { token: 'used', newPassword: PASSWORD } },
          result: {
            errors: [
              new GraphQLError('server text', {
                extensions: { code: ErrorCode.BAD_USER_INPUT, reason: ErrorReason.INVALID_CODE, field: 'token' },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'اختر كلمة مرور جديدة' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    fill(PASSWORD, PASSWORD, { password: 'كلمة المرور الجديدة', confirm: 'أعد كتابة كلمة المرور الجديدة', submit: 'حفظ كلمة المرور' });
    expect(await screen.findByRole('alert')).toHaveTextContent('هذا الرابط خاطئ أو منتهي الصلاحية أو سبق استعماله.');
  });

  it('without a token says the link is wrong and sends nothing', async () => {
    renderApp({ route: '/reset-password', mocks: [signedOut] });
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is wrong, expired or already used.');
    expect(screen.getByRole('button', { name: 'Set the password' })).toBeDisabled();
  });
});
