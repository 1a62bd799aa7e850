import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connectClient, type Socket as ClientSocket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../contracts/events.ts";
import { createLiveServer, type LiveServerDeps } from "../server/create-live-server.ts";
import { issueLiveToken, type LiveIdentity } from "../server/live-token.ts";

export type TestClient = ClientSocket<ServerToClientEvents, ClientToServerEvents>;

/** A real live server on a random loopback port, with helpers to connect real clients. */
export async function startLiveTestServer(deps: LiveServerDeps) {
  const httpServer = createServer();
  const io = createLiveServer(httpServer, deps);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const clients: TestClient[] = [];

  function connect(auth: Record<string, unknown>): TestClient {
    const client: TestClient = connectClient(url, { path: "/socket.io", auth, transports: ["websocket"], reconnection: false, forceNew: true });
    clients.push(client);
    return client;
  }

  async function connectAs(identity: LiveIdentity): Promise<TestClient> {
    const client = connect({ token: await issueLiveToken(deps.tokenKey, identity) });
    await new Promise<void>((resolve, reject) => {
      client.once("connect", resolve);
      client.once("connect_error", reject);
    });
    return client;
  }

  async function close() {
    for (const client of clients) client.disconnect();
    await io.close();
  }

  return { io, url, connect, connectAs, close };
}
