import { z } from "zod";

export const LIVE_MESSAGE_MAX_LENGTH = 2000;

export const LiveMessageBodySchema = z
  .string({ required_error: "errors.message.required" })
  .trim()
  .min(1, "errors.message.required")
  .max(LIVE_MESSAGE_MAX_LENGTH, "errors.message.tooLong");

export const LiveRoomTitleSchema = z
  .string({ required_error: "errors.title.required" })
  .trim()
  .min(1, "errors.title.required")
  .max(160, "errors.title.tooLong");

export const CreateLiveRoomSchema = z.object({ title: LiveRoomTitleSchema });
export type CreateLiveRoomInput = z.infer<typeof CreateLiveRoomSchema>;
