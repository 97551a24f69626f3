import type { MockLink } from '@apollo/client/testing';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ComplaintItem_ComplaintFragment } from '../../gql/graphql';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { ComplaintDocument, ComplaintsDocument, DecideComplaintDocument, SatisfactionDocument } from './queries';

const PAGE_LOAD = { timeout: 5000 };

function complaint(overrides: Partial<ComplaintItem_ComplaintFragment> = {}): ComplaintItem_ComplaintFragment {
  return {
    __typename: 'Complaint',
    id: 'c-1',
    version: 3,
    category: 'COACHING_QUALITY',
    channel: 'PHONE',
    status: 'IN_REVIEW',
    anonymous: false,
    sensitive: false,
    overdue: false,
    description: 'La coach n’est pas venue.',
    createdAt: '2026-11-02T09:00:00.000Z',
    dueAt: '2026-11-16T09:00:00.000Z',
    decision: null,
    decidedAt: null,
    firstStatus: 'RESOLVED',
    firstDecision: 'Une nouvelle séance est fixée.',
    appealReason: 'La date ne me convient pas.',
    appealedAt: '2026-11-10T09:00:00.000Z',
    canAppeal: false,
    escalationLevel: 0,
    person: { __typename: 'Person', id: 'p-1', firstName: 'Amina', lastName: 'Ait Baha' },
    session: null,
    assignee: { __typename: 'User', id: 'u-nadia', displayName: 'Nadia Alaoui' },
    program: null,
    attachments: [{ __typename: 'ComplaintAttachment', id: 'a-1', fileName: 'recu.pdf', contentType: 'application/pdf', sizeBytes: 1200 }],
    ...overrides,
  };
}

const complaintMock = (c: ComplaintItem_ComplaintFragment, usage = 1): MockLink.MockedResponse => ({
  request: { query: ComplaintDocument, variables: { id: c.id } },
  result: { data: { __typename: 'Query', complaint: c } },
  maxUsageCount: usage,
});

const page = (items: ComplaintItem_ComplaintFragment[], total: number, endCursor: string | null) => ({
  data: {
    __typename: 'Query',
    complaints: {
      __typename: 'ComplaintConnection',
      totalCount: total,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      edges: items.map((node) => ({ __typename: 'ComplaintEdge', node })),
    },
  },
});

