import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";

/** The Socket.IO adapter that lets several live nodes share rooms through Redis streams. */
export async function createRedisStreamsAdapter(redisUrl: string): Promise<{ adapter: ReturnType<typeof createAdapter>; close(): Promise<void> }> {
  const client = createClient({ url: redisUrl });
  client.on("error", (error: unknown) => console.error("redis client error", error));
  await client.connect();
  return {
    adapter: createAdapter(client),
    close: async () => {
      await client.quit().catch(() => undefined);
    },
  };
}
