// Writes data/<dataset-id>.csv, data/datapackage.json and the JSON Schemas (issue 6). Placeholder.
export {};
