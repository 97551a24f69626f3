export { EditPersonForm } from './EditPersonForm';
export { NewPersonForm } from './NewPersonForm';
export { PeopleList } from './PeopleList';
export { PersonDetails } from './PersonDetails';
export { displayName } from './personName';
export { managesPeople, seesPeople } from './permissions';
export { PeopleDocument } from './usePeople';
export { PersonDocument, usePerson } from './usePerson';
