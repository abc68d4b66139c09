/** The signing tools build-artifacts knows. */
export const SIGNERS = ['gpg', 'minisign', 'cosign'] as const;
export type Signer = (typeof SIGNERS)[number];
