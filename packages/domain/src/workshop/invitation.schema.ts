import { z } from "zod";
import { EmailSchema } from "../user/account.schema.ts";

/** More than this in one go is more likely a pasted file by mistake than a guest list. */
export const MAX_INVITATIONS_PER_SUBMISSION = 500;

/** People paste lists from spreadsheets and mail headers: any run of these separates two addresses. */
const ADDRESS_SEPARATORS = /[\s,;]+/;

/** The addresses in a pasted list: trimmed, lower-cased, each once, in the order first typed. */
export function splitAddressList(text: string): string[] {
  const addresses = text
    .split(ADDRESS_SEPARATORS)
    .map((address) => address.trim().toLowerCase())
    .filter((address) => address !== "");
  return [...new Set(addresses)];
}

/**
 * The invite form: one textarea of addresses. A wrong address is refused by name (the message's
 * value after "|" lists them) so the secretariat can find it in a long paste; nothing is sent
 * until every address is valid.
 */
export const InvitationFormSchema = z.object({
  emails: z
    .string({ required_error: "errors.invitation.required" })
    .transform(splitAddressList)
    .superRefine((addresses, context) => {
      if (addresses.length === 0) {
        context.addIssue({ code: "custom", message: "errors.invitation.required" });
        return;
      }
      if (addresses.length > MAX_INVITATIONS_PER_SUBMISSION) {
        context.addIssue({ code: "custom", message: `errors.invitation.tooMany|${MAX_INVITATIONS_PER_SUBMISSION}` });
        return;
      }
      const invalid = addresses.filter((address) => !EmailSchema.safeParse(address).success);
      if (invalid.length === 1) context.addIssue({ code: "custom", message: `errors.invitation.invalidAddress|${invalid[0]}` });
      if (invalid.length > 1) context.addIssue({ code: "custom", message: `errors.invitation.invalidAddresses|${invalid.join(", ")}` });
    }),
});
export type InvitationFormValue = z.output<typeof InvitationFormSchema>;
