// The gazetteer: places the data names, with all their names and spellings.
export {};
