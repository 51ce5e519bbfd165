import * as path from 'node:path';
import { ROOT_DIR } from './root.js';

/**
 * The folder the user ran the command from, which relative --spec, --out and --config start from.
 * `npm run generate` runs the script in the package root and says where the user was in INIT_CWD;
 * only our own script's run is read so (a test runner started by `npm test` passes INIT_CWD on to
 * everything it starts, which has a cwd of its own).
 */
export function invocationDir(env: NodeJS.ProcessEnv, cwd: string): string {
  const ours =
    env.npm_package_json !== undefined &&
    path.dirname(env.npm_package_json) === ROOT_DIR &&
    /generator[\\/]run\.cjs/.test(env.npm_lifecycle_script ?? '');
  return ours && env.INIT_CWD && path.resolve(cwd) === ROOT_DIR ? path.resolve(env.INIT_CWD) : cwd;
}
