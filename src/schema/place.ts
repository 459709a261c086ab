// The types of a place, for modules that need no validation (the gazetteer): plain TypeScript,
// so that their declarations do not reach zod. The schemas are in ./placeSchema.ts.
export type { Place, PlaceKind, PlaceNameTradition, PlaceNameUsage, PlaceReference } from '../model/place.js';
