import { Command, Option } from 'commander';
import { ConflictError, NotFoundError, SurveyLinkError, ValidationError } from '../app/errors.ts';
import { ROLES } from '../domain/roles.ts';
import { SURVEY_KINDS } from '../domain/survey-instrument.ts';
import { DIRECTIONS, FOUNDATIONS, INTENTS, LANGUAGES, LEVELS, PHASES, SCOPES } from '../domain/vocabulary.ts';
import type { BalanceOptions } from './commands/balance.ts';
import type { ReportOptions } from './commands/report.ts';
import type { ServeOptions } from './commands/serve.ts';
import { UsageError } from './usage-error.ts';
import { isDatabaseUnavailable } from '../store/unavailable.ts';
import { STATEMENT_FORMATS } from '../app/statement-formats.ts';

/**
 * A command's module, loaded only when that command runs: each pulls in a different part of the
 * application, and loading them all made every command start slowly.
 */
function lazy<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return async (...args: unknown[]): Promise<void> => {
    const command = (await load())[name] as (...given: unknown[]) => Promise<void>;
    await command(...args);
  };
}

const program = new Command('trust-ledger')
  .description('Keep the trust account of every relationship your organisation depends on.')
  .addHelpText('after', '\nDatabase: SQLite in ./data (TRUST_LEDGER_DATA_DIR), or PostgreSQL when DATABASE_URL is set.')
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web application and the HTTP API')
  .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
  .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
  .option('--demo', 'load the demo organisation first (once)')
  // Loaded on demand: the HTTP stack is the slowest import, and only this command needs it.
  .action(async (options: ServeOptions) => (await import('./commands/serve.ts')).serve(options));

program
  .command('init')
  .description('create an organisation and its owner')
  .requiredOption('-n, --name <name>', 'its name')
  .option('--owner-email <email>', 'the owner; a new user gets $TRUST_LEDGER_OWNER_PASSWORD or a generated password')
  .option('--owner-name <name>', "the owner's display name")
  .option('--time-zone <zone>', 'what "today" is for it, e.g. Europe/Amsterdam (default Europe/Brussels)')
  .action(lazy(() => import('./commands/organisation.ts'), 'init'));



program.command('demo').description('load the demo organisation, a fictional Flemish family business').action(lazy(() => import('./commands/organisation.ts'), 'demo'));

const organisationOption = () => new Option('-o, --organisation <id-or-name>', 'which organisation (default: the only one)');
const languageOption = () =>
  new Option('--lang <language>', 'language of advice and explanations')
    .choices(LANGUAGES)
    .default(process.env.LANG?.toLowerCase().startsWith('nl') ? 'nl' : 'en');
const parameterVersionOption = () =>
  new Option('--parameter-version <n>', 'compute under this parameter version (default: the current one; see  trust-ledger params)');
/** Where links the command prints (survey links, password resets) lead. */
const baseUrlOption = () =>
  new Option('--base-url <url>', 'where the web application is reached').default(process.env.TRUST_LEDGER_PUBLIC_URL ?? 'http://localhost:3000');
const directionOption = () =>
  new Option('-d, --direction <direction>', 'received: their trust in us; given: ours in them').choices(DIRECTIONS).default('received');

program
  .command('token')
  .description('create an API token for the CLI or an integration (shown once)')
  .requiredOption('-n, --name <name>', 'what it is for')
  .addOption(new Option('-r, --role <role>', 'what it may do').choices(ROLES).makeOptionMandatory())
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/token.ts'), 'token'));

program
  .command('stakeholder <name>')
  .description('add a stakeholder and open its trust accounts')
  .requiredOption('-c, --category <category>', 'e.g. customers, suppliers, employees, shareholders, media')
  .addOption(new Option('-l, --level <level>', 'where the trust lives').choices(LEVELS).makeOptionMandatory())
  .option('--importance <1-5>', 'how much you depend on them (default 3)')
  .option('--influence <1-5>', 'their power over you (default 3)')
  .option('--interest <1-5>', 'their interest in what you do (default 3)')
  .option('--vulnerability <1-5>', 'how vulnerable they are to you (default 3)')
  .option('-t, --tag <tag...>', 'tags')
  .option('--started-on <date>', 'when the relation began (YYYY-MM-DD, default today)')
  .addOption(new Option('--scope <scope>', 'business scope recorded').choices(SCOPES))
  .option('--cadence <days>', 'maintenance cadence: an entry at least this often, or a fading signal (default 90)')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/stakeholder.ts'), 'stakeholder'));

