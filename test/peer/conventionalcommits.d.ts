/** The conventionalcommits preset ships JavaScript only; this is the part the peer test calls. */
declare module 'conventional-changelog-conventionalcommits' {
  interface Preset {
    /** Takes conventional-commits-parser's commits. */
    whatBump(commits: readonly object[]): { level: 0 | 1 | 2; reason: string } | null;
  }
  export default function createPreset(config?: { bumpStrict?: boolean; preMajor?: boolean }): Preset;
}
