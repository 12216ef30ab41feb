import { In } from 'typeorm';
import { DuplicateCluster, DuplicateClusterMember, Relation } from '../../src/entities';
import { DuplicateClusterStatus, RecordStatus, RelationKind } from '../../src/entities/enums';
import { scanDuplicates, type ScanOptions } from '../../src/quality/duplicates/scan-duplicates.service';
import { toGlobalId } from '../../src/schema/global-id';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

/** A full scan saves its clusters in transactions of saveChunkSize clusters (chunked-cluster-save.ts). */
let app: TestApp;
let admin: Actor;
let sequence = 0;
const COMPANIES = 6;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
});
afterAll(() => app.close());

/** Companies typed in twice each, inserted around the API. */
async function loadCompanies(count: number): Promise<void> {
  const rows = Array.from({ length: count }, () => {
    sequence += 1;
    const regno = String(55_000_000 + sequence);
    const phone = `+4588${String(sequence).padStart(6, '0')}`;
    const name = `Skive ${sequence} Snedkeri`;
    return [
      { name: `${name} A/S`, registrationNumber: regno, phone, country: 'DK' },
      { name, registrationNumber: `DK${regno}`, phone: phone.slice(3), country: 'DK', city: 'Vejle' },
    ];
  }).flat();
  await app.dataSource
    .getRepository(Relation)
    .insert(rows.map((row) => ({ ...row, kind: RelationKind.COMPANY, status: RecordStatus.ACTIVE })));
}

interface Stored {
  id: number;
  anchorId: number;
  memberCount: number;
  members: number[];
}

/** The OPEN relation clusters with their member rows, by anchor. */
async function openClusters(): Promise<Stored[]> {
  const clusters = await app.dataSource
    .getRepository(DuplicateCluster)
    .findBy({ entityType: 'RELATION', status: DuplicateClusterStatus.OPEN });
  const members = await app.dataSource
    .getRepository(DuplicateClusterMember)
    .find({ where: { clusterId: In(clusters.map((cluster) => cluster.id)) }, order: { recordId: 'ASC' } });
  return clusters
    .map(({ id, anchorId, memberCount }) => ({
      id,
      anchorId,
      memberCount,
      members: members.filter((member) => member.clusterId === id).map((member) => member.recordId),
    }))
    .sort((x, y) => x.anchorId - y.anchorId);
}

/**
 * Moves each cluster's second member to the cluster before it (the first one's to the last): every new cluster then
 * shares one member with each of two stored ones. Answers the stored clusters' ids, by anchor.
 */
async function shiftMembers(): Promise<number[]> {
  const clusters = await openClusters();
  for (const [n, cluster] of clusters.entries()) {
    const before = clusters[(n + clusters.length - 1) % clusters.length];
    await app.dataSource
      .getRepository(DuplicateClusterMember)
      .update({ clusterId: cluster.id, recordId: cluster.members[1] }, { clusterId: before.id });
  }
  return clusters.map((cluster) => cluster.id);
}

/** Scans relations; answers, per cluster by anchor, the index among `ids` of the stored cluster it continued. */
async function scanContinuing(ids: number[], options: ScanOptions): Promise<number[]> {
  await scanDuplicates(app.dataSource, { entityTypes: ['RELATION'], ...options });
  return (await openClusters()).map((cluster) => ids.indexOf(cluster.id));
}

/** Through the API: the relation becomes a copy of another, which refreshes its clusters in its own transaction. */
async function makeCopyOf(id: number, of: number): Promise<void> {
  const [{ version }] = await app.dataSource.query(`SELECT version FROM relation WHERE id = ?`, [id]);
  const { name, registrationNumber, phone } = await app.dataSource.getRepository(Relation).findOneByOrFail({ id: of });
  ok(
    await app.gql(
      `mutation($input: UpdateRelationInput!) { updateRelation(input: $input) { id } }`,
      { input: { id: toGlobalId('Relation', id), expectedVersion: version, name, registrationNumber, phone } },
      admin.token,
    ),
  );
}

const groups = async () => (await openClusters()).map((cluster) => cluster.members);

describe('a full scan saving many clusters', () => {
  it('saves them in several transactions, as one transaction would, continuing the same ids', async () => {
    await loadCompanies(COMPANIES);
    await scanDuplicates(app.dataSource, { entityTypes: ['RELATION'] });
    const formed = await groups();
    expect(formed).toHaveLength(COMPANIES);

    const inOne = await scanContinuing(await shiftMembers(), { saveChunkSize: 1_000 });
    expect(await groups()).toEqual(formed);

    const steps: string[] = [];
    const saved: number[] = [];
    const inSlices = await scanContinuing(await shiftMembers(), {
      saveChunkSize: 2,
      onStep: (step) => void steps.push(step),
      onProgress: ({ phase, done }) => void (phase === 'saving' && saved.push(done)),
    });
    expect(await groups()).toEqual(formed);
    expect(inSlices).toEqual(inOne);
    expect(inSlices.every((index) => index >= 0)).toBe(true);
    expect(steps.filter((step) => step === 'clusters-saved').length).toBeGreaterThanOrEqual(COMPANIES / 2);
    expect(saved.slice(0, 4)).toEqual([0, 2, 4, 6]);
  });

  it('interrupted between transactions leaves every record in one OPEN cluster at most; the next scan repairs it', async () => {
    const formed = await groups();
    await shiftMembers();
    let slices = 0;
    await expect(
      scanDuplicates(app.dataSource, {
        entityTypes: ['RELATION'],
        saveChunkSize: 2,
        onStep: (step) => {
          if (step === 'clusters-saved' && ++slices === 2) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');

    const left = await openClusters();
    const members = left.flatMap((cluster) => cluster.members);
    expect(new Set(members).size).toBe(members.length);
    for (const cluster of left) {
      expect(cluster.memberCount).toBe(cluster.members.length);
      expect(cluster.anchorId).toBe(cluster.members[0]);
    }
    expect(left.map((cluster) => cluster.members)).not.toEqual(formed);

    await scanDuplicates(app.dataSource, { entityTypes: ['RELATION'] });
    expect(await groups()).toEqual(formed);
  });

  it('lets the clusters a write formed between its transactions stand, and leaves out its stale ones', async () => {
    const formed = await groups();
    const [written] = formed[COMPANIES - 1];
    let wrote = false;
    await scanDuplicates(app.dataSource, {
      entityTypes: ['RELATION'],
      saveChunkSize: 2,
      onStep: async (step) => {
        if (step !== 'clusters-saved' || wrote) return;
        wrote = true;
        // the fourth company's cluster, saved by the next transaction, gains the sixth's first relation
        await makeCopyOf(written, formed[3][0]);
      },
    });
    const joined = [...formed[3], written].sort((x, y) => x - y);
    expect(await groups()).toEqual([...formed.slice(0, 3), joined, formed[4]]);
    await scanDuplicates(app.dataSource, { entityTypes: ['RELATION'] });
    expect(await groups()).toEqual([...formed.slice(0, 3), joined, formed[4]]);
  });
});
