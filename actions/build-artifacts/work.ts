import { readdir } from 'node:fs/promises';
import { relative } from 'node:path';
import {
  bytes,
  githubAttester,
  group,
  info,
  notice,
  ReleaseError,
  runnerProcesses,
  setOutputs,
  warning,
  writeSummary,
  type RunContext,
} from '../../packages/kit/src/index.js';
import {
  attestStatement,
  buildEnvironment,
  describeStep,
  mergeLegs,
  planArtifacts,
  readLegs,
  resolveCommit,
  resolveSourceDate,
  runBuildStep,
  Staging,
  writeManifest,
  writePlannedArtifacts,
  writeReleaseFiles,
  MANIFEST_FILE,
  type ArtifactRecord,
  type ReleaseFacts,
} from '../../packages/artifacts/src/index.js';
import type { Settings } from './inputs.js';
import { summaryMarkdown } from './summary.js';

/** GITHUB_SHA when it is a commit id (a local run may have none). */
function workflowCommit(context: RunContext): string | null {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(context.sha) ? context.sha : null;
}

export async function packageMode(context: RunContext, settings: Settings, startedOn: Date): Promise<void> {
  // SOURCE_DATE_EPOCH is the reproducible-builds convention a job may set, not a runner variable.
  const sourceDate = await resolveSourceDate(context.workspace, process.env['SOURCE_DATE_EPOCH']);
  const commit = (await resolveCommit(context.workspace, context.sha)) ?? null;
  const env = buildEnvironment(process.env, {
    SOURCE_DATE_EPOCH: String(sourceDate.epoch),
    RELEASE_VERSION: settings.version,
    RELEASE_PLATFORM: settings.platform,
  });
  for (const step of settings.build) {
    await group(`Build: ${describeStep(step)}`, () =>
      runBuildStep(step, { processes: runnerProcesses, cwd: settings.workingDirectory, env }),
    );
  }

  const planned = await planArtifacts({
    workspace: context.workspace,
    patterns: settings.files,
    skip: [settings.outputDirectory],
    baseDirectory: settings.baseDirectory,
    split: settings.split,
    wrap: settings.wrap,
    includeHidden: settings.includeHidden,
    copyLinks: settings.copyLinks,
    name: settings.name,
    version: settings.version,
    platform: settings.platform,
    formats: settings.formats,
  });
  const facts: ReleaseFacts = {
    name: settings.name,
    version: settings.version,
    commit,
    workflowCommit: workflowCommit(context),
    repository: context.repository || undefined,
    runUrl: context.runUrl || undefined,
    sourceDateEpoch: sourceDate.epoch,
  };
  await withStaging(settings.outputDirectory, async (staging) => {
    const artifacts = await group('Packaging', async () => {
      info(
        `Entry time ${new Date(sourceDate.epoch * 1000).toISOString()} (from ${sourceDate.from}), level ${settings.level}`,
      );
      return writePlannedArtifacts(planned, staging, {
        mtime: sourceDate.epoch,
        level: settings.level,
        algorithms: settings.algorithms,
        onArtifact: (a) => info(`${a.name}: ${bytes(a.size)}, ${a.entries} file(s), sha256 ${a.sha256}`),
      });
    });
    await finish(context, settings, staging, artifacts, facts, startedOn);
  });
}

export async function mergeMode(context: RunContext, settings: Settings, startedOn: Date): Promise<void> {
  const legs = await readLegs(context.workspace, settings.mergeFrom, [settings.outputDirectory]);
  info(`Merging ${legs.length} leg(s): ${legs.map((leg) => leg.rel).join(', ')}`);
  await withStaging(settings.outputDirectory, async (staging) => {
    const merged = await group('Verifying and merging', () => mergeLegs(legs, staging, settings.algorithms));
    if (settings.version !== merged.version) {
      throw new ReleaseError(
        'EMERGEVERSION',
        `The legs built version ${merged.version}, but the version input is ${settings.version}`,
      );
    }
    for (const a of merged.artifacts)
      info(`${a.name} (${a.platform ?? 'no platform'}): ${bytes(a.size)}, sha256 ${a.sha256}`);
    const facts: ReleaseFacts = {
      name: settings.nameGiven || merged.names.length !== 1 ? settings.name : merged.names[0]!,
      version: merged.version,
      commit: merged.commit,
      workflowCommit: workflowCommit(context),
      repository: context.repository || undefined,
      runUrl: context.runUrl || undefined,
      sourceDateEpoch: merged.sourceDateEpoch,
    };
    await finish(context, settings, staging, merged.artifacts, facts, startedOn);
  });
}

