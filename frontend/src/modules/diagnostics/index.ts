export { CohortPanel } from './CohortPanel';
export { DiagnosticRunner } from './DiagnosticRunner';
export { DiagnosticsPanel, type DiagnosticSubject } from './DiagnosticsPanel';
export { GridDesigner } from './GridDesigner';
export { ImpactDiagnosticsPanel } from './ImpactDiagnosticsPanel';
export { designsGrids, runsDiagnostics } from './permissions';
export { DiagnosticDocument } from './queries';
export { MyDiagnostics } from './MyDiagnostics';
