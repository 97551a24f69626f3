import { fireEvent, screen } from '@testing-library/react';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { AuditLogDocument, AuditVerificationDocument } from './queries';

const LOAD = { timeout: 5000 };

const entry = (seq: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'AuditEntry' as const,
  seq,
  occurredAt: '2026-11-20T09:30:00.000Z',
  actorRole: 'PROGRAM_LEAD',
  ip: '10.0.0.7',
  action: 'UPDATE',
  entity: 'person',
  entityId: 'p-1',
  subjectType: 'person',
  subjectId: 'p-1',
  actor: { __typename: 'User' as const, id: 'u-lead', displayName: 'Youssef Benali' },
  changes: [{ __typename: 'AuditChange' as const, field: 'phone', before: '…01', after: '…99' }],
  ...overrides,
});

const page = (edges: ReturnType<typeof entry>[], hasNextPage = false) => ({
  auditLog: {
    __typename: 'AuditEntryConnection',
    totalCount: edges.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.seq ?? null },
    edges: edges.map((node) => ({ __typename: 'AuditEntryEdge', cursor: node.seq, node })),
  },
});

describe('audit trail screen', () => {
  it('shows who changed what (masked), whether the seals hold, and filters by action', async () => {
    const verification = {
      request: { query: AuditVerificationDocument },
      result: {
        data: { auditVerification: { __typename: 'AuditVerificationResult', ok: true, seals: 4, rowsSealed: 120, brokenSealId: null } },
      },
    };
    const all = {
      request: { query: AuditLogDocument, variables: { filter: {}, first: 50 } },
      result: { data: page([entry('12'), entry('11', { action: 'REVEAL_NATIONAL_ID', changes: [], actor: null, actorRole: 'SYSTEM' })]) },
    };
    const reveals = {
      request: { query: AuditLogDocument, variables: { filter: { action: 'REVEAL_NATIONAL_ID' }, first: 50 } },
      result: { data: page([entry('11', { action: 'REVEAL_NATIONAL_ID', changes: [] })]) },
    };
    renderApp({ route: '/audit?lang=fr', mocks: [meMock({ role: 'ADMIN', locale: 'FR' }), verification, all, reveals] });
    expect(await screen.findByText('Le journal d’audit est intact', undefined, LOAD)).toBeInTheDocument();
    expect(
      await screen.findByText('Par Youssef Benali (responsable de programme) · 10.0.0.7 · sur une personne', undefined, LOAD),
    ).toBeInTheDocument();
    expect(screen.getByText('Téléphone')).toBeInTheDocument();
    expect(screen.getByText('…99')).toBeInTheDocument();
    expect(screen.getByText('Le système (tâche automatique ou ligne de commande) · 10.0.0.7 · sur une personne')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'REVEAL_NATIONAL_ID' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('1 entrées', undefined, LOAD)).toBeInTheDocument();
  });

  it('is not in a coach’s navigation and its route is closed to coaches', async () => {
    renderApp({ route: '/audit?lang=en', mocks: [meMock({ role: 'COACH', locale: 'EN' })] });
    expect(await screen.findByRole('heading', { name: 'Not available' }, LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Audit trail' })).not.toBeInTheDocument();
  });
});
