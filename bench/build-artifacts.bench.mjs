#!/usr/bin/env node
// build-artifacts on a 1 GiB input, against the tools people would otherwise use, in one run:
//   checksums: the action verifying and listing a 1 GiB artifact (merge mode) vs `sha256sum`
//   archives:  the action packaging a 1 GiB tree as tar.gz at level 6 vs `tar -I 'gzip -6' -cf`
// Both run as processes under GNU time for their peak memory. Aim: checksums at >= 90 % of
// sha256sum's throughput, archives within 1.3x of tar's time, peak memory under 150 MiB.
// The input is generated in a temp folder and deleted afterwards.
import { createHash, randomFillSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasCommand, runMeasured, writeResult } from './lib.mjs';

const MiB = 1024 * 1024;
const TOTAL = 1024 * MiB;
const BUNDLE = 'dist/build-artifacts/index.js';
const ROUNDS = { checksum: 3, archive: 2 };
const SOURCE_DATE_EPOCH = '1767600000';

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run npm run build -- build-artifacts first`);
  process.exit(1);
}
for (const tool of ['sha256sum', 'tar', 'gzip', '/usr/bin/time']) {
  if (!hasCommand(tool)) {
    console.error(`${tool} is needed for this benchmark`);
    process.exit(1);
  }
}

/** Half incompressible bytes, half log-like text (what release trees mostly hold: binaries and text). */
function writeInput(path, bytes, seed) {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(4 * MiB);
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0);
  const hash = createHash('sha256');
  for (let written = 0; written < bytes; written += block.length) {
    const size = Math.min(block.length, bytes - written);
    if ((written / block.length) % 2 === 0) {
      randomFillSync(block, 0, size);
    } else {
      let offset = 0;
      while (offset < size) {
        const line = `2026-01-05T09:${String(next() % 60).padStart(2, '0')}:00Z INFO request id=${next()} path=/api/v1/items/${next() % 5000} status=${[200, 200, 200, 404, 500][next() % 5]} ms=${next() % 900}\n`;
        offset += block.write(line, offset);
      }
    }
    writeSync(fd, block, 0, size);
    hash.update(block.subarray(0, size));
  }
  closeSync(fd);
  return hash.digest('hex');
}

function best(samples) {
  return samples.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
}

function runAction(workspace, inputs) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/app',
    RUNNER_TEMP: join(workspace, '..', 'runner-temp'),
    SOURCE_DATE_EPOCH,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
  const result = runMeasured(process.execPath, [join(process.cwd(), BUNDLE)], { cwd: workspace, env });
  if (result.status !== 0) throw new Error(`build-artifacts failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

