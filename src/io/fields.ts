// Canonical fields per input kind (§2) and the column names of known help-desk exports.
export type InputKind = "tickets" | "surveys" | "records" | "roster" | "events";
export type FieldType = "text" | "timestamp" | "number" | "boolean" | "date";

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
}

export const INPUT_KINDS: InputKind[] = ["tickets", "surveys", "records", "roster", "events"];

export const FIELDS: Record<InputKind, Record<string, FieldSpec>> = {
  tickets: {
    id: { type: "text", required: true },
    assignee: { type: "text", required: true },
    created_at: { type: "timestamp", required: true },
    first_response_at: { type: "timestamp" },
    resolved_at: { type: "timestamp" },
    priority: { type: "text" },
    first_resolved_at: { type: "timestamp" },
    reopened_at: { type: "timestamp" },
    reopen_count: { type: "number" },
    escalated: { type: "boolean" },
    customer: { type: "text" },
    category: { type: "text" },
    channel: { type: "text" },
    status: { type: "text" },
  },
  surveys: {
    ticket_id: { type: "text" },
    person: { type: "text" },
    csat: { type: "number" },
    ces: { type: "number" },
    nps: { type: "number" },
    date: { type: "timestamp" },
  },
  records: {
    person: { type: "text", required: true },
    metric: { type: "text", required: true },
    value: { type: "number", required: true },
    date: { type: "timestamp" },
    rater: { type: "text" },
    rater_role: { type: "text" },
  },
  roster: {
    person: { type: "text", required: true },
    name: { type: "text" },
    role: { type: "text" },
    team: { type: "text" },
    bonus_base: { type: "number" },
    start_date: { type: "date" },
    end_date: { type: "date" },
  },
  events: {
    ticket_id: { type: "text", required: true },
    at: { type: "timestamp", required: true },
    actor: { type: "text" },
    kind: { type: "text", required: true },
  },
};

/** Ticket export headers of common tools (canonical field -> source header). */
export const TICKET_PRESETS: Record<string, Record<string, string>> = {
  jira: {
    id: "Issue key",
    assignee: "Assignee",
    created_at: "Created",
    resolved_at: "Resolved",
    priority: "Priority",
    status: "Status",
    category: "Issue Type",
    customer: "Reporter",
  },
  zendesk: {
    id: "Id",
    assignee: "Assignee",
    created_at: "Created at",
    first_response_at: "First reply at",
    resolved_at: "Solved at",
    priority: "Priority",
    status: "Status",
    channel: "Via",
    customer: "Requester",
    category: "Group",
    reopen_count: "Reopens",
  },
  servicenow: {
    id: "number",
    assignee: "assigned_to",
    created_at: "opened_at",
    resolved_at: "resolved_at",
    priority: "priority",
    status: "state",
    category: "category",
    channel: "contact_type",
    customer: "caller_id",
    reopen_count: "reopen_count",
  },
  freshdesk: {
    id: "Ticket ID",
    assignee: "Agent",
    created_at: "Created time",
    first_response_at: "First responded time",
    resolved_at: "Resolved time",
    priority: "Priority",
    status: "Status",
    channel: "Source",
    category: "Type",
    customer: "Contact ID",
  },
};
