import { bytes, code, heading, table } from '../../packages/kit/src/index.js';
import type { Manifest } from '../../packages/artifacts/src/index.js';

/** The job summary: what was made, how big, and the digests people compare against. */
export function summaryMarkdown(manifest: Manifest, kept: number, mode: 'package' | 'merge'): string {
  const title = `Release artifacts: ${manifest.name} ${manifest.version}${mode === 'merge' ? ' (merged)' : ''}`;
  const rows = manifest.artifacts.map((a) => [code(a.name), a.platform ?? '', bytes(a.size), code(a.sha256)]);
  const facts: string[] = [
    `Checksums: ${code(manifest.checksums.sha256)}${manifest.checksums.sha512 ? `, ${code(manifest.checksums.sha512)}` : ''}`,
  ];
  for (const signature of manifest.signatures ?? []) {
    facts.push(
      `Signature: ${code(signature.file)} (${signature.tool}${signature.keyId ? `, key ${code(signature.keyId)}` : ''})`,
    );
  }
  if (manifest.provenance) facts.push(`Provenance: ${code(manifest.provenance)} (SLSA v1)`);
  if (manifest.attestation?.url) facts.push(`Attestation: ${manifest.attestation.url}`);
  if (manifest.commit)
    facts.push(
      `Commit built: ${code(manifest.commit)} (the checkout's HEAD), source date ${new Date(manifest.sourceDateEpoch * 1000).toISOString()}`,
    );
  if (manifest.workflowCommit && manifest.workflowCommit !== manifest.commit)
    facts.push(
      `Workflow commit: ${code(manifest.workflowCommit)} (GITHUB_SHA, the commit the run was started for; another than the one built)`,
    );
  if (kept > 0) facts.push(`${kept} file(s) already present with identical bytes were kept as they were.`);
  return (
    heading(title) +
    table(['artifact', 'platform', 'size', 'sha256'], rows) +
    '\n' +
    facts.map((line) => `- ${line}`).join('\n') +
    `\n\nVerify a download: ${code('sha256sum -c --ignore-missing SHA256SUMS')}\n`
  );
}