program
  .command('add <stakeholder>')
  .description('record a deposit (amount 1…5) or a withdrawal (−5…−1) on a trust account')
  .addOption(new Option('-d, --direction <direction>', 'received: their trust in us; given: ours in them').choices(DIRECTIONS).makeOptionMandatory())
  .addOption(new Option('-f, --foundation <foundation>', 'the foundation it touches').choices(FOUNDATIONS).makeOptionMandatory())
  .requiredOption('-a, --amount <amount>', '1 gesture, 2 notable, 3 significant, 4 major, 5 defining; negative for a withdrawal')
  .addOption(new Option('-i, --intent <intent>', 'for withdrawals: was it meant?').choices(INTENTS))
  .option('--date <date>', 'when it happened (YYYY-MM-DD, default today)')
  .option('--note <text>', 'what happened')
  .addOption(organisationOption())
  .allowExcessArguments(false)
  .action(lazy(() => import('./commands/add.ts'), 'add'));

program
  .command('balance')
  .description('show every trust account: trust level, band, balance and the three legs')
  .option('--as-of <date>', 'read as of this date (YYYY-MM-DD, default today)')
  .addOption(parameterVersionOption())
  .addOption(new Option('-d, --direction <direction>', 'only this direction').choices(DIRECTIONS))
  .option('--json', 'print JSON instead of a table')
  .option('--from-csv <directory>', 'read entries.csv (and stakeholders.csv) in this directory instead of the database')
  .addOption(organisationOption())
  // From files the command needs no database: only the file reader and the engine are loaded.
  .action(async (options: BalanceOptions & { fromCsv?: string }) =>
    options.fromCsv === undefined
      ? (await import('./commands/balance.ts')).balance(options)
      : (await import('./commands/balance-from-csv.ts')).balanceFromCsvFiles(options.fromCsv, options),
  );

program
  .command('overview')
  .description('the organisation in groups: trust level, balance and legs in total, per level and per category, and the leadership profile')
  .option('--as-of <date>', 'read as of this date (YYYY-MM-DD, default today)')
  .addOption(parameterVersionOption())
  .addOption(new Option('-d, --direction <direction>', 'only this direction').choices(DIRECTIONS))
  .option('--json', 'print JSON instead of tables')
  .addOption(languageOption())
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/overview.ts'), 'overview'));

program
  .command('account <stakeholder>')
  .description('one trust account in full: figures, tripod with compensation advice, phase')
  .addOption(directionOption())
  .option('--as-of <date>', 'as of this date (YYYY-MM-DD, default today)')
  .addOption(parameterVersionOption())
  .option('--json', 'print JSON')
  .addOption(languageOption())
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/account.ts'), 'account'));

program
  .command('signals')
  .description('what needs attention: signals by importance and severity, with suggested actions')
  .option('--as-of <date>', 'as of this date (YYYY-MM-DD, default today)')
  .addOption(parameterVersionOption())
  .option('--all', 'include acknowledged signals')
  .option('--json', 'print JSON instead of a table')
  .addOption(languageOption())
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/signals.ts'), 'signals'));

program
  .command('acknowledge <key>')
  .description('mark a signal as seen and handled; it returns when its cause grows')
  .option('--note <text>', 'what was done about it')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/signals.ts'), 'acknowledge'));

program
  .command('trend <stakeholder>')
  .description("an account's trust level, balance and legs at every month end")
  .addOption(directionOption())
  .option('--from <date>', 'first month (default: eleven months before --to)')
  .option('--to <date>', 'last point (default today)')
  .addOption(parameterVersionOption())
  .option('--json', 'print JSON instead of a table')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/trend.ts'), 'trend'));

program
  .command('report')
  .description('the social-capital statement as a self-contained HTML page or a PDF')
  .option('--as-of <date>', 'as of this date (YYYY-MM-DD, default today)')
  .option('--compare-with <date>', 'beside this earlier date (default: a year before --as-of)')
  .addOption(languageOption())
  .addOption(new Option('--format <format>', 'html or pdf').choices(STATEMENT_FORMATS).makeOptionMandatory())
  .option('--out <file>', 'write to this file (default: standard output)')
  .addOption(organisationOption())
  // Loaded on demand: the PDF library is a large import only this command needs.
  .action(async (options: ReportOptions) => (await import('./commands/report.ts')).report(options));

program
  .command('phase <stakeholder>')
  .description('show the phase of an account and why, or override it with a reason')
  .addOption(directionOption())
  .addOption(new Option('--set <phase>', 'override the inferred phase').choices(PHASES))
  .option('--clear', 'lift the override')
  .option('--reason <text>', 'why (required with --set or --clear)')
  .addOption(languageOption())
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/phase.ts'), 'phase'));

program
  .command('params')
  .description('show the model parameters with their history, or record a new version')
  .option('--set <name=value...>', 'e.g. withdrawalWeight=2.5 baseRate.suppliers=0.6')
  .option('--note <text>', 'why (required with --set)')
  .option('--json', 'print JSON')
  .addOption(languageOption())
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/params.ts'), 'params'));

program
  .command('export-json')
  .description('export the whole organisation as JSON: every record and parameter version (docs/exchange-json.md)')
  .option('--out <file>', 'write to this file (default: standard output)')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/exchange-json.ts'), 'exportJson'));

program
  .command('import-json <file>')
  .description('create an organisation from a JSON export, all or nothing')
  .action(lazy(() => import('./commands/exchange-json.ts'), 'importJson'));

