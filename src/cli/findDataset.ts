import { datasets } from '../catalogue.js';
import type { Dataset } from '../model/dataset.js';
import { UsageError, unknownName } from './usageError.js';

const listed = '"azerbaijan-data list" names them all';

/**
 * The dataset with this id.
 *
 * @throws {UsageError} when the id is missing, or when there is no such dataset, naming the
 * closest ids ("did you mean").
 */
export function findDataset(id: string | undefined, command: string): Dataset {
  if (id === undefined) throw new UsageError(`${command} needs a dataset id; ${listed}`);
  const found = (datasets as readonly Dataset[]).find((d) => d.id === id);
  if (found === undefined) throw new UsageError(unknownName('dataset', id, datasets.map((d) => d.id), listed));
  return found;
}
