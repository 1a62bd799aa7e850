import { useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { z } from "zod";

/**
 * A Conform form checked in the browser with the same zod schema the action uses: errors appear
 * when a field is left, and clear as the person types.
 */
export function useZodForm<Schema extends z.ZodTypeAny>(
  schema: Schema,
  options: {
    id: string;
    lastResult?: SubmissionResult<string[]> | null;
    defaultValue?: { [Key in keyof z.input<Schema>]?: unknown };
    /** False where the action reshapes the form data before parsing: only the server can judge it. */
    validateInBrowser?: boolean;
  },
) {
  const { validateInBrowser = true, ...formOptions } = options;
  return useForm<z.input<Schema>, z.output<Schema>>({
    ...formOptions,
    defaultValue: formOptions.defaultValue as never,
    constraint: getZodConstraint(schema),
    // Without a browser-side check Conform would ask the server on every blur, posting the form to
    // its action: only the real submission may reach the action.
    shouldValidate: validateInBrowser ? "onBlur" : "onSubmit",
    shouldRevalidate: validateInBrowser ? "onInput" : "onSubmit",
    onValidate: validateInBrowser ? ({ formData }) => parseWithZod(formData, { schema }) : undefined,
  });
}
