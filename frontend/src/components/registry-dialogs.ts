// The registry's forms: which fields each has, what it starts with, which command stores
// it, and who may open it (police: tenants of rental flats only, as the role table says).
import { localize } from "../i18n";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";
import {
  type CardRecord,
  type HouseholdDetail,
  type PersonRecord,
  type VehicleRecord,
  dayFromToday,
} from "./registry-common";
import type { FieldSpec, Values } from "./registry-form";

export interface DialogSpec {
  heading: string;
  fields: FieldSpec[];
  values: Values;
  submit: (values: Values) => Promise<unknown>;
  submitLabel?: string;
  /** What to tell once stored (a registration's wanted-list result, its card). */
  notice?: () => string;
}

export const PERSON_ROLES = ["owner", "family", "tenant", "staff", "contractor"];
export const CARD_TYPES = ["residence_permit", "citizen_card", "id_card", "property_card"];
export const VEHICLE_KINDS = ["ebike", "motorcycle", "car"];
export const TENURES = ["owner", "rental"];

const text = (name: string, required = false): FieldSpec => ({ name, kind: "text", required });

/** Only the fields given a value, numbers as numbers. */
function filled(values: Values, names: string[], numbers: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = values[name]?.trim();
    if (value) out[name] = numbers.includes(name) ? Number(value) : value;
  }
  return out;
}

export function householdFields(): FieldSpec[] {
  return [
    text("building", true),
    text("unit", true),
    text("room", true),
    { name: "area_m2", kind: "number", required: true },
    { name: "tenure", kind: "select", options: TENURES, required: true },
    text("electricity_meter"),
    text("water_meter"),
  ];
}

export function newHousehold(hass: HomeAssistant, compound: Compound, created: (id: string) => void): DialogSpec {
  const names = householdFields().map((field) => field.name);
  return {
    heading: localize(hass, "registry.action.add_household"),
    fields: householdFields(),
    values: { tenure: "owner" },
    submit: async (values) => {
      const item = await call<{ id: string }>(hass, compound, "household/create", filled(values, names, ["area_m2"]));
      created(item.id);
    },
  };
}

export class RegistryDialogs {
  constructor(
    private hass: HomeAssistant,
    private compound: Compound,
    private detail: HouseholdDetail,
  ) {}

  private get rental(): boolean {
    return this.detail.household.tenure === "rental";
  }

  private grant(operation: string): string | undefined {
    return this.compound.may[operation];
  }

  /** Police register tenants of rental flats only. */
  private get tenantsOnly(): boolean {
    return this.grant("registry_edit") === "tenants";
  }

  mayAddPerson(): boolean {
    return this.grant("registry_edit") === "all" || (this.tenantsOnly && this.rental);
  }

  mayEdit(person: PersonRecord): boolean {
    return this.grant("registry_edit") === "all" || (this.tenantsOnly && this.rental && person.role === "tenant");
  }

  mayMoveOutHousehold(): boolean {
    const people = this.detail.people;
    return people.some((person) => !person.moved_out) && people.every((person) => this.mayEdit(person));
  }

  private mayEnrolCard(): boolean {
    return this.grant("card_manage") === "all" || (this.grant("card_enrol") === "all" && this.rental);
  }

  private names(people: PersonRecord[]): Record<string, string> {
    return Object.fromEntries(people.map((person) => [person.id, person.name]));
  }

  private personFields(): FieldSpec[] {
    const roles = this.tenantsOnly ? ["tenant"] : PERSON_ROLES;
    const fields: FieldSpec[] = [
      text("name", true),
      { name: "role", kind: "select", enumName: "person_role", options: roles, required: true },
      { name: "phone", kind: "tel" },
    ];
    if (this.grant("id_number_enter")) fields.push({ name: "id_number", kind: "id_number" });
    fields.push(this.languageField());
    return fields;
  }

