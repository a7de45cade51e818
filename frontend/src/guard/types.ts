// What the guard room's commands answer (compound_security/alarms, passages, gates, cameras).

export interface AlarmView {
  alarm_id: string;
  kind: string;
  severity: string;
  time: string;
  count: number;
  state: "open" | "acknowledged" | "closed";
  note: string | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  access_point_id: string | null;
  access_point: string | null;
  camera_id: string | null;
  camera: string | null; // a camera's own alarm (an e-bike in an elevator)
  building: string | null;
  household_id: string | null;
  household: string | null;
  person_id: string | null;
  person: string | null;
  vehicle_id: string | null;
  snapshot: string | null;
}

/** An event of `alarms/subscribe`: the first has `initial` and `total`. */
export interface AlarmEvent {
  alarms?: Array<AlarmView | { alarm_id: string; state: "closed" }>;
  total?: number;
  initial?: boolean;
  ended?: boolean;
}

export interface PassageView {
  time: string;
  access_point_id: string;
  access_point: string | null;
  direction: string;
  decision: "granted" | "denied";
  reason: string;
  credential: string;
  household_id: string | null;
  household: string | null;
  person_id: string | null;
  person: string | null;
  alarm_kinds: string[];
}

export interface PassageEvent {
  passages?: PassageView[];
  initial?: boolean;
  ended?: boolean;
}

export interface GateView {
  access_point_id: string;
  name: string;
  zone: string;
  state: "open" | "closed" | "held_open";
  available: boolean;
  fire_hold: boolean;
  entity_id: string | null;
}

export interface CameraView {
  camera_id: string;
  name: string;
  online: boolean | null;
  problem: string | null;
  offline_since: string | null;
  repair_deadline: string | null;
  overdue: boolean;
  public: boolean;
  entity_id: string | null;
  access_points: string[];
}

export interface VisitorView {
  pass_id: string;
  household_id: string;
  household: string | null;
  name: string | null;
  valid_from: string;
  valid_until: string;
  entries_left: number;
}
