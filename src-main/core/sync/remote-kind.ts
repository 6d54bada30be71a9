/**
 * Whether git reads `remote` as a URL (`file://`, `ssh://`, `https://`, `user@host:path`)
 * rather than a folder path. A path is made absolute by the shell that took it: git would
 * otherwise read a relative path from inside the project.
 */
export function isRemoteUrl(remote: string): boolean {
  return remote.includes('://') || /^[\w.-]+@[\w.-]+:/u.test(remote)
}
