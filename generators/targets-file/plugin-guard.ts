/**
 * The watch kept over a plugin while it runs: a time limit, and the
 * process-wide failures a plugin can cause without throwing to its caller
 * (a promise it rejected and never awaited, an exception thrown in one of
 * its callbacks). Each ends the plugin's run with a PluginError instead of
 * Node's crash with a stack trace, or, for a promise that never settles,
 * instead of Node exiting 0 once the event loop has nothing left to do: the
 * limit's timer keeps the loop alive until the plugin settles or fails.
 */
import { inspect } from "node:util";
import { PluginError } from "./plugin-error.ts";

const FAILED_HINT = "fix the plugin: await every promise it makes and catch what its callbacks throw";

/** One line saying what was thrown, whatever it is: never throws (a thrown `Object.create(null)`, a `toString` that
 * throws, a Proxy). */
export function thrownText(value: unknown): string {
  const line = (text: string) => {
    // "Transform failed with 1 error:" (esbuild, through tsx) says what went wrong on its next line.
    const [head = text, next] = text.split("\n");
    const first = head.endsWith(":") && next !== undefined ? `${head} ${next.trim()}` : head;
    return first.length > 200 ? `${first.slice(0, 200)}...` : first;
  };
  try {
    if (value instanceof Error) {
      const name = String(value.name);
      const message = String(value.message);
      return line(name === "Error" ? message : `${name}: ${message}`);
    }
    if (typeof value === "string") return line(value);
  } catch {
    // A name or message that cannot be read: shown as inspect shows the value.
  }
  try {
    return line(
      inspect(value, { depth: 1, breakLength: Number.POSITIVE_INFINITY, getters: false, customInspect: false }),
    );
  } catch {
    return `a ${typeof value} that cannot be shown`;
  }
}

/** One turn of the event loop: Node reports the rejections left unhandled by what just ran before it starts the next
 * turn. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `work` (a plugin's load and call) and settles with it, unless it
 * takes longer than `seconds` (`plugin-timeout`), or a promise is rejected
 * with no handler, or an exception escapes to the event loop, while it runs
 * or in the turn after it settled (`plugin-failed`). Plugins run one at a
 * time, so what goes wrong in that window is the plugin's doing.
 */
export function watchPlugin<T>(seconds: number, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.off("unhandledRejection", onRejection);
      process.off("uncaughtException", onException);
      settle();
    };
    const fail = (error: PluginError) => finish(() => reject(error));
    const onRejection = (reason: unknown) =>
      fail(
        new PluginError(
          "plugin-failed",
          `left a promise rejected with nothing to handle it: ${thrownText(reason)}`,
          FAILED_HINT,
        ),
      );
    const onException = (error: unknown) =>
      fail(
        new PluginError(
          "plugin-failed",
          `threw ${thrownText(error)} outside its call (in a callback or timer)`,
          FAILED_HINT,
        ),
      );
    const timer = setTimeout(
      () =>
        fail(
          new PluginError(
            "plugin-timeout",
            `did not finish within ${seconds} s`,
            "the default export must return its files or settle its promise; give a slow plugin more time with " +
              "`timeout: SECONDS` on its entry",
          ),
        ),
      seconds * 1000,
    );
    process.on("unhandledRejection", onRejection);
    process.on("uncaughtException", onException);
    work().then(
      async (value) => {
        await nextTurn();
        finish(() => resolve(value));
      },
      async (error: unknown) => {
        await nextTurn();
        finish(() => reject(error));
      },
    );
  });
}
