// Who is rated (§2.3): everyone on the roster (unless they left before the period), and every
// assignee of a ticket in the period. Keys are person keys; output ids keep the roster spelling.
import { dataError } from "../errors.js";
import type { Period } from "./period.js";
import type { RosterEntry, Ticket } from "./types.js";
import type { Warnings } from "./warnings.js";

export interface Person {
  key: string;
  id: string;
  name: string | null;
  role: string;
  team: string | null;
  roster: RosterEntry | undefined;
}

/**
 * `declaredRoles` undefined: the rubric has one indicator set for everyone, and the roster's role
 * is shown as written. Declared roles: a roster role must be one of them (else the first, warned).
 */
export function ratedPeople(
  roster: RosterEntry[] | undefined,
  ticketsInPeriod: Ticket[],
  declaredRoles: string[] | undefined,
  period: Period,
  warnings: Warnings,
  strictRoster = false,
): Map<string, Person> {
  const people = new Map<string, Person>();
  const left = new Set<string>();
  const roles = declaredRoles ?? ["default"];
  const defaultRole = roles[0]!;
  for (const entry of roster ?? []) {
    if (entry.endDate !== undefined && entry.endDate < period.firstDay) {
      left.add(entry.person);
      continue;
    }
    if (people.has(entry.person)) {
      warnings.add("roster_duplicate", "person listed twice on the roster; the first entry is used", entry.source);
      continue;
    }
    let role = defaultRole;
    if (entry.role !== undefined && declaredRoles === undefined) {
      role = entry.role.trim();
    } else if (entry.role !== undefined) {
      const wanted = entry.role.trim().toLowerCase();
      if (roles.includes(wanted)) role = wanted;
      else warnings.add("unknown_role", `roster role is not one of the rubric's roles; rated as '${defaultRole}'`, entry.source);
    }
    people.set(entry.person, { key: entry.person, id: entry.id, name: entry.name ?? null, role, team: entry.team ?? null, roster: entry });
  }
  warnNameCollisions(people, warnings);
  for (const ticket of ticketsInPeriod) {
    const key = ticket.assignee;
    if (people.has(key)) continue;
    if (left.has(key)) {
      // §2.3: people whose end_date is before the period are not rated, whatever their tickets.
      warnings.add("assignee_left", "tickets assigned to someone who left before the period were not rated", ticket);
      continue;
    } else if (roster && strictRoster) {
      throw dataError("assignee_not_on_roster", `assignee '${key}' is not on the roster (--strict-roster)`, ticket,
        "add them to the roster, or drop --strict-roster to rate them with the first role");
    } else if (roster) {
      warnings.add("assignee_not_on_roster", `assignee is not on the roster; rated with role '${defaultRole}'`, ticket);
    }
    people.set(key, { key, id: key, name: null, role: defaultRole, team: null, roster: undefined });
  }
  return people;
}

/** Two ids with one display name stay two people (the key is the id), but a manager should know. */
function warnNameCollisions(people: Map<string, Person>, warnings: Warnings): void {
  const byName = new Map<string, Person>();
  for (const person of people.values()) {
    if (!person.name) continue;
    const name = person.name.normalize("NFKC").trim();
    const first = byName.get(name);
    if (first) warnings.add("name_collision", "different person ids share a display name; they are rated separately", person.roster?.source);
    else byName.set(name, person);
  }
}
