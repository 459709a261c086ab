/**
 * Reads one line of CSV as RFC 4180 writes it (and R's write.csv): fields split on commas outside
 * double quotes, a quoted field unquoted, and a doubled quote inside it read as one. Written here,
 * apart from the importer's reader, so that the tests check the importer against a second reading.
 */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`a CSV line ends inside a quoted field: ${line}`);
  fields.push(field);
  return fields;
}
