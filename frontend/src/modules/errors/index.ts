export { ConflictDialog, type ConflictDialogProps } from './ConflictDialog';
export { apiProblems, hasErrorCode, type ApiProblem } from './graphqlErrors';
export { failureKey, inputProblems, isConflict, isNotFound, type InputProblem } from './inputProblems';
export { translatedInputProps } from './translatedInputProps';
