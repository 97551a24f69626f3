import { Role } from '@rafiq/shared';
import DataLoader from 'dataloader';
import { DataSource, In, Not } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { DiagnosticAnswer } from './diagnostic-answer.entity';
import { DiagnosticEvidenceFile } from './diagnostic-evidence-file.entity';
import { DiagnosticGrid } from './diagnostic-grid.entity';
import { Diagnostic } from './diagnostic.entity';
import { DiagnosticStatus } from './diagnostic.types';

const NO_ORG = '00000000-0000-0000-0000-000000000000';

/**
 * Per-request loaders for diagnostics, scoped to the caller's organisation. They follow records the
 * caller was already allowed to read (a cooperative, a venture, a diagnostic); an entrepreneur
 * only gets final diagnostics.
 */
export function createDiagnosticLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? NO_ORG;
  const statuses = () => (auth.actor?.role === Role.ENTREPRENEUR ? In([DiagnosticStatus.FINAL]) : Not(DiagnosticStatus.SUPERSEDED));
  const bySubject = (column: 'cooperativeId' | 'ventureId') =>
    new DataLoader<string, Diagnostic[]>(async (ids) => {
      const rows = await dataSource.getRepository(Diagnostic).find({
        where: { [column]: In([...ids]), organizationId: org(), status: statuses() },
        order: { conductedOn: 'DESC', createdAt: 'DESC' },
      });
      const map = new Map<string, Diagnostic[]>(ids.map((id) => [id, []]));
      for (const r of rows) map.get(r[column]!)?.push(r);
      return ids.map((id) => map.get(id) ?? []);
    });
  return {
    diagnosticGrids: new DataLoader<string, DiagnosticGrid | null>(async (ids) => {
      const rows = await dataSource.getRepository(DiagnosticGrid).find({ where: { id: In([...ids]), organizationId: org() } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    diagnosticGridInUse: new DataLoader<string, boolean>(async (ids) => {
      const rows = await dataSource
        .getRepository(Diagnostic)
        .createQueryBuilder('d')
        .select('DISTINCT d.grid_id', 'gridId')
        .where('d.organization_id = :org AND d.grid_id IN (:...ids)', { org: org(), ids })
        .getRawMany<{ gridId: string }>();
      const used = new Set(rows.map((r) => r.gridId));
      return ids.map((id) => used.has(id));
    }),
    diagnosticAnswers: new DataLoader<string, DiagnosticAnswer[]>(async (ids) => {
      const rows = await dataSource.getRepository(DiagnosticAnswer).find({ where: { diagnosticId: In([...ids]), organizationId: org() } });
      const map = new Map<string, DiagnosticAnswer[]>(ids.map((id) => [id, []]));
      for (const r of rows) map.get(r.diagnosticId)?.push(r);
      return ids.map((id) => map.get(id) ?? []);
    }),
    diagnosticEvidenceFiles: new DataLoader<string, DiagnosticEvidenceFile[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(DiagnosticEvidenceFile)
        .find({ where: { diagnosticId: In([...ids]), organizationId: org() }, order: { createdAt: 'ASC', id: 'ASC' } });
      const map = new Map<string, DiagnosticEvidenceFile[]>(ids.map((id) => [id, []]));
      for (const r of rows) map.get(r.diagnosticId)?.push(r);
      return ids.map((id) => map.get(id) ?? []);
    }),
    diagnosticsByCooperative: bySubject('cooperativeId'),
    diagnosticsByVenture: bySubject('ventureId'),
  };
}
