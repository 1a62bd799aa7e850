import { Form, useLocation, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { INTERFACE_LANGUAGES } from "@comity/domain";

const NATIVE_NAMES: Record<(typeof INTERFACE_LANGUAGES)[number], string> = { en: "English", fr: "Français", ar: "العربية" };

/** Works without JavaScript (the button); with it, choosing a language is enough. */
export function LanguageSwitcher({ current }: { current: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const submit = useSubmit();
  return (
    <Form method="post" action="/set-language" className="language-switcher" onChange={(event) => submit(event.currentTarget)}>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <label htmlFor="language-switcher">{t("nav.language")}</label>
      <select id="language-switcher" name="language" defaultValue={current}>
        {INTERFACE_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NATIVE_NAMES[language]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit">{t("nav.changeLanguage")}</button>
      </noscript>
    </Form>
  );
}
