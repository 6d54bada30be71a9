import { runCli } from './run-cli'

void runCli(process.argv.slice(2), {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code
})