const satisfactionMock: MockLink.MockedResponse = {
  request: { query: SatisfactionDocument },
  result: {
    data: {
      __typename: 'Query',
      satisfaction: { __typename: 'Satisfaction', ratings: 0, average: null, distribution: [0, 0, 0, 0, 0], byCoach: [], byProgram: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function decideForm() {
  await screen.findByRole('heading', { level: 1, name: 'Complaint: Coaching quality' }, PAGE_LOAD);
  fireEvent.click(screen.getByRole('combobox', { name: /^Decision/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Resolved' }));
  return screen.getByRole('textbox', { name: /^Written decision/ });
}

describe('a complaint’s own page', () => {
  it('shows the complaint, its attachments and its history', async () => {
    renderApp({ route: '/complaints/c-1?lang=en', mocks: [meMock(), complaintMock(complaint())] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Complaint: Coaching quality' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByText('La coach n’est pas venue.')).toBeInTheDocument();
    expect(screen.getByText('From Amina Ait Baha (by phone)')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Attachments' })).getByRole('link', { name: 'recu.pdf' })).toHaveAttribute(
      'href',
      '/api/complaints/attachments/a-1',
    );
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('Assigned to Nadia Alaoui')).toBeInTheDocument();
    expect(within(history).getByText('First decision: Resolved')).toBeInTheDocument();
    expect(within(history).getByText('La date ne me convient pas.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to complaints' })).toHaveAttribute('href', '/complaints');
  });

  it('shows the not-found state when the server answers NOT_FOUND', async () => {
    renderApp({
      route: '/complaints/c-9?lang=en',
      mocks: [
        meMock(),
        {
          request: { query: ComplaintDocument, variables: { id: 'c-9' } },
          result: { errors: [new GraphQLError('not found', { extensions: { code: ErrorCode.NOT_FOUND } })] },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This complaint does not exist, or you may not see it.' }, PAGE_LOAD),
    ).toBeInTheDocument();
  });

  it('names the field of a decision that is missing or refused, in the user’s language', async () => {
    let sent = 0;
    renderApp({
      route: '/complaints/c-1?lang=en',
      mocks: [
        meMock(),
        complaintMock(complaint()),
        {
          request: {
            query: DecideComplaintDocument,
            variables: (v) => {
              sent += 1;
              return (v['input'] as { decision: string }).decision === 'x'.repeat(20);
            },
          },
          result: {
            errors: [
              new GraphQLError('too long', {
                extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.decision', reason: ErrorReason.TOO_LONG },
              }),
            ],
          },
        },
      ],
    });
    const decision = await decideForm();
    fireEvent.click(screen.getByRole('button', { name: 'Send the decision' }));
    await waitFor(() => expect(decision).toHaveAccessibleDescription(expect.stringContaining('This field is required.')));
    expect(sent).toBe(0);

    fireEvent.change(decision, { target: { value: 'x'.repeat(20) } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the decision' }));
    await waitFor(() => expect(decision).toHaveAccessibleDescription(expect.stringContaining('This value is too long.')));
    expect(sent).toBe(1);
  });

  it('opens the conflict dialog when someone else changed it, and reloads it', async () => {
    let reloaded = false;
    renderApp({
      route: '/complaints/c-1?lang=en',
      mocks: [
        meMock(),
        complaintMock(complaint()),
        {
          request: { query: ComplaintDocument, variables: { id: 'c-1' } },
          result: () => {
            reloaded = true;
            return { data: { __typename: 'Query', complaint: complaint({ version: 4, status: 'RESOLVED', decision: 'Déjà traitée.' }) } };
          },
        },
        {
          request: {
            query: DecideComplaintDocument,
            variables: { input: { id: 'c-1', version: 3, status: 'RESOLVED', decision: 'Vu avec elle.' } },
          },
          result: {
            errors: [new GraphQLError('changed', { extensions: { code: ErrorCode.CONFLICT, reason: ErrorReason.STALE_VERSION } })],
          },
        },
      ],
    });
    const decision = await decideForm();
    fireEvent.change(decision, { target: { value: 'Vu avec elle.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(reloaded).toBe(true));
    expect(await screen.findByText('Déjà traitée.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Someone else changed this record' })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Send the decision' })).not.toBeInTheDocument();
  });
});

describe('the complaints list', () => {
  it('sends the chosen filters, links each title to its page and loads the next page', async () => {
    const seen: unknown[] = [];
    const first = complaint({ id: 'c-1', status: 'REJECTED', description: 'Première' });
    const second = complaint({ id: 'c-2', status: 'REJECTED', description: 'Seconde' });
    renderApp({
      route: '/complaints?lang=en',
      mocks: [
        meMock(),
        satisfactionMock,
        {
          request: { query: ComplaintsDocument, variables: { filter: { open: true }, first: 25 } },
          result: page([], 0, null),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: ComplaintsDocument, variables: { filter: { status: 'REJECTED' }, first: 25 } },
          result: page([], 0, null),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: {
            query: ComplaintsDocument,
            variables: (v) => {
              seen.push(v);
              return JSON.stringify(v) === JSON.stringify({ filter: { status: 'REJECTED', category: 'COACHING_QUALITY' }, first: 25 });
            },
          },
          result: page([first], 2, 'cursor-1'),
        },
        {
          request: {
            query: ComplaintsDocument,
            variables: { filter: { status: 'REJECTED', category: 'COACHING_QUALITY' }, first: 25, after: 'cursor-1' },
          },
          result: page([second], 2, null),
        },
      ],
    });
    fireEvent.click(await screen.findByRole('combobox', { name: 'Status' }, PAGE_LOAD));
    fireEvent.click(await screen.findByRole('option', { name: 'Rejected' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Category' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Coaching quality' }));

    expect(await screen.findByText('Première')).toBeInTheDocument();
    expect(seen).toContainEqual({ filter: { status: 'REJECTED', category: 'COACHING_QUALITY' }, first: 25 });
    expect(screen.getByRole('link', { name: 'Coaching quality' })).toHaveAttribute('href', '/complaints/c-1');
    expect(screen.getByText('Showing 1 of 2')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Seconde')).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
