/** The conventionalcommits preset ships JavaScript only; this is the part the peer test calls. */
declare module 'conventional-changelog-conventionalcommits' {
  import type { Commit } from 'conventional-commits-parser';

  interface Preset {
    whatBump(commits: Commit[]): { level: 0 | 1 | 2; reason: string } | null;
  }
  export default function createPreset(config?: { bumpStrict?: boolean; preMajor?: boolean }): Preset;
}
