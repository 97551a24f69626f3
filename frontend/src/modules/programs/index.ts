export { ProgramDetails } from './ProgramDetails';
export { ProgramForm } from './ProgramForm';
export { ProgramsList } from './ProgramsList';
export { createsPrograms, managesProgram, readsPrograms } from './permissions';
export { ProgramOptionsDocument, useProgramOptions, type ProgramOption } from './useProgramOptions';
export { CreateCohortDocument, CreateProgramDocument, ProgramDocument, ProgramsDocument, useProgram, usePrograms } from './usePrograms';
