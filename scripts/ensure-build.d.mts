/** The repository root (the folder holding package.json). */
export declare const ROOT: string
/** Why the build is out of date, or `null` when out/ is current. */
export declare function staleReason(root?: string): string | null
/** Runs `electron-vite build` when needed; `true` when it built. Throws when the build fails. */
export declare function ensureBuild(options?: { quiet?: boolean; root?: string }): boolean
