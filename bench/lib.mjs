import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** Shared by the benchmarks: where results go and what machine made them. */
export function writeResult(name, figures) {
  mkdirSync('bench/results', { recursive: true });
  const result = {
    benchmark: name,
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    ...figures,
  };
  writeFileSync(`bench/results/${name}.json`, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
  return result;
}

export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Peak resident memory of a child process in MiB, through GNU time when present. */
export function runMeasured(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const useTime = hasCommand('/usr/bin/time');
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', '__PEAK_KB__=%M', command, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        ...options,
      })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /__PEAK_KB__=(\d+)/.exec(result.stderr ?? '');
  return {
    seconds,
    peakMiB: peak ? Number(peak[1]) / 1024 : undefined,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}