program
  .command('journal')
  .description('print the ledger as a plain-text accounting journal for ledger-cli and hledger')
  .option('--parameter-version <n>', 'weigh withdrawals under this parameter version (default: the current one)')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/journal.ts'), 'journal'));

const user = program.command('user').description("people's accounts");
user
  .command('reset-password <email>')
  .description('make a single-use link to choose a new password (valid 24 hours, shown once; earlier links stop working)')
  .addOption(baseUrlOption())
  .action(lazy(() => import('./commands/user.ts'), 'resetPasswordLink'));

const scan = program.command('scan').description('trust scans: anonymous surveys that measure trust');
scan.command('list').description('the scans, newest first').option('--json', 'print JSON').addOption(organisationOption()).action(lazy(() => import('./commands/scan.ts'), 'scanList'));
scan
  .command('create')
  .description('prepare a scan (a draft)')
  .requiredOption('--title <title>', 'what respondents see above the questions')
  .addOption(new Option('-k, --kind <kind>', 'received: they about us; given: we about them; self: self-trust').choices(SURVEY_KINDS).makeOptionMandatory())
  .option('--stakeholder <name>', 'ask one stakeholder')
  .option('--category <category>', 'ask every stakeholder of a category')
  .option('--group <name>', 'ask a named group (with --member)')
  .option('--member <name...>', "the group's stakeholders")
  .option('--opens-on <date>', 'first day of answering (default today)')
  .option('--closes-on <date>', 'last day of answering (default 21 days later)')
  .option('--min-responses <n>', 'no figure below this many responses (default 5, at least 3)')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/scan.ts'), 'scanCreate'));
scan.command('open <scan>').description('open a draft for answers').addOption(organisationOption()).action(lazy(() => import('./commands/scan.ts'), 'scanOpen'));
scan.command('close <scan>').description('close a scan: links stop working, results can be read').addOption(organisationOption()).action(lazy(() => import('./commands/scan.ts'), 'scanClose'));
scan
  .command('links <scan>')
  .description('make single-use links, printed as CSV (shown only this once)')
  .requiredOption('-n, --count <n>', 'how many')
  .option('--segment <stakeholder>', "the stakeholder of the scan's group they are for")
  .addOption(baseUrlOption())
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/scan.ts'), 'scanLinks'));
scan.command('results <scan>').description("a closed scan's results, as far as anonymity allows").option('--json', 'print JSON').addOption(organisationOption()).action(lazy(() => import('./commands/scan.ts'), 'scanResults'));
scan.command('book <scan>').description("book a closed scan's result as survey entries").addOption(organisationOption()).action(lazy(() => import('./commands/scan.ts'), 'scanBook'));
scan
  .command('unbook <scan>')
  .description("withdraw a scan's booking (its entries are reversed)")
  .option('--reason <text>', 'why')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/scan.ts'), 'scanUnbook'));

program
  .command('import <paths...>')
  .description('import stakeholders, relations and entries from CSV: a directory or the files (docs/exchange.md); all or nothing')
  .option('--dry-run', 'check everything and say what would be imported, writing nothing')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/csv-exchange.ts'), 'csvImport'));

program
  .command('export')
  .description('export stakeholders, relations and entries as the CSV files import reads')
  .requiredOption('--out <dir>', 'directory to write stakeholders.csv, relations.csv and entries.csv to')
  .addOption(organisationOption())
  .action(lazy(() => import('./commands/csv-exchange.ts'), 'csvExport'));

program
  .command('check')
  .description("check that every account's running sums equal a full recompute from its entries (exit 1 when they differ)")
  .option('--json', 'print JSON')
  .addOption(new Option('-o, --organisation <id-or-name>', 'only this organisation (default: every one)'))
  .action(lazy(() => import('./commands/check.ts'), 'check'));

program
  .command('backup <file>')
  .description('copy the SQLite database to a new file, consistently, while the server runs (PostgreSQL: use pg_dump)')
  .action(lazy(() => import('./commands/backup.ts'), 'backup'));

program
  .command('restore <file>')
  .description('put a backup in place of the SQLite database; stop the server first (PostgreSQL: use pg_restore)')
  .option('--force', 'replace a database that holds organisations')
  .action(lazy(() => import('./commands/backup.ts'), 'restore'));

function explain(error: unknown): string {
  if (error instanceof ValidationError) {
    return `Not saved: ${error.issues.map((i) => `${i.field} ${i.message}`).join('; ')}`;
  }
  if (error instanceof UsageError || error instanceof NotFoundError || error instanceof ConflictError || error instanceof SurveyLinkError) return error.message;
  if (isDatabaseUnavailable(error)) {
    return `The database cannot be reached (${error instanceof Error ? error.message : String(error)}). Is it running, and does DATABASE_URL (or TRUST_LEDGER_DATA_DIR) name it? Try again once it answers.`;
  }
  return `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

// Output piped into `head` and the like ends early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(explain(error));
  process.exitCode = 1;
}
