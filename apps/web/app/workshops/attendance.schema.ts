import { z } from "zod";

const id = z.string().min(1).max(100);

/** What the attendance page's forms may post: mark a person present or absent, link or unlink a session's live room. */
export const AttendanceActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("mark"), sessionId: id, userId: id, presence: z.enum(["present", "absent"]) }),
  z.object({ intent: z.literal("link-room"), sessionId: id, liveRoomId: id }),
  z.object({ intent: z.literal("unlink-room"), sessionId: id }),
]);

export type AttendanceAction = z.infer<typeof AttendanceActionSchema>;
