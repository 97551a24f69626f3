export { ComplaintsPage } from './ComplaintsPage';
export { MyVoice } from './MyVoice';
