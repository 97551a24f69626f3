import 'reflect-metadata';
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { GraphQLError } from 'graphql';
import { importProblemMessage, isLocale, parseRole, Role, ROLES } from '@rafiq/shared';
import { ConfigError, loadConfig } from '../config/config';
import { fieldCryptoFor } from '../config/encryption-key';
import { runMigrations } from '../database/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../demo/seed-demo';
import { unscopedSystemAccess } from '../common/tenant';
import { createOrganization, createUser, disableUser, passwordResetLinkByEmail, resetTwoFactorByEmail } from '../modules/auth/user-admin';
import { printAppSchema } from '../graphql/print-schema';
import { withDatabase } from './database';
import { sealAuditTrail, verifyAuditTrail } from '../modules/audit/audit-seal';
import { readSecret } from './read-secret';
import { openImportRun, runRecordedImport } from '../modules/import/import-run.recorder';
import { backupDatabase, BackupError, backupKey, restoreDatabase } from './backup';
import { ImpactSnapshotService } from '../modules/impact/impact-snapshot.service';
import { ImpactService } from '../modules/impact/impact.service';
import { ImpactSummaryService, refreshImpactSummary } from '../modules/impact/impact-summary.service';

/** `npm run rafiq -- <command>`: administration on the same database as the app. */
export function buildProgram(out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Command {
  const program = new Command('rafiq')
    .description('Rafiq administration. Works on the same database as the app, running or not.')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const applied = await withDatabase((ds) => runMigrations(ds), { migrate: false });
      out(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date');
    });

  program
    .command('seed-demo')
    .description('Load the demo organisations and accounts (does nothing if they exist)')
    .action(async () => {
      const { created } = await withDatabase((ds) => seedDemo(ds, fieldCryptoFor(loadConfig())));
      out(
        created
          ? `Demo data loaded. Accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`
          : 'Demo data is already there',
      );
    });

  const org = program.command('org').description('Organisations (tenants)');
  org
    .command('create')
    .description('Create an organisation')
    .requiredOption('--slug <slug>', 'short identifier: lower-case letters, digits, hyphens')
    .requiredOption('--name <name>', 'display name')
    .action(async (opts: { slug: string; name: string }) => {
      const created = await withDatabase((ds) => createOrganization(unscopedSystemAccess(ds, 'administration CLI'), opts));
      out(`Created organisation ${created.slug} (${created.id})`);
    });

  const user = program.command('user').description('Users who sign in');
  user
    .command('create')
    .description('Create a user; the password is read from standard input')
    .requiredOption('--org <slug>', 'organisation slug')
    .requiredOption('--email <email>', 'e-mail address used to sign in')
    .addOption(new Option('--role <role>', `one of ${ROLES.join(', ')} (case-insensitive)`).makeOptionMandatory())
    .option('--name <displayName>', 'name shown in the app')
    .addOption(new Option('--locale <locale>', 'interface language (default: follow her device)').choices(['ar', 'fr', 'en']))
    .action(async (opts: { org: string; email: string; role: string; name?: string; locale?: string }) => {
      const role = parseRole(opts.role);
      if (!role) throw new UsageError(`Unknown role "${opts.role}": use one of ${ROLES.join(', ')}`);
      const password = await readSecret('Password: ');
      const created = await withDatabase((ds) =>
        createUser(unscopedSystemAccess(ds, 'administration CLI'), {
          organizationSlug: opts.org,
          email: opts.email,
          role,
          password,
          displayName: opts.name,
          locale: isLocale(opts.locale) ? opts.locale : undefined,
        }),
      );
      out(`Created ${created.role} ${created.email} (${created.id})`);
    });
  user
    .command('disable')
    .description('Disable a user and end all her sessions at once')
    .requiredOption('--email <email>', 'the user')
    .action(async (opts: { email: string }) => {
      const done = await withDatabase((ds) => disableUser(ds, opts.email));
      if (!done) throw new UsageError(`No active user with e-mail ${opts.email}`);
      out(`Disabled ${opts.email}; her sessions are ended`);
    });
  user
    .command('reset-password')
    .description('Print a single-use password reset link (24 hours) for a user who forgot her password; hand it to her')
    .requiredOption('--email <email>', 'the user')
    .option('--base-url <url>', 'the address of the app, e.g. https://rafiq.example.org', 'http://localhost:3000')
    .action(async (opts: { email: string; baseUrl: string }) => {
      const link = await withDatabase((ds) => passwordResetLinkByEmail(ds, opts.email));
      if (!link) throw new UsageError(`No active user with e-mail ${opts.email}`);
      out(`${opts.baseUrl.replace(/\/$/, '')}${link.path}`);
      out(`Works once, until ${link.expiresAt.toISOString()}`);
    });
  user
    .command('reset-2fa')
    .description('Turn a user\'s two-factor sign-in off (lost phone and recovery codes) and end her sessions; she sets it up again at her next sign-in')
    .requiredOption('--email <email>', 'the user')
    .action(async (opts: { email: string }) => {
      const done = await withDatabase((ds) => resetTwoFactorByEmail(ds, opts.email));
      if (!done) throw new UsageError(`No user with e-mail ${opts.email}`);
      out(`Two-factor sign-in of ${opts.email} is off; her sessions are ended`);
    });

  const audit = program.command('audit').description('The audit trail (append-only, sealed by a hash chain)');
  audit
    .command('seal')
    .description('Seal the audit rows older than a minute written since the last seal (the app does it every two minutes)')
    .action(async () => {
      const sealed = await withDatabase(async (ds) => {
        let total = 0;
        for (let n = await sealAuditTrail(ds); n > 0; n = await sealAuditTrail(ds)) total += n;
        return total;
      });
      out(`Sealed ${sealed} audit rows`);
    });
  audit
    .command('verify')
    .description('Recompute every seal; exit code 3 when the trail was tampered with')
    .action(async () => {
      const v = await withDatabase((ds) => verifyAuditTrail(ds));
      out(
        v.ok
          ? `Audit trail intact: ${v.seals} seals over ${v.rowsSealed} rows`
          : `Audit trail TAMPERED: seal ${v.brokenSealId} no longer matches its rows`,
      );
      if (!v.ok) throw new TamperedError();
    });
  program
    .command('impact')
    .description('Impact indicators')
    .command('refresh')
    .description(
      'Refresh the impact summary and the dashboard snapshots of large organisations now (the app does it every 5 minutes)',
    )
    .action(async () => {
      const done = await withDatabase(async (ds) => {
        const config = loadConfig();
        const started = Date.now();
        await refreshImpactSummary(ds);
        const summarySeconds = (Date.now() - started) / 1000;
        const snapshots = new ImpactSnapshotService(ds, new ImpactService(ds, new ImpactSummaryService(ds, config)), config);
        const written = await snapshots.refreshAll();
        return { summarySeconds, written, seconds: (Date.now() - started) / 1000 };
      });
      out(
        `Impact summary refreshed in ${done.summarySeconds.toFixed(1)} s; ${done.written} dashboard snapshots computed; ${done.seconds.toFixed(1)} s in all`,
      );
    });

  const imports = program.command('import').description('Import records from spreadsheets');
  imports
    .command('people')
    .description(
      'Import people, their cooperatives and programmes from a CSV or XLSX file (docs/import.md). Exit code 0: imported (or would be, with --dry-run); 2: rows refused; 1: any other failure',
    )
    .argument('<file>', 'a .csv (UTF-8, comma or semicolon) or .xlsx file')
    .option('--organisation <slug>', 'organisation slug (needed when there are several)')
    .option('--dry-run', 'validate and count, write nothing')
    .option('--skip-invalid', 'import the valid rows even if others are refused')
    .option('--json', 'print the report as one JSON object')
    .addOption(new Option('--locale <locale>', 'language of the problem messages').choices(['ar', 'fr', 'en']).default('fr'))
    .action(
      async (file: string, opts: { organisation?: string; dryRun?: boolean; skipInvalid?: boolean; json?: boolean; locale: string }) => {
        const result = await withDatabase(async (ds) => {
          const orgs = await unscopedSystemAccess(ds, 'administration CLI: import').query<{ id: string }[]>(
            opts.organisation ? `SELECT id FROM organization WHERE slug = $1` : `SELECT id FROM organization ORDER BY created_at LIMIT 2`,
            opts.organisation ? [opts.organisation] : [],
          );
          if (opts.organisation && !orgs.length) throw new UsageError(`No organisation with slug ${opts.organisation}`);
          if (orgs.length !== 1) throw new UsageError('Several organisations exist: say which with --organisation SLUG');
          const ctx = { organizationId: orgs[0].id, userId: null, role: Role.ADMIN };
          const options = { dryRun: !!opts.dryRun, skipInvalid: !!opts.skipInvalid };
          const name = path.basename(file);
          await access(file).catch(() => {
            throw new UsageError(`Cannot read ${file}`);
          });
          const runId = await openImportRun(ds, ctx, name, options);
          return runRecordedImport(ds, ctx, fieldCryptoFor(loadConfig()), runId, file, name, options);
        });
        const rejected = result.errors.map((e) => ({ row: e.row, column: e.column, message: importProblemMessage(e.reason, opts.locale) }));
        if (opts.json) out(JSON.stringify({ created: result.created, updated: result.updated, unchanged: result.unchanged, rejected }));
        else {
          for (const r of rejected) out(`row ${r.row}, column ${r.column || '-'}: ${r.message}`);
          if (result.ignoredColumns.length) out(`Ignored columns: ${result.ignoredColumns.join(', ')}`);
          const verb = result.written ? 'Imported' : opts.dryRun && !rejected.length ? 'Would import (dry run)' : 'Nothing written';
          out(
            `${verb}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejectedRows} rejected`,
          );
        }
        if (rejected.length) throw new ExitCode(2);
      },
    );

  program
    .command('backup')
    .description(
      'Write an encrypted backup (AES-256-GCM, key RAFIQ_BACKUP_KEY or RAFIQ_ENCRYPTION_KEY) of the whole database to FILE; the app may keep running',
    )
    .argument('<file>', 'the backup file to write')
    .action(async (file: string) => {
      const key = backupKey(loadConfig());
      const started = Date.now();
      const manifest = await withDatabase((ds) => backupDatabase(ds, key, file), { migrate: false });
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
      out(`Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

  program
    .command('restore')
    .description('Restore a backup made by `backup` into an EMPTY database (a new RAFIQ_DATA_DIR, or an empty DATABASE_URL); stop the app first')
    .argument('<file>', 'the backup file to read')
    .action(async (file: string) => {
      const key = backupKey(loadConfig());
      await access(file).catch(() => {
        throw new UsageError(`Cannot read ${file}`);
      });
      const started = Date.now();
      const { manifest, migrated } = await withDatabase((ds) => restoreDatabase(ds, key, file), { migrate: false });
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
      out(
        `Restored the backup of ${manifest.createdAt}: ${manifest.tables.length} tables, ${rows} rows, in ${((Date.now() - started) / 1000).toFixed(1)} s` +
          (migrated.length ? `; then applied ${migrated.join(', ')}` : ''),
      );
    });

  program
    .command('schema')
    .description('Print the GraphQL schema (or write it to a file)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { out?: string }) => {
      const sdl = await printAppSchema();
      if (opts.out) await writeFile(opts.out, sdl);
      else process.stdout.write(sdl);
    });

  return program;
}

export class UsageError extends Error {}
export class TamperedError extends Error {}

/** Ends the command with this exit code, its output already printed. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof TamperedError) return 3;
    if (err instanceof ExitCode) return err.code;
    if (err instanceof ConfigError || err instanceof UsageError || err instanceof BackupError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    if (err instanceof GraphQLError) {
      const field = typeof err.extensions.field === 'string' ? ` (${err.extensions.field})` : '';
      process.stderr.write(`Error${field}: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`Failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => process.exit(code));
}
