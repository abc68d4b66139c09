import diff from 'semver/functions/diff.js';
import gt from 'semver/functions/gt.js';
import gte from 'semver/functions/gte.js';
import inc from 'semver/functions/inc.js';
import major from 'semver/functions/major.js';
import parse from 'semver/functions/parse.js';
import prerelease from 'semver/functions/prerelease.js';
import valid from 'semver/functions/valid.js';

/**
 * The semver functions the version inputs need, imported one by one: semver's index loads
 * every class, range and function at start-up, before a step has read its inputs.
 */
export const semver = { diff, gt, gte, inc, major, parse, prerelease, valid };
