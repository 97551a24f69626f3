import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { GraphQLError } from 'graphql';
import { isLocale, parseRole, ROLES } from '@rafiq/shared';
import { ConfigError, loadConfig } from '../config/config';
import { fieldCryptoFor } from '../config/encryption-key';
import { runMigrations } from '../database/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../demo/seed-demo';
import { unscopedSystemAccess } from '../common/tenant';
import { createOrganization, createUser, disableUser } from '../modules/auth/user-admin';
import { printAppSchema } from '../graphql/print-schema';
import { withDatabase } from './database';
import { sealAuditTrail, verifyAuditTrail } from '../modules/audit/audit-seal';
import { readSecret } from './read-secret';

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
      out(created ? `Demo data loaded. Accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}` : 'Demo data is already there');
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
      out(v.ok ? `Audit trail intact: ${v.seals} seals over ${v.rowsSealed} rows` : `Audit trail TAMPERED: seal ${v.brokenSealId} no longer matches its rows`);
      if (!v.ok) throw new TamperedError();
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

export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof TamperedError) return 3;
    if (err instanceof ConfigError || err instanceof UsageError) {
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
