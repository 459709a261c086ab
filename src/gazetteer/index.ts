// The gazetteer: places the data names, with all their names and spellings.
export { places } from './places.js';
export { findPlace } from './findPlace.js';
export { findPlaces } from './findPlaces.js';
export type { Place, PlaceKind, PlaceNameTradition, PlaceNameUsage, PlaceReference } from '../model/place.js';
