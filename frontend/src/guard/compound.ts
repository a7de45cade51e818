// Which compound a dashboard card or the staff strategy is about: the one its config names,
// else the first the user is someone in (`compound_security/console/info`, asked once).
import type { Compound, ConsoleInfo, HomeAssistant } from "../types";
import { call } from "../ws";

let info: Promise<ConsoleInfo> | undefined;

export async function findCompound(hass: HomeAssistant, configEntryId?: string): Promise<Compound | undefined> {
  info ??= call<ConsoleInfo>(hass, null, "console/info").catch((err: unknown) => {
    info = undefined; // ask again next time
    throw err;
  });
  const { compounds } = await info;
  return compounds.find((c) => c.config_entry_id === configEntryId) ?? compounds[0];
}
