export { ComplaintsPage } from './ComplaintsPage';
export { MyVoice } from './MyVoice';
export { ComplaintDetails } from './ComplaintDetails';
export { ComplaintDocument } from './queries';
