import { spawn } from 'node:child_process';
import { HistoryAnalyser, RecordSplitter, logArguments, parseCommitMessage } from '../../packages/versioning/src/index.ts';
const [dir, mode] = [process.argv[2]!, process.argv[3]!];
const args = logArguments({ from: 'v1.0.0', to: 'HEAD' });
const analyser = new HistoryAnalyser(false, 50, mode === 'nospill' ? 1e9 : undefined);
let maxPending = 0;
const splitter = new RecordSplitter((r) => {
  if (mode === 'norevert') { const split = r.indexOf(0x1f); const m = r.toString('utf8', split + 1).replace(/This reverts commit/g, 'x'); analyser.add(r.toString('latin1', 0, split), m); return; }
  analyser.addRecord(r);
  maxPending = Math.max(maxPending, (analyser as any).pending.size);
});
await new Promise((r) => { const c = spawn('git', args, { cwd: dir, env: { ...process.env, GIT_FLUSH: '0' } }); c.stdout.on('data', (d) => splitter.push(d)); c.on('close', r); });
analyser.finish();
console.log(dir, mode, 'self-peak', (process.resourceUsage().maxRSS / 1024).toFixed(0), 'MB', 'maxPending', maxPending);
