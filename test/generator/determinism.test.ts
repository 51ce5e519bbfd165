/**
 * Output depends on the spec only: the same spec generated twice in one process, into different
 * folders, from different working directories and spellings of its path, gives the same bytes,
 * and no file mentions the machine (absolute paths, the user's home, today's date).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPipeline } from '../../generator/pipeline.js';
import { curatedJobs, fixtureSpec, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, readTree, removeTempDir } from '../helpers/temp.js';

/** Two multi-file or large specs: the external-refs fixture and the curated beta package. */
const SPECS = [fixtureSpec('external-refs'), curatedJobs().find((j) => j.out.endsWith('graph-beta'))!.spec];

let temp: string;
beforeAll(() => {
  temp = makeTempDir('determinism');
});
afterAll(() => removeTempDir(temp));

describe.each(SPECS)('%s', (spec) => {
  const runs: { files: Map<string, string>; onDisk: Map<string, string> }[] = [];

  beforeAll(async () => {
    const slug = spec.replace(/\W+/g, '-');
    // Run 1: the spec relative to the repository, written to a temp folder given absolute.
    const first = path.join(temp, `${slug}-one`);
    // Run 2: the spec given absolute, from another working directory, to a relative nested output.
    const otherCwd = path.join(temp, `${slug}-cwd`);
    const second = path.join(otherCwd, 'nested', 'out');
    const a = await runPipeline({ spec, out: first }, { cwd: REPO_ROOT, check: false });
    const b = await runPipeline(
      { spec: path.join(REPO_ROOT, spec), out: path.join('nested', 'out') },
      { cwd: otherCwd, check: false },
    );
    for (const [result, dir] of [
      [a, first],
      [b, second],
    ] as const) {
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      runs.push({ files: result.files!, onDisk: readTree(dir) });
    }
  }, 60_000);

  test('two runs produce byte-identical packages, in memory and on disk', () => {
    const [one, two] = runs;
    expect([...two!.files.keys()]).toEqual([...one!.files.keys()]);
    for (const [file, text] of one!.files)
      expect({ file, same: two!.files.get(file) === text }).toEqual({ file, same: true });
    expect(one!.onDisk).toEqual(one!.files);
    expect(two!.onDisk).toEqual(one!.files);
  });

  test('no file names the machine: no absolute path, home folder, temp folder or today’s date', () => {
    const now = new Date();
    // Folders end with a separator, so that `/root` (a home) does not match `/rootCertificate` (a Graph path).
    const folders = [REPO_ROOT, temp, os.tmpdir(), os.homedir()].filter((f) => f.length > 1).map((f) => f + path.sep);
    const forbidden = [
      ...folders,
      REPO_ROOT.split(path.sep).join('/'),
      now.toISOString().slice(0, 10),
      now.toUTCString().slice(0, 16),
      now.toDateString(),
    ];
    const specText = fs.readFileSync(path.join(REPO_ROOT, spec), 'utf8');
    for (const [file, text] of runs[0]!.files) {
      for (const needle of forbidden)
        expect({ file, mentions: needle, found: text.includes(needle) }).toEqual({
          file,
          mentions: needle,
          found: false,
        });
      // Any time of day written as a timestamp (2026-11-25T12:00, 12:00:00 GMT) would come from a clock,
      // unless the spec itself writes it (a description's example date).
      const stamps = [...text.matchAll(/\d{4}-\d\d-\d\dT\d\d:\d\d|\b\d\d:\d\d:\d\d\b/g)].map((m) => m[0]);
      expect({ file, timestamps: stamps.filter((t) => !specText.includes(t)) }).toEqual({ file, timestamps: [] });
    }
  });
});
