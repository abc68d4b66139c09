import { activeWindow } from '../settings/freeze-windows.js';
import { wallTime } from '../settings/zoned-time.js';
import type { GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';

/**
 * freeze: no release to a frozen environment inside a freeze window or on a
 * holiday. A non-empty `override-reason` lets it through as `overridden`, with
 * the reason and who gave it kept in the report.
 */
export async function freezeGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const threshold = `outside ${settings.freezeWindows.length} window(s)`;
  const at = context.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (!settings.freezeEnvironments.includes(settings.environment)) {
    return {
      status: 'passed',
      value: `${settings.environment} is not frozen`,
      threshold: `applies to ${settings.freezeEnvironments.join(', ')}`,
      summary: `freeze windows apply to ${settings.freezeEnvironments.join(', ')}, not ${settings.environment}`,
      evidence: [],
      data: { now: at, environment: settings.environment },
    };
  }
  const hit = activeWindow(settings.freezeWindows, context.now);
  if (!hit) {
    return {
      status: 'passed',
      value: `${at}: open`,
      threshold,
      summary: `${at} is outside every freeze window`,
      evidence: [],
      data: { now: at, environment: settings.environment },
    };
  }
  const local = wallTime(context.now, hit.window.zone).stamp.replace('T', ' ');
  const until = hit.endsAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const inside = `${local} ${hit.window.zone} is inside the freeze "${hit.window.name}" (${hit.window.text}), open again at ${until}`;
  const data = {
    now: at,
    environment: settings.environment,
    window: hit.window.name,
    definition: hit.window.text,
    until,
  };
  if (settings.overrideReason) {
    const override = { reason: settings.overrideReason, actor: context.actor };
    return {
      status: 'overridden',
      value: `frozen: ${hit.window.name}`,
      threshold,
      summary: `${inside}; overridden by ${context.actor || 'unknown'}: ${settings.overrideReason}`,
      evidence: [
        { message: `freeze overridden by ${context.actor || 'unknown'}: ${settings.overrideReason}` },
      ],
      override,
      data,
    };
  }
  return {
    status: 'failed',
    value: `frozen: ${hit.window.name}`,
    threshold,
    summary: `${inside}; set override-reason to release anyway`,
    evidence: [{ message: inside }],
    data,
  };
}