  /** The language of the person's own notifications; "" keeps the server's. */
  private languageField(): FieldSpec {
    return {
      name: "language",
      kind: "select",
      options: ["", "zh-Hans", "en"],
      labels: {
        "": localize(this.hass, "registry.language_server"),
        "zh-Hans": "简体中文",
        en: "English",
      },
    };
  }

  addPerson(): DialogSpec {
    const fields = this.personFields();
    const withCard = this.mayEnrolCard();
    if (withCard) {
      fields.push(
        { name: "card_type", kind: "select", options: CARD_TYPES },
        { name: "valid_until", kind: "date" },
        { name: "uid", kind: "uid" },
      );
    }
    const role = this.rental ? "tenant" : this.detail.people.length ? "family" : "owner";
    let answer: { person_id: string; wanted?: string | null; card?: { uid: string } } | undefined;
    return {
      heading: localize(this.hass, "registry.action.add_person"),
      fields,
      values: {
        role,
        card_type: role === "tenant" ? "residence_permit" : "citizen_card",
        valid_until: role === "tenant" ? dayFromToday(365) : "",
      },
      submitLabel: localize(this.hass, "registry.action.register"),
      submit: async (values) => {
        const message = {
          household_id: this.detail.household.id,
          ...filled(values, ["name", "role", "phone", "id_number", "language"]),
        } as Record<string, unknown>;
        if (withCard && values.uid?.trim()) message.card = filled(values, ["uid", "card_type", "valid_until"]);
        answer = await call(this.hass, this.compound, "person/register", message);
      },
      notice: () => {
        if (!answer) return "";
        const parts = [localize(this.hass, "registry.registered")];
        if (answer.card) parts.push(localize(this.hass, "registry.card_issued", { uid: answer.card.uid }));
        if (answer.wanted) parts.push(localize(this.hass, `registry.wanted.${answer.wanted}`));
        return parts.join(" · ");
      },
    };
  }

  editPerson(person: PersonRecord): DialogSpec {
    // A face opens gates as a card does: only those who manage cards link one.
    const faces = this.grant("card_manage") === "all";
    const fields = this.personFields();
    if (faces) fields.push(text("face_name"));
    return {
      heading: localize(this.hass, "registry.action.edit_person", { name: person.name }),
      fields,
      values: {
        name: person.name,
        role: person.role ?? "",
        phone: person.phone ?? "",
        language: person.language ?? "",
        face_name: person.face_name ?? "",
      },
      submit: (values) =>
        call(this.hass, this.compound, "person/update", {
          person_id: person.id,
          ...filled(values, ["name", "role", "phone", "id_number"]),
          language: values.language ?? "", // "" goes back to the server's language
          ...(faces ? { face_name: values.face_name?.trim() || null } : {}), // null unlinks
        }),
    };
  }

  issueCard(): DialogSpec {
    const people = this.detail.people.filter((person) => !person.moved_out);
    return {
      heading: localize(this.hass, "registry.action.issue_card"),
      fields: [
        { name: "person_id", kind: "select", options: people.map((p) => p.id), labels: this.names(people) },
        { name: "card_type", kind: "select", options: CARD_TYPES },
        { name: "valid_until", kind: "date" },
        { name: "uid", kind: "uid", required: true },
      ],
      values: {
        person_id: people[0]?.id ?? "",
        card_type: this.rental ? "residence_permit" : "citizen_card",
        valid_until: this.rental ? dayFromToday(365) : "",
      },
      submit: (values) =>
        call(this.hass, this.compound, "card/create", filled(values, ["person_id", "uid", "card_type", "valid_until"])),
    };
  }

  replaceCard(card: CardRecord): DialogSpec {
    return {
      heading: localize(this.hass, "registry.action.replace_card", { uid: card.uid }),
      fields: [{ name: "new_uid", kind: "uid", required: true }, text("reason")],
      values: {},
      submit: (values) =>
        call(this.hass, this.compound, "card/replace", { card_id: card.card_id, ...filled(values, ["new_uid", "reason"]) }),
    };
  }

