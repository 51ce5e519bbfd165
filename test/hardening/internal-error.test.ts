/**
 * A bug in the generator (not in the spec) is exit 3 with one line, and a stack trace only with
 * --debug. The pipeline is replaced by one that throws, as a bug would.
 */
import { makeTemp, removeTemp, runCli } from './support.js';

jest.mock('../../generator/pipeline.js', () => ({
  runPipeline: () => Promise.reject(new TypeError('something the generator did not expect')),
}));

let temp: string;
beforeAll(() => {
  temp = makeTemp('internal');
});
afterAll(() => removeTemp(temp));

test('without --debug: exit 3, one line, no stack trace', async () => {
  const run = await runCli(['--spec', 'spec.yaml', '--out', 'out'], temp);
  expect(run.status).toBe(3);
  expect(run.stderr).toBe(
    'error internal: generating out failed unexpectedly: something the generator did not expect (run with --debug for the stack trace)\n',
  );
});

test('with --debug: the stack trace follows', async () => {
  const run = await runCli(['--spec', 'spec.yaml', '--out', 'out', '--debug'], temp);
  expect(run.status).toBe(3);
  expect(run.stderr).toMatch(
    /^error internal: generating out failed unexpectedly: something the generator did not expect\nTypeError: something the generator did not expect\n\s+at /,
  );
});
