import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __rafiqTestDb?: { stop: () => Promise<void>; dir: string } }).__rafiqTestDb;
  if (db) {
    await db.stop();
    await rm(db.dir, { recursive: true, force: true });
  }
}
