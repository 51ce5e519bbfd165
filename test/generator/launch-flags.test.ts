/**
 * The V8 flags a run is tuned for reach the published bin too: the launcher both `npm run generate` and the bin go
 * through sets them before the helper thread starts and before the CLI's bundle loads, and they are the flags of
 * package.json's generate script that can be set once Node runs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';

const LAUNCH = path.join(REPO_ROOT, 'generator', 'launch.cjs');

test("the launcher's flags are package.json's generate script's, but for --single-threaded", () => {
  const script = (
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts.generate!;
  const scriptFlags = script.split(/\s+/).filter((word) => word.startsWith('--'));
  const { V8_FLAGS } = require(LAUNCH) as { V8_FLAGS: string[] };
  expect(V8_FLAGS.length).toBeGreaterThan(0);
  expect(scriptFlags.filter((flag) => flag !== '--single-threaded')).toEqual(V8_FLAGS);
});

test('start sets every flag before it starts the helper and loads the CLI', () => {
  const bundles = makeTempDir('launch-flags');
  const events: string[] = [];
  try {
    fs.writeFileSync(
      path.join(bundles, 'cli.cjs'),
      'exports.run = (helper) => globalThis.__launchEvents.push("cli " + typeof helper);',
    );
    (globalThis as { __launchEvents?: string[] }).__launchEvents = events;
    jest.isolateModules(() => {
      jest.doMock('node:v8', () => ({ setFlagsFromString: (flag: string) => events.push(`flag ${flag}`) }));
      jest.doMock('node:worker_threads', () => ({
        Worker: class {
          constructor(file: string) {
            events.push(`helper ${path.basename(file)}`);
          }
          unref(): void {}
        },
      }));
      (require(LAUNCH) as { start(bundles: string): void }).start(bundles);
    });
  } finally {
    delete (globalThis as { __launchEvents?: string[] }).__launchEvents;
    removeTempDir(bundles);
  }
  expect(events).toEqual([
    'flag --max-inlined-bytecode-size-cumulative=300',
    'flag --interrupt-budget=270336',
    'helper worker.cjs',
    'cli object',
  ]);
});
