import { runCli } from './run-cli'

void runCli(process.argv.slice(2), {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  // The merge driver Team sync registers runs this same script (bin/gloss.mjs or cli.js).
  ...(process.argv[1] !== undefined && { program: process.argv[1] }),
}).then((code) => {
  process.exitCode = code
})
