// The gazetteer: places the data names, with all their names and spellings.
export { places } from './places.js';
export { findPlace } from './findPlace.js';
export type { Place, PlaceKind, PlaceNameUsage } from '../schema/place.js';
