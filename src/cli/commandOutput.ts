/** What a command prints: the result on standard output, counts and footers on standard error. */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  /** The exit code, where a command's result sets it (verify: 1 when the data differs); 0 otherwise. */
  readonly code?: number;
}

/** How a command prints: one JSON document (`--json`), or text tables that fit `width` columns. */
export interface OutputMode {
  readonly json: boolean;
  readonly width: number;
}

/** A value as one JSON document on its own line, two-space indented. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
