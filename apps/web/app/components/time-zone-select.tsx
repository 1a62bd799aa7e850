import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import { useEffect, useRef } from "react";

interface TimeZoneSelectProps {
  field: FieldMetadata<string>;
  timeZones: string[];
  /** Pre-select the browser's own zone on a fresh form (not when showing a submitted one back). */
  detectBrowserZone: boolean;
}

export function TimeZoneSelect({ field, timeZones, detectBrowserZone }: TimeZoneSelectProps) {
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const select = ref.current;
    if (!detectBrowserZone || !select) return;
    // Someone quicker than the page's script may already have chosen: never overwrite a choice.
    if (select.value !== (field.initialValue ?? "UTC")) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZones.includes(browserZone)) select.value = browserZone;
  }, [detectBrowserZone, timeZones, field.initialValue]);
  return (
    <select ref={ref} {...getSelectProps(field)}>
      {timeZones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </select>
  );
}
