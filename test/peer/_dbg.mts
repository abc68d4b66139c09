import { analyseHistory } from '../../packages/versioning/src/index.ts';
const t = Date.now();
const a = await analyseHistory({ cwd: '/tmp/h100k', from: 'v1.0.0', to: 'HEAD' });
console.log('analysis', (Date.now() - t) / 1000, a.entries.length);
