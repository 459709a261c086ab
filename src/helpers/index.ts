// Re-exports the helpers, one per file.
export {};
