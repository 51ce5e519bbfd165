// A child process for test/helpers/registry.ts: Verdaccio with the config file named on the command line, listening
// on 127.0.0.1 on a port the system picks (so no two runs race for one); prints `port <n>` once it listens.
const { runServer } = require('verdaccio');

runServer(process.argv[2]).then(
  (server) => {
    server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${server.address().port}\n`));
  },
  (e) => {
    process.stderr.write(`verdaccio did not start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
