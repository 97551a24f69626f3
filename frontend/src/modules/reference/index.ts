export { placeName, RegionsDocument, useRegions, type RegionOption } from './useRegions';
