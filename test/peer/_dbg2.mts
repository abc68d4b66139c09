import { spawn } from 'node:child_process';
import { parseCommitMessage, RecordSplitter, logArguments, ChangelogEntries } from '../../packages/versioning/src/index.ts';
const [dir, mode] = [process.argv[2]!, process.argv[3]!];
const args = logArguments({ from: 'v1.0.0', to: 'HEAD' });
const store = new ChangelogEntries();
let n = 0;
const splitter = new RecordSplitter((r) => {
  const split = r.indexOf(0x1f);
  const hash = r.toString('latin1', 0, split);
  const message = r.toString('utf8', split + 1);
  if (mode === 'decode') return;
  const c = parseCommitMessage(message);
  if (mode === 'parse') return;
  if (c.type === 'feat' || c.type === 'fix') store.add({ hash, subject: c.subject, breaking: c.breaking, section: c.type === 'feat' ? 'features' : 'fixes', scope: c.scope });
  n++;
});
await new Promise((r) => { const c = spawn('git', args, { cwd: dir, env: { ...process.env, GIT_FLUSH: '0' } }); c.stdout.on('data', (d) => splitter.push(d)); c.on('close', r); });
console.log(dir, mode, 'self-peak', (process.resourceUsage().maxRSS / 1024).toFixed(0), 'MB');
