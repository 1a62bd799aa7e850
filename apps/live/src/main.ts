// `pnpm live`: one live-session node on its own, for running several behind a load balancer.
import type { AddressInfo } from "node:net";
import { parseLiveNodeEnv } from "./env.ts";
import { createLiveNode } from "./create-live-node.ts";

const parsed = parseLiveNodeEnv(process.env);
if (!parsed.ok) {
  console.error(`The live server cannot start:\n- ${parsed.problems.join("\n- ")}`);
  process.exit(1);
}
const { env } = parsed;
const node = await createLiveNode(env);
node.httpServer.listen(env.PORT, env.HOST, () => {
  const { port } = node.httpServer.address() as AddressInfo;
  console.log(`Comity live server listening on port ${port}${env.REDIS_URL ? " (Redis adapter on)" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    node.close().finally(() => process.exit(0));
  });
}
