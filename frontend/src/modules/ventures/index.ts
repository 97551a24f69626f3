export { VenturesBoard } from './VenturesBoard';
export { VentureDetails } from './VentureDetails';
export { seesBoard } from './permissions';
export { VentureDocument } from './queries';
export { STAGES, groupByStage } from './stages';
export { VentureForm, type VentureOwner } from './VentureForm';
export { VentureOwnerDocument } from './queries';
