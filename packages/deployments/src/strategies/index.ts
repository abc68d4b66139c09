import type { StrategyName } from '../types.js';
import { deployBlueGreen } from './blue-green.js';
import { deployCanary } from './canary.js';
import type { StrategyOutcome, StrategyRun } from './context.js';
import { deployDirect } from './direct.js';
import { deployRolling } from './rolling.js';

export const STRATEGY_RUNNERS: Record<StrategyName, (run: StrategyRun) => Promise<StrategyOutcome>> = {
  direct: deployDirect,
  rolling: (run) => deployRolling(run),
  'blue-green': deployBlueGreen,
  canary: deployCanary,
};

export * from './context.js';
export { idleSlot } from './blue-green.js';
export { batchesOf, deployRolling } from './rolling.js';
export { CANARY_SLOT, analysisUrl, promoteCanary, removeCanary } from './canary.js';
