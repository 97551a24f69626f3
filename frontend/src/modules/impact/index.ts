export { ImpactDashboard } from './ImpactDashboard';
export { seesImpact } from './permissions';
