/** A session as the workshop's tables name it: its title, then its day and time (already in the zone shown). */
export function SessionLabel({ session, note }: { session: { title: string; day: string; time: string }; note?: string }) {
  return (
    <>
      <span dir="auto">{session.title}</span>
      <br />
      <span className="hint">
        {session.day} <span dir="ltr">{session.time}</span>
        {note ? ` · ${note}` : ""}
      </span>
    </>
  );
}
