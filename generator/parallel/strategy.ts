/**
 * Output strategies: how planned files become printed, built and written ones. The pipeline hands
 * a strategy the model's progress (its listener) and the finished IR, and asks for the sources;
 * when and where each file is printed is decided here, never in the pipeline or the model.
 */
import { transpileFile, withBanner, type BuiltFile } from '../build/transpile.js';
import type { Diagnostic } from '../diagnostics.js';
import type { PackageIdentity, PlannedFile } from '../emit/emitter.js';
import { earlyPlanner, planPackage } from '../emit/plan.js';
import type { IrDocument, ModelListener } from '../model/ir.js';
import { StagedOutput, writeOutput } from '../write/output.js';
import type { Helper, PrintSession } from './helper.js';

/** What emitting gave: the printed sources, their builds under way, and what went to disk already. */
export interface Emitted {
  /** Printed sources held by this thread, by path under src/. */
  readonly sources: Map<string, string>;
  /** The build of each printed source, started as soon as it was printed. */
  readonly building: ReadonlyMap<string, Promise<BuiltFile>>;
  /** Files the helper printed, built and wrote itself (package paths), whose texts this thread never holds. */
  readonly written: readonly string[];
  /** Problems met writing those. */
  readonly diagnostics: readonly Diagnostic[];
}

/** How a package's files are printed and written. */
export interface OutputStrategy {
  /** Hears of the model's progress, to plan and print files before it is done; none when everything waits for it. */
  readonly listener?: ModelListener;
  /** Why the output folder may not be replaced, when that was known before anything was made. */
  readonly refused: readonly Diagnostic[];
  /** Plans what is not planned yet, has every file printed, and waits for them (`onProgress`: files finished). */
  emit(
    ir: IrDocument,
    identity: PackageIdentity,
    onProgress?: (done: number, total: number, unit: string) => void,
  ): Promise<Emitted>;
  /** Writes the finished package. */
  write(files: ReadonlyMap<string, string>): Diagnostic[];
  /** Waits for every file under way; a run that stopped before its write leaves no temporary folder. */
  close(): Promise<void>;
}

/** What chooses and drives a strategy. */
export interface OutputOptions {
  readonly helper: Helper;
  /** A large spec (see pipeline.ts): printed by the helper while the model is built. */
  readonly large: boolean;
  /** Nothing is written (`--check`). */
  readonly check: boolean;
  /** Replace a package of another API or name (see write/output.ts's WriteOptions). */
  readonly force?: boolean;
  /** The package folder, absolute, and as the user wrote it. */
  readonly out: string;
  readonly display: string;
  /** Who the package is, once its IR is known. */
  identityOf(ir: IrDocument): PackageIdentity;
}

/**
 * Streamed through the helper when it prints (a large spec and a live helper thread), in memory
 * otherwise. The helper starts loading what it will need (the printer, or Prettier) at once.
 */
export function chooseOutput(options: OutputOptions): OutputStrategy {
  if (options.large) options.helper.warmPrinter();
  else options.helper.warmFormatter();
  return options.helper.sharesPrinting ? streamed(options) : inMemory(options);
}

/** Everything is planned once the IR is done, and printed here (or on a helper that is gone, here too). */
function inMemory(options: OutputOptions): OutputStrategy {
  const printing = printingSession(options.helper);
  return {
    refused: [],
    emit: (ir, identity, onProgress) => emitAll(printing, planPackage(ir, identity), 0, onProgress),
    write: (files) => writeOutput(options.out, files, options.display, options),
    close: async () => undefined,
  };
}

/**
 * The helper prints each file as soon as it is planned: the component schemas' models and each
 * output group's files while the model is still being built, the rest as soon as it is done, while
 * the spec is validated (see earlyPlanner). Unless `--check`, each file goes to disk as the helper
 * prints and builds it (see StagedOutput and tasks.ts's deliver); once this thread has validated the
 * spec and rendered the package files, and only waits, the helper hands what it prints back to it
 * to build and write, so both finish together.
 */
function streamed(options: OutputOptions): OutputStrategy {
  // A folder that may not be replaced is reported where it always is, after validation, and then nothing is delivered.
  const opened = options.check ? undefined : StagedOutput.open(options.out, options.display, options);
  const staged = opened instanceof StagedOutput ? opened : undefined;
  const printing = printingSession(options.helper, staged);
  const planner = earlyPlanner((file) => printing.session.send(file), options.identityOf);
  return {
    listener: planner,
    refused: Array.isArray(opened) ? opened : [],
    emit: (ir, identity, onProgress) =>
      emitAll(printing, planPackage(ir, identity, planner.planned), planner.planned.size, onProgress),
    write: (files) => (staged ? staged.commit(files) : writeOutput(options.out, files, options.display, options)),
    close: async () => {
      if (!staged) return;
      await printing.session.settled();
      staged.discard();
    },
  };
}

interface Printing {
  readonly session: PrintSession;
  readonly building: Map<string, Promise<BuiltFile>>;
}

/**
 * A print session whose files start building (on oxc's native threads) as soon as they are printed here, or handed
 * back.
 */
function printingSession(helper: Helper, staged?: StagedOutput): Printing {
  const building = new Map<string, Promise<BuiltFile>>();
  const session = helper.printing(
    (file, text) => {
      const build = transpileFile(file, text);
      build.catch(() => undefined); // awaited by the build stage; a run stopped before it must not leave it unhandled
      building.set(file, build);
      if (!staged) return;
      // Handed back by a delivery: written now, while the helper prints the rest. A file that
      // failed to build is reported by the build stage, and nothing is committed.
      staged.put(`src/${file}`, text);
      build.then(
        (b) => b.diagnostics.length === 0 && withBanner(b).forEach(([f, t]) => staged.put(`dist/${f}`, t)),
        () => undefined,
      );
    },
    staged && { target: staged.delivery() },
  );
  return { session, building };
}

/**
 * Prints `rest` after the `sent` files already under way, and waits for all of them, showing the count of finished
 * files as it grows.
 */
async function emitAll(
  { session, building }: Printing,
  rest: readonly PlannedFile[],
  sent: number,
  onProgress?: (done: number, total: number, unit: string) => void,
): Promise<Emitted> {
  const report = () => onProgress?.(session.done, sent + rest.length, 'files');
  const ticking = setInterval(report, 100);
  try {
    const sources = await session.finish(rest);
    return { sources, building, written: session.delivered.written, diagnostics: session.delivered.diagnostics };
  } finally {
    clearInterval(ticking);
    report();
  }
}
