import { runCli } from './run-cli';

const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
const code = await runCli(process.argv.slice(2), io);
// `start` keeps running until a signal; every other command ends here.
if (code !== 0) process.exit(code);
