/** A plugin's failure: a rule and a one-line message; a stack trace is never shown for a plugin's mistake. */
export class PluginError extends Error {
  constructor(
    readonly rule:
      "plugin-load-failed" | "plugin-not-a-function" | "plugin-failed" | "plugin-bad-output" | "plugin-timeout",
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
