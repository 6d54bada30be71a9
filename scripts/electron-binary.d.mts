/** The absolute path of the Electron executable, or `null` when it is not installed. */
export declare function electronBinaryPath(root?: string): string | null
/** Whether desktop launch (and the Electron e2e suite) can run on this machine. */
export declare function electronBinaryInstalled(root?: string): boolean
