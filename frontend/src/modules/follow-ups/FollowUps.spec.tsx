import { fireEvent, screen, within } from '@testing-library/react';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { alertLink } from './AlertsPanel';
import { FollowUpRatesDocument, FollowUpsDocument, HomeAlertsDocument, RecordFollowUpDocument } from './queries';
import { followUpInput } from './RecordFollowUpModal';

const LOAD = { timeout: 5000 };

const followUp = {
  __typename: 'FollowUp' as const,
  id: 'f-1',
  months: 6,
  dueOn: '2026-01-10',
  status: 'DUE' as const,
  overdue: true,
  stillOperating: null,
  revenue: null,
  jobsTotal: null,
  jobsWomen: null,
  jobsYouth: null,
  note: null,
  recordedAt: null,
  version: 3,
  person: {
    __typename: 'Person' as const,
    id: 'p-1',
    firstName: 'Hasna',
    lastName: 'Ait Baha',
    firstNameAr: 'حسناء',
    lastNameAr: 'آيت باها',
  },
  program: { __typename: 'Program' as const, id: 'pr-1', name: 'Accompagnement des coopératives' },
  coach: { __typename: 'User' as const, id: 'u-1', displayName: 'Coach Amina' },
};

describe('follow-ups', () => {
  it('sends no revenue or jobs for an activity that stopped', () => {
    const values = { stillOperating: 'no' as const, revenue: 1200, jobsTotal: 2, jobsWomen: 1, jobsYouth: '', note: ' fermé ' };
    expect(followUpInput(followUp, values)).toEqual({
      id: 'f-1',
      version: 3,
      stillOperating: false,
      revenue: null,
      jobsTotal: null,
      jobsWomen: null,
      jobsYouth: null,
      note: 'fermé',
    });
    expect(followUpInput(followUp, { ...values, stillOperating: 'yes' })).toMatchObject({
      stillOperating: true,
      revenue: 1200,
      jobsTotal: 2,
      jobsWomen: 1,
      jobsYouth: null,
    });
  });

  it('lists the follow-ups due with the survival rates, and records one', async () => {
    const rates = {
      request: { query: FollowUpRatesDocument, variables: {} },
      result: {
        data: {
          followUpRates: [
            { __typename: 'FollowUpRate', months: 6, due: 1, overdue: 1, recorded: 4, stillOperating: 3, survivalRate: 0.75 },
            { __typename: 'FollowUpRate', months: 12, due: 0, overdue: 0, recorded: 0, stillOperating: 0, survivalRate: null },
          ],
        },
      },
    };
    const list = {
      request: { query: FollowUpsDocument, variables: { filter: { status: 'DUE' }, first: 50 } },
      result: {
        data: {
          followUps: {
            __typename: 'FollowUpConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [{ __typename: 'FollowUpEdge', node: followUp }],
          },
        },
      },
    };
    const recorded = {
      ...followUp,
      status: 'DONE' as const,
      overdue: false,
      stillOperating: true,
      revenue: 2500,
      jobsTotal: 2,
      jobsWomen: 2,
      recordedAt: '2026-11-22T10:00:00Z',
      version: 4,
    };
    const record = {
      request: {
        query: RecordFollowUpDocument,
        variables: {
          input: { id: 'f-1', version: 3, stillOperating: true, revenue: 2500, jobsTotal: 2, jobsWomen: 2, jobsYouth: null, note: null },
        },
      },
      result: { data: { recordFollowUp: recorded } },
    };
    renderApp({
      route: '/follow-ups?lang=en',
      mocks: [
        meMock({ role: 'COACH', locale: 'EN' }),
        rates,
        list,
        record,
        { ...list, result: { data: { followUps: { ...list.result.data.followUps, totalCount: 0, edges: [] } } } },
      ],
    });
    expect(await screen.findByText('75%', undefined, LOAD)).toBeInTheDocument();
    expect(await screen.findByText('Late', undefined, LOAD)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Record the 6-month follow-up of Hasna Ait Baha' }));
    const dialog = await screen.findByRole('dialog', undefined, LOAD);
    // Nothing chosen: the question is required.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the follow-up' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/required/i);
    fireEvent.click(within(dialog).getByText('Yes, it operates'));
    fireEvent.change(within(dialog).getByLabelText('Monthly sales (dirhams)'), { target: { value: '2500' } });
    fireEvent.change(within(dialog).getByLabelText('Jobs in all'), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByLabelText('of which women'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the follow-up' }));
    expect(await within(dialog).findByText('Cannot be more than the jobs in all.')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('of which women'), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the follow-up' }));
    expect(await screen.findByText('Follow-up of Hasna Ait Baha saved.', undefined, LOAD)).toBeInTheDocument();
  });

  it('shows the home alerts in Arabic with a link to what each is about', async () => {
    const alerts = {
      request: { query: HomeAlertsDocument },
      result: {
        data: {
          alerts: [
            {
              __typename: 'Alert',
              kind: 'STALLED_VENTURE',
              ventureId: 'v-1',
              personId: null,
              actionItemId: null,
              followUpId: null,
              label: 'Miel du Souss',
              days: 120,
            },
            {
              __typename: 'Alert',
              kind: 'FOLLOW_UP_DUE',
              ventureId: null,
              personId: 'p-1',
              actionItemId: null,
              followUpId: 'f-1',
              label: 'Hasna Ait Baha',
              days: -3,
            },
          ],
        },
      },
    };
    renderApp({ route: '/?lang=ar', mocks: [meMock({ role: 'ADMIN', locale: 'AR' }), alerts] });
    expect(await screen.findByRole('link', { name: 'Miel du Souss' }, LOAD)).toHaveAttribute('href', '/ventures/v-1');
    expect(screen.getByText('أيام في المرحلة نفسها: 120')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hasna Ait Baha' })).toHaveAttribute('href', '/follow-ups');
    expect(screen.getByText('متابعة بعد التخرج · مستحقة بعد (أيام): 3')).toBeInTheDocument();
    expect(
      alertLink({
        __typename: 'Alert',
        kind: 'NO_RECENT_SESSION',
        ventureId: null,
        personId: 'p-2',
        actionItemId: null,
        followUpId: null,
        label: 'x',
        days: 31,
      }),
    ).toBe('/people/p-2');
  });
});
