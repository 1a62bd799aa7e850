/**
 * Stops a loader or action with an HTTP error unless the condition holds; the route's error
 * boundary shows it. The one way routes say "not found" or "forbidden".
 */
export function invariantResponse(condition: unknown, message: string, init: { status: 400 | 403 | 404 | 409 }): asserts condition {
  if (!condition) throw new Response(message, { status: init.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
