import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { TrainingRecordRow, trainingRecords } from './training.sql';

const NO_ORG = '00000000-0000-0000-0000-000000000000';

/** Per-request loaders for trainings, scoped to the caller's organisation (the people were already visible). */
export function createTrainingLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? NO_ORG;
  return {
    trainingRecordByPerson: new DataLoader<string, TrainingRecordRow>(async (ids) => {
      const rows = await trainingRecords(dataSource, org(), ids);
      const map = new Map(rows.map((r) => [r.personId, r]));
      return ids.map((id) => map.get(id) ?? { personId: id, trainings: 0, attended: 0, excused: 0, absent: 0, absencesInARow: 0 });
    }),
  };
}
