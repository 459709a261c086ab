import { datasets } from '../catalogue.js';
import type { Dataset } from '../schema/dataset.js';
import { UsageError, nameList } from './usageError.js';

/**
 * The dataset with this id.
 *
 * @throws {UsageError} naming the ids that exist, when there is no such dataset.
 */
export function findDataset(id: string | undefined, command: string): Dataset {
  const ids = datasets.map((d) => d.id);
  if (id === undefined) throw new UsageError(`${command} needs a dataset id: one of ${nameList(ids)}`);
  const found = (datasets as readonly Dataset[]).find((d) => d.id === id);
  if (found === undefined) throw new UsageError(`unknown dataset "${id}". The datasets are ${nameList(ids)}`);
  return found;
}
