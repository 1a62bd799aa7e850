import { Link } from "@remix-run/react";

/** The way back from a workshop's sub-pages (registrations, staffing, manifest, …) to the workshop. */
export function BackToWorkshop({ workshop }: { workshop: { id: string; title: string } }) {
  return (
    <p>
      <Link to={`/workshops/${workshop.id}`} dir="auto">
        ← {workshop.title}
      </Link>
    </p>
  );
}
