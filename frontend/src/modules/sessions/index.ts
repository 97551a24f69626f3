export { AttendanceGrid } from './AttendanceGrid';
export { Agenda } from './Agenda';
export { CalendarFeedPanel } from './CalendarFeedPanel';
export { managesSessions } from './permissions';
export { ScheduleSessionForm } from './ScheduleSessionForm';
export { SessionDetails } from './SessionDetails';
export { SessionDocument } from './sessionsApi';
export { TrainingRecordPanel } from './TrainingRecordPanel';
