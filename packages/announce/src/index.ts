/**
 * announce's logic before anything is sent: its inputs, and the plan checked as
 * a whole (channels and what each needs, notes, assets). The sending itself is
 * packages/notify's.
 */
export { spec, type AnnounceInputs } from './inputs.js';
export { planAnnouncement, type AnnouncePlan } from './plan.js';
export { channelPlans } from './channels.js';
