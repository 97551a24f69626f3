import { ErrorCode } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { ArchiveDiagnosticGridDocument, DiagnosticGridRevisionsDocument, DiagnosticGridsDocument } from './queries';

const PAGE_LOAD = { timeout: 5000 };
const texts = (fr: string, ar: string, en: string) => ({ __typename: 'Texts' as const, fr, ar, en });
const question = (key: string, text: ReturnType<typeof texts>) => ({
  __typename: 'GridQuestion' as const,
  key,
  kind: 'SCALE' as const,
  weight: 2,
  target: null,
  text,
  levels: ['0', '1', '2', '3', '4'].map((n) => texts(`Niveau ${n}`, `المستوى ${n}`, `Level ${n}`)),
  suggestion: texts('Tenir un registre', 'مسك سجل', 'Keep a register'),
});
const grid = (over: { id: string; name: ReturnType<typeof texts>; archivedAt?: string | null; version?: number; revision?: number }) => ({
  __typename: 'DiagnosticGrid' as const,
  revision: 1,
  inUse: false,
  version: 1,
  subjectKind: 'COOPERATIVE' as const,
  archivedAt: null,
  dimensions: [
    {
      __typename: 'GridDimension' as const,
      key: 'gov',
      weight: 1,
      label: texts('Gouvernance', 'الحكامة', 'Governance'),
      questions: [question('q1', texts('Assemblée générale tenue ?', 'هل عقد الجمع العام؟', 'General assembly held?'))],
    },
  ],
  ...over,
});
const COOP = texts('Diagnostic coopérative', 'تشخيص التعاونية', 'Cooperative diagnostic');
const OLD = texts('Ancienne grille', 'الشبكة القديمة', 'Old grid');

function gridsMock(list: ReturnType<typeof grid>[]) {
  return {
    request: { query: DiagnosticGridsDocument, variables: { includeArchived: true } },
    result: { data: { __typename: 'Query' as const, diagnosticGrids: list } },
  };
}

