// Runs a child process in the foreground and exits with its status. Ctrl+C reaches the child
// directly (same process group), so only SIGTERM, which is sent to us alone, is forwarded.
import { spawn } from 'node:child_process'

export function runChild(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' })
  const forward = () => child.kill('SIGTERM')
  process.on('SIGTERM', forward)
  process.on('SIGINT', () => {})
  child.on('error', (error) => {
    process.stderr.write(`gloss: could not start ${command}: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    process.off('SIGTERM', forward)
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1))
  })
}
