import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // CLI and compiler tests start real processes; none of them measures speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Redocly's libraries must not phone home from tests.
    env: { REDOCLY_TELEMETRY: "off" },
  },
});