describe('diagnostic grids: archive, restore and revisions', () => {
  it('archives a grid after confirming; a stale version opens the reload dialog; the archived grid is listed apart and restored', async () => {
    const archiveVars: unknown[] = [];
    renderApp({
      route: '/settings?tab=diagnostic-grids',
      mocks: [
        meMock({ role: 'PROGRAM_LEAD' }),
        gridsMock([
          grid({ id: 'g-1', name: COOP, revision: 2, version: 3 }),
          grid({ id: 'g-2', name: OLD, archivedAt: '2026-11-01T10:00:00Z' }),
        ]),
        {
          request: { query: ArchiveDiagnosticGridDocument, variables: { id: 'g-1', version: 3, archived: true } },
          result: { errors: [new GraphQLError('stale', { extensions: { code: ErrorCode.CONFLICT } })] },
        },
        // The reload after the conflict: someone else saved it meanwhile.
        gridsMock([
          grid({ id: 'g-1', name: COOP, revision: 2, version: 4 }),
          grid({ id: 'g-2', name: OLD, archivedAt: '2026-11-01T10:00:00Z' }),
        ]),
        {
          request: {
            query: ArchiveDiagnosticGridDocument,
            variables: (v: Record<string, unknown>) => {
              archiveVars.push(v);
              return v.id === 'g-1' && v.version === 4 && v.archived === true;
            },
          },
          result: {
            data: {
              __typename: 'Mutation' as const,
              archiveDiagnosticGrid: { __typename: 'DiagnosticGrid' as const, id: 'g-1', version: 5, archivedAt: '2026-12-05T10:00:00Z' },
            },
          },
        },
        gridsMock([
          grid({ id: 'g-1', name: COOP, revision: 2, version: 5, archivedAt: '2026-12-05T10:00:00Z' }),
          grid({ id: 'g-2', name: OLD, archivedAt: '2026-11-01T10:00:00Z' }),
        ]),
        {
          request: { query: ArchiveDiagnosticGridDocument, variables: { id: 'g-2', version: 1, archived: false } },
          result: {
            data: {
              __typename: 'Mutation' as const,
              archiveDiagnosticGrid: { __typename: 'DiagnosticGrid' as const, id: 'g-2', version: 2, archivedAt: null },
            },
          },
        },
        gridsMock([
          grid({ id: 'g-1', name: COOP, revision: 2, version: 5, archivedAt: '2026-12-05T10:00:00Z' }),
          grid({ id: 'g-2', name: OLD, version: 2 }),
        ]),
      ],
    });
    const active = await screen.findByRole('list', { name: 'Diagnostic grids' }, PAGE_LOAD);
    await within(active).findByText('Cooperative diagnostic');
    const archived = screen.getByRole('list', { name: 'Archived grids' });
    expect(within(archived).getByText('Old grid')).toBeInTheDocument();
    expect(within(archived).queryByRole('button', { name: 'Edit Old grid' })).not.toBeInTheDocument();

    // Archive: a confirmation first; cancelling it changes nothing.
    fireEvent.click(within(active).getByRole('button', { name: 'Archive Cooperative diagnostic' }));
    let dialog = await screen.findByRole('dialog', { name: 'Archive Cooperative diagnostic?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    fireEvent.click(within(active).getByRole('button', { name: 'Archive Cooperative diagnostic' }));
    dialog = await screen.findByRole('dialog', { name: 'Archive Cooperative diagnostic?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    const conflict = await screen.findByRole('dialog', { name: /changed|modifié/i });
    fireEvent.click(within(conflict).getByRole('button', { name: /Reload/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // Again with the version just read.
    fireEvent.click(screen.getByRole('button', { name: 'Archive Cooperative diagnostic' }));
    dialog = await screen.findByRole('dialog', { name: 'Archive Cooperative diagnostic?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Cooperative diagnostic archived.');
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Archived grids' })).getByText('Cooperative diagnostic')).toBeInTheDocument(),
    );
    expect(archiveVars).toContainEqual({ id: 'g-1', version: 4, archived: true });

    // Restore the old grid.
    fireEvent.click(screen.getByRole('button', { name: 'Restore Old grid' }));
    dialog = await screen.findByRole('dialog', { name: 'Restore Old grid?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Old grid restored.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Diagnostic grids' })).getByText('Old grid')).toBeInTheDocument());
  });

  it('shows the revisions of a grid read-only, newest first, in Arabic', async () => {
    const rev = (id: string, revision: number, isCurrent: boolean, q: string) => ({
      __typename: 'DiagnosticGrid' as const,
      id,
      revision,
      isCurrent,
      inUse: true,
      createdAt: `2026-0${revision}-10T09:00:00Z`,
      subjectKind: 'COOPERATIVE' as const,
      name: COOP,
      dimensions: [
        {
          __typename: 'GridDimension' as const,
          key: 'gov',
          weight: 1,
          label: texts('Gouvernance', 'الحكامة', 'Governance'),
          questions: [question('q1', texts(q, q, q))],
        },
      ],
    });
    renderApp({
      route: '/settings?tab=diagnostic-grids&lang=ar',
      mocks: [
        meMock({ role: 'ADMIN', locale: 'AR' }),
        gridsMock([grid({ id: 'g-2b', name: COOP, revision: 2, version: 1 })]),
        {
          request: { query: DiagnosticGridRevisionsDocument, variables: { id: 'g-2b' } },
          result: {
            data: {
              __typename: 'Query' as const,
              diagnosticGrid: {
                __typename: 'DiagnosticGrid' as const,
                id: 'g-2b',
                revisions: [rev('g-2b', 2, true, 'سؤال جديد'), rev('g-1b', 1, false, 'سؤال قديم')],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'مراجعات تشخيص التعاونية' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'مراجعات تشخيص التعاونية' });
    const controls = await within(dialog).findAllByRole('button', { name: /المراجعة/ });
    expect(controls.map((c) => c.textContent)).toEqual([expect.stringMatching(/المراجعة 2.*الحالية/), expect.stringMatching(/المراجعة 1/)]);
    // The newest is open; the older one opens on demand. Nothing can be edited.
    expect(within(dialog).getByText('سؤال جديد')).toBeVisible();
    fireEvent.click(controls[1]);
    expect(await within(dialog).findByText('سؤال قديم')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(dialog).getAllByRole('columnheader', { name: 'السؤال' }).length).toBeGreaterThan(0);
  });
});
