/**
 * Every error code an action can fail with: what it means and what to do about it.
 * The code is the title of the `::error::` annotation, so a user who searches it lands
 * here (rendered into docs/errors.md). A code used in `new ReleaseError(...)` must be
 * listed here: the type checker refuses any other.
 */
export interface ErrorCodeEntry {
  /** What went wrong, in one sentence. */
  meaning: string;
  /** What the user does about it. */
  action: string;
  /** The actions that raise it. */
  raisedBy: readonly string[];
}

export const ERROR_CODES = {
  EINPUT: {
    meaning: 'One or more inputs have values the action does not accept; every bad input is listed at once.',
    action:
      'Fix the named inputs in the step (or the key in .github/release-actions.yml); nothing was changed.',
    raisedBy: ['every action'],
  },
  ECONFIG: {
    meaning: '.github/release-actions.yml is not valid YAML or does not match the schema.',
    action:
      'Fix the file at the line given; point your editor at schema/release-actions.schema.json for completion.',
    raisedBy: ['every action'],
  },
  ENOREPO: {
    meaning: 'GITHUB_REPOSITORY is missing or not "owner/name".',
    action: 'Run the action inside GitHub Actions, where the runner sets it.',
    raisedBy: ['every action that calls the GitHub API'],
  },
  ENOTOKEN: {
    meaning: 'The action needs a GitHub token and got none.',
    action: 'Pass `token: ${{ github.token }}` (the default) or a token from secrets.',
    raisedBy: ['every action that calls the GitHub API', 'sync-branches'],
  },
  EFORBIDDEN: {
    meaning: 'The user who started the run lacks the repository role the step asks for.',
    action: 'Have a user with that role run it, or grant the role.',
    raisedBy: ['authorize'],
  },
  EGIT: {
    meaning: 'A git command failed unexpectedly.',
    action: 'Read the git message in the error; merging needs git 2.38 or later.',
    raisedBy: ['sync-branches'],
  },
  ENOTGIT: {
    meaning: 'The workspace is not inside a git repository.',
    action: 'Check the repository out first (actions/checkout with fetch-depth: 0).',
    raisedBy: ['bump-version'],
  },
  ENOTREPO: {
    meaning: 'The working directory is not a git repository.',
    action: 'Check the repository out first (actions/checkout with fetch-depth: 0).',
    raisedBy: ['sync-branches'],
  },
  ENOREMOTE: {
    meaning: 'The checkout has no remote of the configured name to push to.',
    action: 'Check out with actions/checkout (it sets up "origin"), or turn pushing off.',
    raisedBy: ['bump-version', 'sync-branches'],
  },
  EDETACHED: {
    meaning: 'HEAD is detached, so there is no branch to push the release to.',
    action: 'Set the ref input to the release branch, or check a branch out.',
    raisedBy: ['bump-version'],
  },
  EDIRTY: {
    meaning: 'The working tree has uncommitted changes that would end up in the release commit.',
    action: 'Commit or discard them in an earlier step.',
    raisedBy: ['bump-version'],
  },
  ESHALLOW: {
    meaning: 'The clone is shallow and its history could not be fetched, so the last release is unknown.',
    action: 'Check out the whole history: actions/checkout with fetch-depth: 0.',
    raisedBy: ['bump-version'],
  },
  ENOPRERELEASE: {
    meaning: 'release-type "promote" found no prerelease to promote.',
    action: 'Publish a prerelease first, or use another release-type.',
    raisedBy: ['bump-version'],
  },
  EPROMOTE: {
    meaning:
      'Promoting the prerelease would release a lower version than the commits since the last stable call for.',
    action: 'Publish a new prerelease of the higher version, or use release-type: auto.',
    raisedBy: ['bump-version'],
  },
  EVERSIONORDER: {
    meaning: 'The next version is not higher than the last release.',
    action: 'Pick a higher explicit version, or let the commits decide (release-type: auto).',
    raisedBy: ['bump-version'],
  },
  EVERSIONFILE: {
    meaning: 'A version file is missing, unreadable, or has no version where one was expected.',
    action: 'Check the version-files paths (relative to the repository root) and their format.',
    raisedBy: ['bump-version'],
  },
  ETAGEXISTS: {
    meaning: 'The release tag already exists on a commit that is not this release; tags are never moved.',
    action: 'Delete the stray tag if it is wrong, or release a higher version.',
    raisedBy: ['bump-version'],
  },
  EBRANCHEXISTS: {
    meaning: 'The release branch already exists on a commit that is not this release; it is never moved.',
    action: 'Delete or rename the stray branch, or release a higher version.',
    raisedBy: ['bump-version'],
  },
  EPUSH: {
    meaning: 'Pushing to the remote failed; local changes were undone.',
    action: 'Read the git message: a protected branch needs a pull request, a moved branch a re-run.',
    raisedBy: ['bump-version', 'sync-branches'],
  },
  EREBASE: {
    meaning: 'The branch moved on while releasing and the release commit does not rebase onto it cleanly.',
    action: 'Run the release again on the new head.',
    raisedBy: ['bump-version'],
  },
  ENOTARGET: {
    meaning: 'A target branch does not exist on the remote.',
    action: 'Create the branch, or leave it out of targets; nothing was merged.',
    raisedBy: ['sync-branches'],
  },
  ENOSOURCE: {
    meaning: 'The source is neither a branch nor a tag on the remote, nor a commit in the checkout.',
    action: 'Pass a branch, a tag or a full commit SHA the checkout contains (fetch-depth: 0).',
    raisedBy: ['sync-branches'],
  },
  ECONFLICT: {
    meaning: 'Merging the source into a target branch conflicts.',
    action: 'Resolve the conflict in the pull request opened for it, or merge by hand.',
    raisedBy: ['sync-branches'],
  },
  EBUILD: {
    meaning: 'The build command could not start or exited with a failure.',
    action: 'Read the last lines of its output in the error and the full log group; no artifact was written.',
    raisedBy: ['build-artifacts'],
  },
  ENOMATCH: {
    meaning: 'A files or merge-from pattern matched nothing to package.',
    action: 'Check the patterns (relative to the workspace) and that the build wrote its output there.',
    raisedBy: ['build-artifacts'],
  },
  EOUTSIDE: {
    meaning: 'A path, or the target of a symbolic link, lies outside the workspace.',
    action: 'Copy what must be packaged into the workspace first.',
    raisedBy: ['build-artifacts'],
  },
  EOUTSIDEBASE: {
    meaning: 'A matched file is not inside base-directory (or is the base directory itself).',
    action: 'Widen base-directory or narrow the files patterns.',
    raisedBy: ['build-artifacts'],
  },
  EGITLINK: {
    meaning:
      "A symbolic link points into git's metadata (.git), which holds the checkout's token and is never packaged.",
    action: 'Remove the link, or copy what the release needs out of .git into the packaged folder.',
    raisedBy: ['build-artifacts'],
  },
  EHIDDEN: {
    meaning: 'A symbolic link points at a hidden file or folder, which archives leave out.',
    action: 'Set include-hidden-files: true to package hidden files, or point the link elsewhere.',
    raisedBy: ['build-artifacts'],
  },
  ELINK: {
    meaning: 'A symbolic link is broken.',
    action: 'Remove the link or make the build create its target.',
    raisedBy: ['build-artifacts'],
  },
  ELOOP: {
    meaning: 'A symbolic link points to one of its own parent directories.',
    action: 'Exclude it with a "!" pattern.',
    raisedBy: ['build-artifacts'],
  },
  ESPECIAL: {
    meaning: 'A matched path is a socket, pipe or device, which cannot be packaged.',
    action: 'Exclude it with a "!" pattern.',
    raisedBy: ['build-artifacts'],
  },
  EDUPLICATE: {
    meaning: 'Two artifacts would get the same name.',
    action: 'Rename one of the paths, or package them together (split: false).',
    raisedBy: ['build-artifacts'],
  },
  ESOURCEDATE: {
    meaning: 'The timestamp for reproducible archives cannot be told (bad SOURCE_DATE_EPOCH, or no commit).',
    action: 'Check the repository out, or set SOURCE_DATE_EPOCH to whole seconds since 1970.',
    raisedBy: ['build-artifacts'],
  },
  ESIGN: {
    meaning: 'Signing failed: the signer is missing, the key unusable, or the tool exited with a failure.',
    action: 'Check signing-key and signing-passphrase, and that the signer is installed.',
    raisedBy: ['build-artifacts'],
  },
  EATTEST: {
    meaning: 'Creating the build provenance attestation failed.',
    action: 'Grant the job `id-token: write` and `attestations: write`.',
    raisedBy: ['build-artifacts'],
  },
  EMANIFEST: {
    meaning:
      "A leg's artifacts.json is missing, not JSON, off schema, or does not match the files beside it.",
    action: 'Download the whole artifact of each leg into merge-from.',
    raisedBy: ['build-artifacts'],
  },
  EMERGEVERSION: {
    meaning: 'The merged legs were built for a different version than the version input, or for several.',
    action: 'Merge only the legs of one workflow run.',
    raisedBy: ['build-artifacts'],
  },
  EMERGECOMMIT: {
    meaning: 'The merged legs were built from different commits.',
    action: 'Merge only the legs of one workflow run; a stale download folder is the usual cause.',
    raisedBy: ['build-artifacts'],
  },
  EMERGECONFLICT: {
    meaning: 'Two legs made artifacts of the same name with different contents.',
    action: 'Give each leg its own platform label.',
    raisedBy: ['build-artifacts'],
  },
  ECORRUPT: {
    meaning: "A leg's archive does not match the checksum in its manifest.",
    action: 'Re-run the leg; the download is incomplete or was changed.',
    raisedBy: ['build-artifacts'],
  },
  EARTIFACT: {
    meaning: 'An artifacts pattern matches no file.',
    action: 'Build or download the artifacts in an earlier step.',
    raisedBy: ['deploy-env'],
  },
  ETOOL: {
    meaning: 'A tool named in setup-tools could not be downloaded.',
    action: 'Check its URL and version.',
    raisedBy: ['deploy-env', 'rollback'],
  },
  ECHECKSUM: {
    meaning: "A downloaded tool's sha256 differs from the one in setup-tools; the tool was refused.",
    action: "Check the checksum against the publisher's list, never against the download itself.",
    raisedBy: ['deploy-env', 'rollback'],
  },
  EENVIRONMENT: {
    meaning: 'The environment is not declared in the configuration nor known to the repository.',
    action:
      'Declare it under environments: in .github/release-actions.yml or create it in Settings → Environments.',
    raisedBy: ['deploy-env', 'rollback'],
  },
  EREF: {
    meaning: 'The environment does not accept deployments from this ref, or the ref cannot be told.',
    action: 'Deploy an allowed tag or branch, or change allowed-refs of the environment.',
    raisedBy: ['deploy-env'],
  },
  ENOTDEPLOYED: {
    meaning: 'The version has no successful deployment to the environment that must come first.',
    action: 'Deploy it there and let it pass its checks first.',
    raisedBy: ['deploy-env'],
  },
  EDEPLOYMENT: {
    meaning: 'The deployment named by deployment-id is for another environment or version.',
    action: 'Name the deployment of this environment and version, or leave the input empty.',
    raisedBy: ['deploy-env', 'rollback'],
  },
  ELOCKED: {
    meaning: 'Another deployment to the environment was still in progress when the wait ran out.',
    action: 'Give deploy jobs a concurrency group per environment, or raise the wait.',
    raisedBy: ['deploy-env'],
  },
  ENOCOMMAND: {
    meaning: 'The strategy needs a provider command that is not set.',
    action: "Set the command input the message names (or its key in the environment's config).",
    raisedBy: ['deploy-env', 'rollback'],
  },
  ECOMMAND: {
    meaning: 'A provider command exited with a failure.',
    action: "Read the command's output in the log; the deployment record says what is live.",
    raisedBy: ['deploy-env', 'rollback'],
  },
  EVERIFY: {
    meaning: 'The new version did not pass its verification.',
    action: 'Read the failed checks in the job summary.',
    raisedBy: ['deploy-env'],
  },
  EANALYSIS: {
    meaning: 'The canary or post-switch analysis judged the new version worse than allowed.',
    action: 'Read the analysis figures in the job summary.',
    raisedBy: ['deploy-env'],
  },
  EDEPLOY: {
    meaning: 'The deployment failed; the message says whether it was rolled back and to what.',
    action: 'Read the job summary for the steps, the analysis figures and the rollback report.',
    raisedBy: ['deploy-env'],
  },
  ECANCELLED: {
    meaning:
      'The run was cancelled mid-deploy; the deploy ended on a known version: rolled back where the new version may have served, else the record says what is live.',
    action: 'Read the deployment record (or the job summary) for what is live; deploy again when ready.',
    raisedBy: ['deploy-env'],
  },
  ENOVERSION: {
    meaning: 'The deployment to roll back to records no version.',
    action: 'Name a version with the input "to".',
    raisedBy: ['rollback', 'deploy-env'],
  },
  ENOGOOD: {
    meaning: 'There is no earlier good deployment to roll back to.',
    action: 'Name a version that was deployed there with the input "to", or deploy a fix.',
    raisedBy: ['rollback', 'deploy-env'],
  },
  EALREADY: {
    meaning: 'The environment is already on the version asked for.',
    action: 'Nothing to do; nothing was changed.',
    raisedBy: ['rollback'],
  },
  EROLLBACK: {
    meaning: 'Rolling back failed part-way; the environment may serve either version.',
    action: 'Check the environment and run rollback again once the cause is fixed.',
    raisedBy: ['rollback', 'deploy-env'],
  },
  EMIGRATION: {
    meaning:
      'The release being rolled back migrated the database and no migrate-rollback-command is set to undo it.',
    action:
      'Set migrate-rollback-command, undo the migration yourself and run rollback again, or deploy a fix forward; nothing was changed.',
    raisedBy: ['rollback', 'deploy-env'],
  },
  ESMOKE: {
    meaning: 'One or more smoke checks failed.',
    action: 'Read the failed checks in the message and the job summary.',
    raisedBy: ['smoke-test'],
  },
  EREPORT: {
    meaning: 'A test, coverage or scan report cannot be read as the format it claims.',
    action: 'Check the file and position in the message; point the input at the report the tool wrote.',
    raisedBy: ['validate-gates'],
  },
  EGATES: {
    meaning: 'One or more release gates failed.',
    action: 'Read every failure with its evidence in the job summary and the gates report.',
    raisedBy: ['validate-gates'],
  },
  ERELEASE: {
    meaning: 'GitHub refused to create the release and none exists.',
    action: "Check the tag and the token's `contents: write` permission.",
    raisedBy: ['announce'],
  },
  EASSETCONFLICT: {
    meaning: 'The release already has assets of these names with different contents.',
    action: 'Set replace-assets: true to replace them, or rebuild the same bytes.',
    raisedBy: ['announce'],
  },
  EIMMUTABLE: {
    meaning: 'The release is published and immutable, so its assets cannot change.',
    action: 'Publish a new version instead.',
    raisedBy: ['announce'],
  },
  ECOMMENT: {
    meaning: 'Commenting on or labelling a shipped issue or pull request failed.',
    action: 'Grant `issues: write` and `pull-requests: write`; re-running does not duplicate comments.',
    raisedBy: ['announce'],
  },
  EANNOUNCE: {
    meaning: 'Some channels could not be announced to; the message lists them.',
    action: 'Fix the failing channels and re-run; the release and comments are not repeated.',
    raisedBy: ['announce'],
  },
  ETARGETS: {
    meaning: 'With `gate: fail`, the release figures missed one or more targets; the message lists each.',
    action:
      'Read the trend charts and worst releases in the job summary; change `targets` if a target no longer fits.',
    raisedBy: ['release-metrics'],
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}
