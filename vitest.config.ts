import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // CLI and compiler tests start real processes; none of them measures speed, and a loaded
    // 2-core machine can take minutes where an idle one takes seconds: timeouts only catch hangs.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Redocly's libraries must not phone home from tests.
    env: { REDOCLY_TELEMETRY: "off" },
  },
});
