/** An extract or a configuration the importer cannot use; the message says what was found and what was expected. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