  addVehicle(): DialogSpec {
    const people = this.detail.people.filter((person) => !person.moved_out);
    return {
      heading: localize(this.hass, "registry.action.add_vehicle"),
      fields: [
        { name: "person_id", kind: "select", options: people.map((p) => p.id), labels: this.names(people) },
        { name: "kind", kind: "select", enumName: "vehicle_kind", options: VEHICLE_KINDS },
        text("plate"),
        { name: "chip_uid", kind: "uid", required: true },
      ],
      values: { person_id: people[0]?.id ?? "", kind: "ebike" },
      submit: (values) =>
        call(this.hass, this.compound, "vehicle/create", filled(values, ["person_id", "kind", "plate", "chip_uid"])),
    };
  }

  editHousehold(): DialogSpec {
    const household = this.detail.household;
    const names = householdFields().map((field) => field.name);
    const values: Values = {};
    for (const name of names) values[name] = String((household as Record<string, unknown>)[name] ?? "");
    return {
      heading: localize(this.hass, "registry.action.edit_household", { flat: household.flat }),
      fields: householdFields(),
      values,
      submit: (changed) =>
        call(this.hass, this.compound, "household/update", {
          household_id: household.id,
          ...filled(changed, names, ["area_m2"]),
        }),
    };
  }

  /** Moving out (退房): from a day (today unless told) with a reason; the record stays. */
  moveOut(person: PersonRecord | null): DialogSpec {
    const heading = person
      ? localize(this.hass, "registry.confirm.move_out_person", { name: person.name })
      : localize(this.hass, "registry.confirm.move_out_household", { flat: this.detail.household.flat });
    return {
      heading,
      fields: [{ name: "date", kind: "date", required: true }, text("reason")],
      values: { date: dayFromToday(0) },
      submitLabel: localize(this.hass, person ? "registry.action.move_out" : "registry.action.move_out_all"),
      submit: (values) =>
        call(
          this.hass,
          this.compound,
          person ? "person/move_out" : "household/move_out",
          {
            ...(person ? { person_id: person.id } : { household_id: this.detail.household.id }),
            ...filled(values, ["date", "reason"]),
          },
        ),
    };
  }

  /** Report a card lost: it stops at once (the reason is kept with it). */
  reportLost(card: CardRecord): DialogSpec {
    return {
      heading: localize(this.hass, "registry.confirm.report_lost", { uid: card.uid }),
      fields: [text("reason")],
      values: {},
      submitLabel: localize(this.hass, "registry.action.report_lost"),
      submit: (values) =>
        call(this.hass, this.compound, "card/report_lost", { card_id: card.card_id, ...filled(values, ["reason"]) }),
    };
  }

  /** A card's validity: a residence permit's new end, a contractor's window. */
  editValidity(card: CardRecord): DialogSpec {
    return {
      heading: localize(this.hass, "registry.action.edit_validity", { uid: card.uid }),
      fields: [
        { name: "valid_from", kind: "date" },
        { name: "valid_until", kind: "date", required: card.card_type === "residence_permit" },
      ],
      values: { valid_from: card.valid_from ?? "", valid_until: card.valid_until ?? "" },
      submit: (values) =>
        call(this.hass, this.compound, "card/update", {
          card_id: card.card_id,
          valid_from: values.valid_from?.trim() || null,
          valid_until: values.valid_until?.trim() || null,
        }),
    };
  }

  editVehicle(vehicle: VehicleRecord): DialogSpec {
    return {
      heading: localize(this.hass, "registry.action.edit_vehicle", { vehicle: vehicle.plate || vehicle.chip_uid }),
      fields: [{ name: "kind", kind: "select", enumName: "vehicle_kind", options: VEHICLE_KINDS }, text("plate")],
      values: { kind: vehicle.kind, plate: vehicle.plate ?? "" },
      submit: (values) =>
        call(this.hass, this.compound, "vehicle/update", {
          vehicle_id: vehicle.vehicle_id,
          kind: values.kind,
          plate: values.plate?.trim() ?? "",
        }),
    };
  }
}
