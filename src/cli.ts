import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, parseConfig, type Config } from './core/config.js';
import { createDatabase, type Database } from './core/db/database.js';
import { migrateToLatest } from './core/db/migrate.js';
import { runSweepOnce, startSweeps } from './core/sweeps.js';
import { exportCommand, importCommand } from './modules/catalog/catalog.cli.js';
import { checkCommand } from './modules/compliance/check.cli.js';
import { currentChecker } from './modules/compliance/lexicon/lexicon.service.js';
import { catalogSweeps } from './modules/catalog/catalog.sweeps.js';
import { matchingSweeps } from './modules/matching/matching.sweeps.js';
import { deskSweeps } from './modules/desk/desk.sweeps.js';
import { seedDemoDesk } from './seed/seed-desk.js';
import { createAdmin, seedDemo } from './seed/seed.js';
import { seedDemoCatalog } from './seed/seed-catalog.js';
import { seedDemoConvention } from './seed/seed-convention.js';
import { seedDemoCompliance } from './seed/seed-compliance.js';
import { seedDemoMatching } from './seed/seed-matching.js';
import { seedDemoMatchingActivity } from './seed/seed-matching-activity.js';
import { hashPassword } from './core/auth/password.js';
import { RegionService } from './core/regions/regions.service.js';
import { buildApp, createContext } from './server.js';
import { ensureWebBuilt } from './web-build.js';

const USAGE = `用法 / usage: livebase <command> [options]

  start [--no-demo] [--no-build]
                        启动服务（迁移数据库；空库时写入演示数据，--no-demo 则不写；
                        网页源码有变化时先构建前端，--no-build 则跳过）
  migrate               执行数据库迁移
  seed                  在空数据库中写入演示数据（非空则不做任何事）
  backup [FILE]         备份数据库（SQLite 在线备份；PostgreSQL 调用 pg_dump）
  import producers|products FILE.xlsx [--unit UNIT] [--check | --valid-only]
                        从 Excel 导入（模板见网页“批量导入”）；有错误时不写入，--valid-only 仅导入有效行，
                        --check 只校验；导入生产主体须 --unit 指定所属单位（名称或 id）
  check FILE|- [--json] [--db]
                        合规检查话术文件（- 为标准输入）：无“必须修改”项退出码 0，有则 1，用法错误 2；
                        默认用内置初始词库，--db 用平台数据库中工作人员维护的词库
  export products FILE.xlsx [--pool]
                        导出全部商品（--pool 仅选品池）
  create-admin --username NAME [--password PW] [--display-name NAME]
                        创建或恢复根单位的管理员（密码也可经 LIVEBASE_ADMIN_PASSWORD 传入）

配置见 README（PORT、HOST、LIVEBASE_DATA_DIR、DATABASE_URL、LIVEBASE_DEMO_PASSWORD…）。`;

class UsageError extends Error {}

