export { apiProblems, hasErrorCode, type ApiProblem } from './graphqlErrors';
