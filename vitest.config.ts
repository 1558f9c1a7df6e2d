import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";
import { FULL_FILES } from "./test/tiers.ts";

// Two tiers (docs/testing.md, test/tiers.ts): `npm test` runs the project `fast`
// (Node and the npm dependencies only), `npm run test:all` runs both projects.
// Each test file belongs to exactly one project, so a run of both runs every test once.
export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // CLI and compiler tests start real processes; none of them measures speed, and a loaded
    // 2-core machine can take minutes where an idle one takes seconds: timeouts only catch hangs.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // vitest's default is one worker per core but one: a single worker on 2 cores, idle while a
    // test waits for the process it started. Two workers keep both cores busy there.
    maxWorkers: Math.max(availableParallelism() - 1, 2),
    // Redocly's libraries must not phone home from tests.
    env: { REDOCLY_TELEMETRY: "off" },
    projects: [
      {
        extends: true,
        test: { name: "fast", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...FULL_FILES] },
      },
      { extends: true, test: { name: "full", include: [...FULL_FILES] } },
    ],
  },
});
