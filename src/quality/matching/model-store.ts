import type { EntityManager } from 'typeorm';
import { TrainedModel } from '../../entities/trained-model.entity';
import { DEFAULT_MODEL } from './default-model';
import type { MatchModel } from './match-model';
import { PerDatabase } from '../../db/per-database';

/** The latest model per database, read again only when a newer one was stored: every findMatches asks for it. */
const latest = new PerDatabase<{ id: number; model: MatchModel }>();

/** The model every pair is scored with: the one `crm dedupe train` stored last, else DEFAULT_MODEL. */
export async function currentModel(manager: EntityManager): Promise<MatchModel> {
  const [newest] = await manager.find(TrainedModel, { select: { id: true }, order: { id: 'DESC' }, take: 1 });
  if (!newest) return DEFAULT_MODEL;
  const known = latest.get(manager.connection);
  if (known?.id === newest.id) return known.model;
  const { model } = await manager.findOneByOrFail(TrainedModel, { id: newest.id });
  latest.set(manager.connection, { id: newest.id, model });
  return model;
}

/** Whether a model was ever stored (trained, or a threshold set): else DEFAULT_MODEL scores every pair. */
export async function hasStoredModel(manager: EntityManager): Promise<boolean> {
  return (await manager.count(TrainedModel)) > 0;
}

/** Stores a trained model; from now on it scores every pair. */
export function storeModel(manager: EntityManager, model: MatchModel): Promise<TrainedModel> {
  return manager.save(TrainedModel, manager.create(TrainedModel, { model }));
}

/** Stores the current model with another match threshold: scans, findMatches and imports use it from now on. */
export async function storeThreshold(manager: EntityManager, threshold: number): Promise<TrainedModel> {
  return storeModel(manager, { ...(await currentModel(manager)), threshold });
}
