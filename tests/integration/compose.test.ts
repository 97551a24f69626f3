import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../utils/build';

const file = path.join(ROOT, 'docker-compose.yml');

/** Whichever compose tool this machine has (none can run containers here; validating needs none). */
function composeTool(): string[] | undefined {
  if (spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0) return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0) return ['docker-compose'];
  return undefined;
}

describe('docker-compose.yml', () => {
  it('is accepted by the compose tool present', () => {
    const tool = composeTool();
    if (!tool) {
      process.stderr.write('\n  ! no docker compose / docker-compose on this machine: only the structural check ran\n');
      return;
    }
    const res = spawnSync(tool[0], [...tool.slice(1), '-f', file, 'config', '-q'], {
      encoding: 'utf8',
      env: { ...process.env, RAFIQ_DB_PASSWORD: 'x', RAFIQ_ENCRYPTION_KEY: 'x' },
    });
    expect({ status: res.status, stderr: res.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  });

  it('runs PostgreSQL and Rafiq with health checks, a built image and named volumes', () => {
    const doc = parse(readFileSync(file, 'utf8')) as {
      services: Record<string, { build?: string; healthcheck?: { test: unknown }; depends_on?: Record<string, { condition: string }>; environment?: Record<string, string>; volumes?: string[] }>;
      volumes: Record<string, unknown>;
    };
    expect(doc).not.toHaveProperty('name'); // Debian's docker-compose 1.29 refuses a top-level name
    const { db, rafiq } = doc.services;
    expect(db.healthcheck?.test).toBeDefined();
    expect(rafiq.healthcheck?.test).toBeDefined();
    expect(rafiq.build).toBe('.');
    expect(rafiq.depends_on?.db.condition).toBe('service_healthy');
    expect(rafiq.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/.+@db:5432\/rafiq$/);
    expect(Object.keys(doc.volumes)).toEqual(expect.arrayContaining(['rafiq-db', 'rafiq-files']));
    expect(db.volumes?.[0]).toMatch(/^rafiq-db:/);
  });

  it('the Dockerfile builds the workspaces and checks /health', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/health/);
    expect(dockerfile).toMatch(/USER node/);
  });
});