const root = mkdtempSync(join(tmpdir(), 'bench-build-artifacts-'));
try {
  mkdirSync(join(root, 'runner-temp'));
  // The tree to package: 8 files of 128 MiB.
  const workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'input/bin'), { recursive: true });
  mkdirSync(join(workspace, 'input/logs'), { recursive: true });
  console.log('generating 1 GiB of input…');
  for (let i = 0; i < 8; i += 1) {
    const folder = i < 4 ? 'bin' : 'logs';
    writeInput(join(workspace, `input/${folder}/part-${i}.dat`), TOTAL / 8, i + 1);
  }
  // One 1 GiB artifact for the checksum comparison, as a matrix leg would have uploaded it.
  const mergeSpace = join(root, 'merge');
  const leg = join(mergeSpace, 'legs/linux-x64');
  mkdirSync(leg, { recursive: true });
  const artifactName = 'app-1.0.0-linux-x64.tar.gz';
  const digest = writeInput(join(leg, artifactName), TOTAL, 99);

  console.log('checksums…');
  const peerSums = [];
  const ourSums = [];
  for (let round = 0; round < ROUNDS.checksum; round += 1) {
    const peer = runMeasured('sha256sum', [join(leg, artifactName)]);
    if (!peer.stdout.startsWith(digest)) throw new Error(`sha256sum disagrees: ${peer.stdout}`);
    peerSums.push(peer);
    const manifest = {
      schemaVersion: 1,
      name: 'app',
      version: '1.0.0',
      commit: null,
      sourceDateEpoch: Number(SOURCE_DATE_EPOCH),
      buildTime: new Date().toISOString(),
      platforms: ['linux-x64'],
      checksums: { sha256: 'SHA256SUMS' },
      artifacts: [
        {
          name: artifactName,
          path: artifactName,
          format: 'tar.gz',
          platform: 'linux-x64',
          size: TOTAL,
          sha256: digest,
          entries: 1,
        },
      ],
    };
    writeFileSync(join(leg, 'artifacts.json'), JSON.stringify(manifest));
    rmSync(join(mergeSpace, 'release'), { recursive: true, force: true });
    ourSums.push(
      runAction(mergeSpace, {
        mode: 'merge',
        version: '1.0.0',
        'merge-from': 'legs/*',
        'output-directory': 'release',
        provenance: 'false',
      }),
    );
  }

  console.log('archives…');
  const peerArchives = [];
  const ourArchives = [];
  for (let round = 0; round < ROUNDS.archive; round += 1) {
    const peerOut = join(root, 'peer.tar.gz');
    peerArchives.push({
      ...runMeasured('tar', ['-I', 'gzip -6', '-cf', peerOut, '-C', workspace, 'input']),
      path: peerOut,
    });
    rmSync(join(workspace, 'release-artifacts'), { recursive: true, force: true });
    ourArchives.push(
      runAction(workspace, {
        version: '1.0.0',
        files: 'input',
        formats: 'tar.gz',
        'compression-level': '6',
        provenance: 'false',
      }),
    );
  }
  const peerSize = statSync(join(root, 'peer.tar.gz')).size;
  const ourSize = statSync(join(workspace, 'release-artifacts/app-1.0.0.tar.gz')).size;

  const sumPeer = best(peerSums);
  const sumOurs = best(ourSums);
  const archPeer = best(peerArchives);
  const archOurs = best(ourArchives);
  const mbps = (seconds) => Number((TOTAL / MiB / seconds).toFixed(1));
  const peak = (samples) => Number(Math.max(...samples.map((s) => s.peakMiB ?? 0)).toFixed(1));
  const checksumRatio = Number((sumPeer.seconds / sumOurs.seconds).toFixed(2));
  const archiveRatio = Number((archOurs.seconds / archPeer.seconds).toFixed(2));
  const ourPeak = Math.max(peak(ourSums), peak(ourArchives));
  writeResult('build-artifacts', {
    input: {
      bytes: TOTAL,
      files: 8,
      content: 'half random bytes, half log-like text, in 4 MiB stripes',
      rounds: ROUNDS,
      note: 'best of the rounds; the action runs as its bundle, start-up included',
    },
    checksum: {
      peer: {
        command: 'sha256sum <1 GiB file>',
        seconds: sumPeer.seconds,
        MiBps: mbps(sumPeer.seconds),
        peakMiB: peak(peerSums),
      },
      ours: {
        command:
          'build-artifacts mode=merge: re-hash the 1 GiB artifact against its leg manifest, write SHA256SUMS and artifacts.json',
        seconds: sumOurs.seconds,
        MiBps: mbps(sumOurs.seconds),
        peakMiB: peak(ourSums),
      },
      throughputRatio: checksumRatio,
      aim: 'at least 0.9 of sha256sum',
      met: checksumRatio >= 0.9,
    },
    archive: {
      level: 6,
      peer: {
        command: "tar -I 'gzip -6' -cf out.tar.gz input",
        seconds: archPeer.seconds,
        peakMiB: peak(peerArchives),
        bytes: peerSize,
      },
      ours: {
        command:
          'build-artifacts files=input formats=tar.gz compression-level=6 (archive hashed as it is written, SHA256SUMS, manifest)',
        seconds: archOurs.seconds,
        peakMiB: peak(ourArchives),
        bytes: ourSize,
      },
      timeRatio: archiveRatio,
      aim: 'at most 1.3x tar',
      met: archiveRatio <= 1.3,
    },
    peakMemory: { oursMiB: ourPeak, aimMiB: 150, met: ourPeak < 150 },
  });
} finally {
  rmSync(root, { recursive: true, force: true });
}