/** Opens the staging folder; on any failure or cancellation nothing this run made is left behind. */
async function withStaging(directory: string, body: (staging: Staging) => Promise<void>): Promise<void> {
  const staging = await Staging.open(directory);
  const onSignal = (signal: NodeJS.Signals) => {
    staging.discardNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await body(staging);
  } catch (thrown) {
    await staging.discard();
    throw thrown;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function finish(
  context: RunContext,
  settings: Settings,
  staging: Staging,
  artifacts: ArtifactRecord[],
  facts: ReleaseFacts,
  startedOn: Date,
): Promise<void> {
  const files = await writeReleaseFiles({
    staging,
    artifacts,
    algorithms: settings.algorithms,
    facts,
    signing: settings.signer
      ? {
          signer: settings.signer,
          key: settings.signingKey!,
          passphrase: settings.signingPassphrase,
          tempRoot: context.temp,
          env: buildEnvironment(process.env, {}),
          processes: runnerProcesses,
        }
      : undefined,
    provenance: settings.provenance,
    run: context,
    startedOn,
  });
  const { manifest } = files;
  if (settings.attest) {
    if (!githubAttester.available()) {
      notice(
        'attest is true, but this job has no OIDC token, so the attestation was skipped. Give the job `permissions: { id-token: write, attestations: write }`.',
        { title: 'Attestation skipped' },
      );
    } else {
      const result = await group('Attesting provenance', () =>
        attestStatement(
          githubAttester,
          files.statement,
          settings.token ?? '',
          `${context.serverUrl}/${context.repository}`,
        ),
      );
      manifest.attestation = {
        ...(result.id ? { id: result.id } : {}),
        ...(result.url ? { url: result.url } : {}),
      };
      info(`Attestation ${result.url ?? result.id ?? 'stored'}`);
    }
  }
  await writeManifest(staging, manifest);
  const committed = await staging.commit(files.order);
  if (committed.kept.length > 0) info(`Kept unchanged: ${committed.kept.join(', ')}`);
  await warnAboutStrays(settings.outputDirectory, files.order, context.workspace);

  const at = (name: string) => staging.finalPath(name);
  setOutputs({
    artifacts: manifest.artifacts.map((a) => ({
      name: a.name,
      path: at(a.name),
      format: a.format,
      platform: a.platform,
      size: a.size,
      sha256: a.sha256,
      ...(a.sha512 ? { sha512: a.sha512 } : {}),
    })),
    manifest: at(MANIFEST_FILE),
    checksums: at(files.checksumFiles[0]!),
    directory: settings.outputDirectory,
    signature: files.signatureFiles[0] ? at(files.signatureFiles[0]) : '',
    provenance: files.provenanceFile ? at(files.provenanceFile) : '',
    'attestation-url': manifest.attestation?.url ?? '',
  });
  await writeSummary(summaryMarkdown(manifest, committed.kept.length, settings.mode));
}

/** Files in the output directory that this run did not make are not in SHA256SUMS; say so before someone uploads them. */
async function warnAboutStrays(directory: string, made: string[], workspace: string): Promise<void> {
  const strays = (await readdir(directory)).filter((name) => !name.startsWith('.') && !made.includes(name));
  if (strays.length === 0) return;
  warning(
    `${relative(workspace, directory) || directory} also holds ${strays.join(', ')}, which this run did not make and SHA256SUMS does not list.`,
    { title: 'Stray files in the output directory' },
  );
}
