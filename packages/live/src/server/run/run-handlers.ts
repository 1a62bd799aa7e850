import type { Socket } from "socket.io";
import { RunChatSchema, RunCommandRequestSchema, RunCooperateSchema, RunDraftSchema, RunJoinSchema, RunSubmitSchema } from "../../contracts/run-events.ts";
import type { ClientToServerEvents, ServerToClientEvents } from "../../contracts/events.ts";
import { defineHandler, type HandlerLog } from "../define-handler.ts";
import type { LiveIdentity } from "../live-token.ts";
import type { RunHub } from "./run-hub.ts";

/** The run events of one socket: each parses its payload and hands it to the hub. */
export function registerRunHandlers(socket: Socket<ClientToServerEvents, ServerToClientEvents>, hub: RunHub, identity: LiveIdentity, requireFreshToken: () => void, log: HandlerLog): void {
  const fresh = <T>(work: (input: T) => Promise<unknown>) => (input: T) => {
    requireFreshToken();
    return work(input);
  };
  socket.on("run:join", defineHandler(RunJoinSchema, fresh((input) => hub.join(socket, identity.userId, input)), log));
  socket.on("run:command", defineHandler(RunCommandRequestSchema, fresh(({ runId, command }) => hub.command(identity.userId, runId, command)), log));
  socket.on("run:submit", defineHandler(RunSubmitSchema, fresh((input) => hub.submit(identity.userId, input)), log));
  socket.on("run:draft", defineHandler(RunDraftSchema, fresh((input) => hub.saveDraft(identity.userId, input)), log));
  socket.on("run:cooperate", defineHandler(RunCooperateSchema, fresh((input) => hub.cooperate(identity.userId, input)), log));
  socket.on("run:chat", defineHandler(RunChatSchema, fresh((input) => hub.chat(identity.userId, identity.name, input)), log));
}
