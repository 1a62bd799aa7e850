import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { INTERFACE_LANGUAGES } from "@comity/domain";

export function LanguageSelect({ field }: { field: FieldMetadata<string> }) {
  const { t } = useTranslation();
  return (
    <select {...getSelectProps(field)}>
      {INTERFACE_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {t(`languages.${code}`)}
        </option>
      ))}
    </select>
  );
}
