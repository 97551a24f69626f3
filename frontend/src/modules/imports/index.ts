export { ExportMenu } from './ExportMenu';
export { ImportHistory } from './ImportHistory';
export { ImportPeople } from './ImportPeople';
export { importsPeople } from './permissions';
export { DataQuality } from './DataQuality';
