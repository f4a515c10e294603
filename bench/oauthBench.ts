import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResult } from './benchResult';
import {
  ConnectionRepository,
  type ConnectionRecord,
} from '../src/engine/oauth/connectionRepository';
import { TokenVault, type ConnectionFields, type TokenSet } from '../src/engine/oauth/tokenVault';
import { fixedVaultKeySource } from '../src/engine/oauth/vaultKeySource';
import { naturalKeys } from '../src/engine/store/naturalKeys';
import { CaptainStore } from '../src/engine/store/captainStore';

/** Each timed phase runs this long, split in two halves alternating with its baseline. */
const phaseMs = 1500;
/** Upper bound on operations per timed half, so a very fast machine still ends. */
const maxOperations = 2_000_000;
/** Goal: opening a connection (what every `oauth/token` call does) costs well under a ms. */
const openGoalPerSecond = 5000;
/** Goal: a save follows a sign-in or a refresh, each a network round trip of milliseconds. */
const saveGoalPerSecond = 1000;

/**
 * The token vault's cost: connections sealed (save) and opened (open) per second through
 * TokenVault and its SQLite repository, each beside a baseline measured in the same run, the
 * same rows written and read through the repository with no encryption. Also the bare
 * AES-256-GCM seal/open rate of one token set, without the store.
 */
export async function runOAuthBench(): Promise<BenchResult[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-oauth-bench-'));
  const store = CaptainStore.open(path.join(folder, 'captain.db'));
  try {
    const repository = new ConnectionRepository(store.db);
    const vault = new TokenVault(
      repository,
      fixedVaultKeySource(crypto.randomBytes(32), 'bench key'),
      Date.now,
    );
    const tokens = sampleTokens();
    const fields = sampleFields();
    await vault.save(fields, tokens);
    const sealedRecord = repository.get(naturalKeys.oauth(fields.userId, fields.provider))!;
    const plainRecord: ConnectionRecord = {
      ...sealedRecord,
      // Its own row: writing plain bytes over the sealed one would make it fail its tag check.
      key: naturalKeys.oauth('bench-plain', fields.provider),
      userId: 'bench-plain',
      // GCM adds no padding: as many bytes as the sealed blob, so the baseline writes as much.
      sealed: Buffer.from(JSON.stringify(tokens), 'utf8'),
    };

    // Warm both sides so the first JIT pass and the page cache are not measured.
    await rate(200, () => vault.save(fields, tokens));
    // A real save changes the row's bytes, so the baseline writes fresh ones each time.
    const plainPut = () =>
      repository.put({
        ...plainRecord,
        sealed: crypto.randomBytes(plainRecord.sealed.length),
        updatedAt: Date.now(),
      });
    await rate(200, plainPut);
    const save = await alternate(() => vault.save(fields, tokens), plainPut);
    repository.put(plainRecord);
    const open = await alternate(
      () => vault.open(fields.userId, fields.provider),
      () => JSON.parse(repository.get(plainRecord.key)!.sealed.toString('utf8')),
    );
    const crypt = await cryptoOnly(tokens);

    return [
      {
        name: 'oauth vault save (AES-256-GCM seal + SQLite upsert)',
        figures: {
          savesPerSecond: Math.round(save.measured),
          baselinePutsPerSecond: Math.round(save.baseline),
          ratio: round(save.measured / save.baseline, 3),
        },
        goal: `≥ ${saveGoalPerSecond} saves/s`,
        met: save.measured >= saveGoalPerSecond,
        notes:
          'baseline: a row of the same size with fresh bytes written through the repository without sealing; a save also reads the row first (to keep createdAt)',
      },
      {
        name: 'oauth vault open (SQLite read + AES-256-GCM open)',
        figures: {
          opensPerSecond: Math.round(open.measured),
          baselineReadsPerSecond: Math.round(open.baseline),
          ratio: round(open.measured / open.baseline, 3),
          openMicroseconds: round(1e6 / open.measured, 1),
        },
        goal: `≥ ${openGoalPerSecond} opens/s`,
        met: open.measured >= openGoalPerSecond,
        notes: 'baseline: the same row read and parsed through the repository without opening',
      },
      {
        name: 'oauth vault AES-256-GCM alone',
        figures: {
          sealsPerSecond: Math.round(crypt.seals),
          opensPerSecond: Math.round(crypt.opens),
          tokenSetBytes: Buffer.byteLength(JSON.stringify(tokens)),
        },
        notes: 'one token set (access, refresh and ID token, claims), fresh IV per seal',
      },
    ];
  } finally {
    store.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Operations per second of `measured` and `baseline`, in alternating halves of {@link phaseMs}. */
async function alternate(
  measured: () => unknown,
  baseline: () => unknown,
): Promise<{ measured: number; baseline: number }> {
  let measuredRate = 0;
  let baselineRate = 0;
  // Alternating halves keep a noisy neighbour from landing on one side only.
  for (let round = 0; round < 2; round += 1) {
    measuredRate += (await rate(phaseMs / 2, measured)) / 2;
    baselineRate += (await rate(phaseMs / 2, baseline)) / 2;
  }
  return { measured: measuredRate, baseline: baselineRate };
}

/** Runs `operation` back to back for `durationMs` (bounded by {@link maxOperations}); ops/s. */
async function rate(durationMs: number, operation: () => unknown): Promise<number> {
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(durationMs * 1e6));
  let count = 0;
  while (count < maxOperations) {
    await operation();
    count += 1;
    // Reading the clock every op would weigh on sub-microsecond operations.
    if (count % 32 === 0 && process.hrtime.bigint() >= deadline) {
      break;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}

/** Seal and open rates of the cipher alone, with the vault's parameters. */
async function cryptoOnly(tokens: TokenSet): Promise<{ seals: number; opens: number }> {
  const key = crypto.randomBytes(32);
  const aad = Buffer.from(naturalKeys.oauth('bench', 'provider'), 'utf8');
  const plain = Buffer.from(JSON.stringify(tokens), 'utf8');
  const seal = () => {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    cipher.setAAD(aad);
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return { iv, sealed, tag: cipher.getAuthTag() };
  };
  const sample = seal();
  const open = () => {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, sample.iv, { authTagLength: 16 });
    decipher.setAAD(aad);
    decipher.setAuthTag(sample.tag);
    return Buffer.concat([decipher.update(sample.sealed), decipher.final()]);
  };
  return { seals: await rate(phaseMs / 2, seal), opens: await rate(phaseMs / 2, open) };
}

/** Token-shaped random strings of realistic sizes (a JWT ID token is the largest part). */
function sampleTokens(): TokenSet {
  const text = (bytes: number) => crypto.randomBytes(bytes).toString('base64url');
  return {
    accessToken: text(32),
    refreshToken: text(32),
    idToken: `${text(40)}.${text(300)}.${text(64)}`,
    claims: { sub: 'user-1', name: 'Bench User', email: 'bench@example.test', iat: 1, exp: 2 },
  };
}

function sampleFields(): ConnectionFields {
  return {
    userId: 'bench',
    provider: 'bench-provider',
    grantType: 'authorization_code',
    subject: 'user-1',
    scopes: ['openid', 'profile', 'offline_access'],
    tokenType: 'Bearer',
    expiresAt: Date.now() + 3_600_000,
    hasRefreshToken: true,
  };
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (require.main === module) {
  void runOAuthBench().then((results) =>
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`),
  );
}