function loadConfig(): Config {
  try {
    return parseConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`livebase: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
}

function openDatabase(config: Config): Database {
  return createDatabase(
    config.database.kind === 'sqlite' ? config.database : { kind: 'postgres', url: config.database.url, poolMax: config.database.poolMax },
  );
}

/** The lexicon in force in the platform's database (`check --db`), migrated first so it exists. */
async function databaseChecker(config: Config) {
  const database = openDatabase(config);
  try {
    await migrateToLatest(database.db);
    return (await currentChecker(database.db)).checker;
  } finally {
    await database.close();
  }
}

async function migrateCommand(config: Config): Promise<void> {
  const database = openDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await database.close();
  }
}

function printLogins(config: Config, users: { username: string; role: string; unit: string }[]): void {
  console.log(`\n演示账号 / demo logins (password: ${config.demoPassword}):`);
  for (const u of users) console.log(`  ${u.username.padEnd(14)} ${u.role.padEnd(14)} ${u.unit}`);
}

/** Each module's demo data, after the demo units and users (only when those were just written). */
async function seedDemoModules(db: Database['db'], regions: RegionService, demoPassword: string): Promise<void> {
  const catalog = await seedDemoCatalog(db, regions);
  if (catalog) console.log(`demo catalogue: ${catalog.producers} producers, ${catalog.products} products`);
  await seedDemoConvention(db);
  const passwordHash = await hashPassword(demoPassword);
  await seedDemoCompliance(db, passwordHash);
  await seedDemoMatching(db, passwordHash);
  await seedDemoMatchingActivity(db, regions);
  await seedDemoDesk(db, regions, passwordHash);
}

async function seedCommand(config: Config): Promise<void> {
  const database = openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const result = await seedDemo(database.db, config.demoPassword);
    if (result.seeded) {
      const regions = new RegionService();
      try {
        await seedDemoModules(database.db, regions, config.demoPassword);
      } finally {
        regions.close();
      }
    }
    console.log(result.seeded ? 'demo data written' : 'database is not empty: nothing written');
    if (result.seeded) printLogins(config, result.users);
  } finally {
    await database.close();
  }
}

async function startCommand(config: Config, demo: boolean, buildWeb: boolean): Promise<void> {
  if (buildWeb) await ensureWebBuilt((m) => console.log(m));
  const database = openDatabase(config);
  await migrateToLatest(database.db);
  const seeded = demo ? await seedDemo(database.db, config.demoPassword) : null;
  const ctx = createContext(config, database);
  if (seeded?.seeded) await seedDemoModules(database.db, ctx.regions, config.demoPassword);
  const app = await buildApp(ctx);
  const stopSweeps = config.sweeps
    ? startSweeps(
        database.db,
        database.kind,
        [{ name: 'expired-sessions', everyMs: 10 * 60_000, run: () => ctx.sessions.sweepExpired() }, ...catalogSweeps(ctx.regions), ...matchingSweeps(ctx.regions), ...deskSweeps(ctx)],
        (msg, err) => app.log.error({ err }, msg),
      )
    : () => {};
  const address = await app.listen({ port: config.port, host: config.host });
  // The hourly catalogue sweeps also run once at start, so evidence that expired while the
  // server was down leaves the pool now rather than an hour later.
  if (config.sweeps) for (const sweep of [...catalogSweeps(ctx.regions), ...matchingSweeps(ctx.regions), ...deskSweeps(ctx)]) runSweepOnce(database.db, database.kind, sweep).catch((err) => app.log.error({ err }, sweep.name));
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const port = new URL(address).port || String(config.port);
  console.log(`\nLiveBase 直播基地服务平台 is running at http://${shownHost}:${port}`);
  console.log(`database: ${config.database.kind === 'sqlite' ? `sqlite (${config.database.file})` : 'postgres'}`);
  console.log(`API docs: http://${shownHost}:${port}/api/docs`);
  // Printed on every demo start, not only the first, so the logins are always at hand.
  if (seeded) printLogins(config, seeded.users);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down`);
    stopSweeps();
    await app.close();
    await database.close();
    ctx.regions.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function backupCommand(config: Config, file: string | undefined): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (config.database.kind === 'sqlite') {
    const target = path.resolve(file ?? path.join(config.dataDir, 'backups', `livebase-${stamp}.sqlite`));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const database = openDatabase(config);
    try {
      // better-sqlite3's online backup copies pages while the server keeps writing.
      await database.sqlite!.backup(target);
    } finally {
      await database.close();
    }
    console.log(`backup written: ${target}\nrestore: stop the server, then copy it to ${config.database.file} (and delete any -wal/-shm files beside it)`);
    return;
  }
  const target = path.resolve(file ?? `livebase-${stamp}.dump`);
  const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, config.database.url], { stdio: 'inherit' });
  if (result.error) throw new Error(`pg_dump could not run: ${result.error.message} (install the PostgreSQL client tools)`);
  if (result.status !== 0) throw new Error(`pg_dump failed with exit code ${result.status}`);
  console.log(`backup written: ${target}\nrestore: pg_restore --clean --if-exists --no-owner -d "$DATABASE_URL" ${target}`);
}

async function createAdminCommand(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, password: { type: 'string' }, 'display-name': { type: 'string' } },
    strict: true,
  });
  const password = values.password ?? process.env.LIVEBASE_ADMIN_PASSWORD;
  if (!values.username || !/^[a-zA-Z0-9_.-]{3,32}$/.test(values.username)) throw new UsageError('--username 必填，3–32 位字母、数字、下划线、点或短横线');
  if (!password || password.length < 8) throw new UsageError('--password（或 LIVEBASE_ADMIN_PASSWORD）必填，至少 8 位');
  const database = openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const result = await createAdmin(database.db, { username: values.username, password, displayName: values['display-name'] });
    console.log(`admin ${values.username} can sign in; role admin at ${result.unitName}`);
  } finally {
    await database.close();
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start': {
        const { values } = parseArgs({
          args: rest,
          options: { 'no-demo': { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } },
          strict: true,
        });
        await startCommand(loadConfig(), !values['no-demo'], !values['no-build']);
        return;
      }
      case 'migrate':
        return await migrateCommand(loadConfig());
      case 'seed':
        return await seedCommand(loadConfig());
      case 'backup': {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true });
        return await backupCommand(loadConfig(), positionals[0]);
      }
      case 'create-admin':
        return await createAdminCommand(loadConfig(), rest);
      case 'check': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { json: { type: 'boolean', default: false }, db: { type: 'boolean', default: false } } });
        if (positionals.length !== 1) throw new UsageError('check 需要一个文件名，或 - 表示标准输入');
        const file = positionals[0]!;
        if (file !== '-' && !fs.existsSync(file)) throw new UsageError(`文件不存在：${file}`);
        process.exitCode = checkCommand(file, values.json, values.db ? await databaseChecker(loadConfig()) : undefined);
        return;
      }
      case 'import':
      case 'export': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          strict: true,
          options: { unit: { type: 'string' }, check: { type: 'boolean', default: false }, 'valid-only': { type: 'boolean', default: false }, pool: { type: 'boolean', default: false } },
        });
        const [kind, file] = positionals;
        if (!kind || !file || positionals.length > 2) throw new UsageError(`${command} 需要类型和文件名，例如 livebase ${command} products 商品.xlsx`);
        if (!['producers', 'products'].includes(kind) || (command === 'export' && kind !== 'products')) throw new UsageError(`不支持的类型：${kind}`);
        const config = loadConfig();
        const database = openDatabase(config);
        try {
          await migrateToLatest(database.db);
          if (command === 'export') return await exportCommand(database.db, kind, file, { poolOnly: values.pool });
          const mode = values.check ? 'check' : values['valid-only'] ? 'valid' : 'all';
          process.exitCode = await importCommand(database.db, kind, file, { unit: values.unit, mode });
        } finally {
          await database.close();
        }
        return;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return;
      default:
        throw new UsageError(`未知命令 / unknown command: ${command}`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`livebase: ${(err as Error).message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`livebase: ${(err as Error).message}`);
    process.exit(1);
  }
}
