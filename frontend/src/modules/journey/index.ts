export { MyJourney } from './MyJourney';
export { MyJourneyDocument } from './useMyJourney';
