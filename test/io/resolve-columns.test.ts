import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/errors.js";
import { resolveColumns } from "../../src/io/resolve-columns.js";
import { buildHeader } from "../../src/io/table.js";

const resolve = (names: string[], spec?: Parameters<typeof resolveColumns>[3], extra?: string[]) =>
  resolveColumns("tickets", "t.csv", buildHeader(names), spec, extra);

function failure(fn: () => unknown): KpiError {
  try {
    fn();
  } catch (error) {
    return error as KpiError;
  }
  throw new Error("expected an error");
}

describe("resolveColumns", () => {
  it("finds canonical headers case-insensitively after NFKC and trimming", () => {
    const columns = resolve([" ID", "Assignee", "ｃｒｅａｔｅｄ_ａｔ", "priority"]);
    expect([...columns]).toEqual([["id", 0], ["assignee", 1], ["created_at", 2], ["priority", 3]]);
  });

  it("maps source headers given in inputs.tickets.columns", () => {
    const columns = resolve(["工单编号", "处理人", "创建时间"], { columns: { id: "工单编号", assignee: "处理人", created_at: "创建时间" } });
    expect(columns.get("assignee")).toBe(1);
  });

  it("uses a preset's headers", () => {
    const columns = resolve(["Issue key", "Assignee", "Created", "Resolved", "Priority"], { preset: "jira" });
    expect([columns.get("id"), columns.get("resolved_at"), columns.get("priority")]).toEqual([0, 3, 4]);
  });

  it("names the file, the expected header and the closest one found when a column is missing", () => {
    const error = failure(() => resolve(["工单编号", "处理人", "解决时间"], { columns: { id: "工单编号", assignee: "处理人", created_at: "解决时 间" } }));
    expect(error.code).toBe("missing_column");
    expect(error.message).toContain("missing column '解决时 间' for tickets field 'created_at'");
    expect(error.location).toMatchObject({ file: "t.csv", line: 1 });
    expect(error.hint).toContain("did you mean '解决时间'?");
  });

  it("suspects the delimiter when the header came out as one column", () => {
    const error = failure(() => resolve(["id;assignee;created_at"]));
    expect(error.message).toContain("wrong delimiter?");
  });

  it("rejects a duplicated header only when the rubric maps it", () => {
    expect(resolve(["id", "assignee", "created_at", "Comment", "Comment"]).get("id")).toBe(0);
    const error = failure(() => resolve(["id", "assignee", "created_at", "Assignee"]));
    expect(error.code).toBe("duplicate_header");
    expect(error.message).toContain("appears 2 times, at columns 2, 4");
  });

  it("requires the columns a where filter reads", () => {
    const error = failure(() => resolve(["id", "assignee", "created_at"], undefined, ["category"]));
    expect(error.message).toContain("missing column 'category'");
  });
});
