// The console's words in the user's Home Assistant language (zh-Hans or English), and the
// integration's translated errors (its `exceptions` translations, fetched once per language).
import en from "./locales/en.json";
import zhHans from "./locales/zh-Hans.json";
import type { HomeAssistant } from "./types";
import type { CommandError } from "./ws";

type Tree = { [key: string]: string | Tree };
const LOCALES: Record<string, Tree> = { en, "zh-Hans": zhHans };
const errorTexts = new Map<string, Promise<Record<string, string>>>();

export function consoleLanguage(hass: HomeAssistant): "en" | "zh-Hans" {
  const language = hass.locale?.language ?? hass.language ?? "en";
  return language.toLowerCase().startsWith("zh") ? "zh-Hans" : "en";
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function fill(text: string, params: Record<string, unknown> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The text for `key` in the user's language (English if missing, the key if unknown). */
export function localize(hass: HomeAssistant, key: string, params: Record<string, unknown> = {}): string {
  const text = lookup(LOCALES[consoleLanguage(hass)], key) ?? lookup(LOCALES.en, key);
  return text === undefined ? key : fill(text, params);
}

/** An option value as words: `enumText(hass, "tenure", "tenant")`. */
export function enumText(hass: HomeAssistant, name: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const text = lookup(LOCALES[consoleLanguage(hass)], `enum.${name}.${value}`);
  return text ?? value;
}

/** Load the integration's error texts for the user's language (call once on start). */
export function loadErrorTexts(hass: HomeAssistant): Promise<Record<string, string>> {
  const language = consoleLanguage(hass);
  let texts = errorTexts.get(language);
  if (!texts) {
    texts = hass
      .callWS<{ resources: Record<string, string> }>({
        type: "frontend/get_translations",
        language,
        category: "exceptions",
        integration: ["compound_security"],
      })
      .then((answer) => answer.resources)
      .catch(() => ({}));
    errorTexts.set(language, texts);
  }
  return texts;
}

/** A refusal or error answered by a command, as a sentence in the user's language. */
export async function errorText(hass: HomeAssistant, error: unknown): Promise<string> {
  const err = error as Partial<CommandError>;
  if (err?.translation_key) {
    const texts = await loadErrorTexts(hass);
    const text = texts[`component.compound_security.exceptions.${err.translation_key}.message`];
    if (text) return fill(text, err.translation_placeholders ?? {});
  }
  if (err?.code === "unauthorized") return localize(hass, "common.unauthorized");
  if (err?.code === "not_found") return localize(hass, "common.not_found");
  return err?.message ?? localize(hass, "common.failed");
}
