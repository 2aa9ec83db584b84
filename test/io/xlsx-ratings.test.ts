// Manual indicators on the appraisal sheet: empty rating cells with a dropdown of the levels and
// the anchor texts beside them, hidden ids for `--manual`, and live formulas whose cached results
// are the JSON numbers (fixtures/manual: volume 60 + teamwork 40 with a 20 % self-rating).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderWorkbook } from "../../src/io/xlsx/write-workbook.js";
import { runScore } from "../../src/run-score.js";

const F = "fixtures/manual";

async function workbookFor(records?: string) {
  const files = { tickets: [`${F}/tickets.csv`], roster: [`${F}/roster.csv`], ...(records ? { records: [records] } : {}) };
  const { result, rubric } = await runScore({ rubricPath: `${F}/rubric.yaml`, files, period: "2026-10" });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await renderWorkbook(result, rubric, { lang: "zh" })) as unknown as ArrayBuffer);
  return { result, book };
}

/** Row number of the rating row of `role` on a sheet, found by the hidden ids. */
function ratingRow(ws: ExcelJS.Worksheet, role: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (row.getCell("M").value === "teamwork" && row.getCell("N").value === role) found = r;
  });
  return found;
}

describe("rating cells of a manual indicator", async () => {
  const { result, book } = await workbookFor();
  const alice = book.getWorksheet("Alice Wang")!;

  it("leaves the supervisor and self rating cells empty, with a dropdown of the levels", () => {
    expect([ratingRow(alice, "supervisor"), ratingRow(alice, "self")]).toEqual([7, 8]);
    for (const address of ["E7", "E8"]) {
      const cell = alice.getCell(address);
      expect(cell.value).toBeNull();
      expect(cell.dataValidation).toMatchObject({ type: "list", allowBlank: true, formulae: ['"1,2,3,4,5"'], showErrorMessage: true });
    }
  });

  it("writes the anchor texts beside the rating cell, and the self-rating rule beside the self cell", () => {
    expect(alice.getCell("D7").value).toBe("1 远低于要求 → 20\n2 低于要求 → 40\n3 符合要求 → 60\n4 超出要求 → 80\n5 远超要求 → 100");
    expect(alice.getCell("B8").value).toBe("自评");
    expect(alice.getCell("D8").value).toBe("自评占 20%；未自评时只计上级评分");
  });

  it("holds the person id, indicator id and rater role in hidden columns L–N, nominal weights in K", () => {
    expect(["K5", "L5", "M5", "N5"].map((a) => alice.getCell(a).value)).toEqual(["kpi:weight", "kpi:person", "kpi:indicator", "kpi:rater_role"]);
    expect(["L7", "M7", "N7", "L8", "M8", "N8"].map((a) => alice.getCell(a).value)).toEqual(["alice", "teamwork", "supervisor", "alice", "teamwork", "self"]);
    expect([alice.getCell("K6").value, alice.getCell("K7").value]).toEqual([60, 40]);
    for (const col of ["K", "L", "M", "N"]) expect(alice.getColumn(col).hidden).toBe(true);
  });

  it("computes points, n and weights from the rating; the cached results are the JSON numbers (teamwork excluded)", () => {
    const points = alice.getCell("G7");
    expect(points.formula).toBe(
      "IF(AND(ISNUMBER(E7),ISNUMBER(MATCH(E7,{1,2,3,4,5},0))),IF(AND(ISNUMBER(E8),ISNUMBER(MATCH(E8,{1,2,3,4,5},0)))," +
        "(1-0.2)*INDEX({20,40,60,80,100},MATCH(E7,{1,2,3,4,5},0))+0.2*INDEX({20,40,60,80,100},MATCH(E8,{1,2,3,4,5},0))," +
        'INDEX({20,40,60,80,100},MATCH(E7,{1,2,3,4,5},0))),"")',
    );
    expect(alice.getCell("F7").formula).toBe("IF(AND(ISNUMBER(E7),ISNUMBER(MATCH(E7,{1,2,3,4,5},0))),1,0)+IF(AND(ISNUMBER(E8),ISNUMBER(MATCH(E8,{1,2,3,4,5},0))),1,0)");
    expect(alice.getCell("C6").formula).toBe("IF(ISNUMBER(G6),IF(AND(COUNT($G$6:$G$8)<COUNT($K$6:$K$8),SUMPRODUCT(ISNUMBER($G$6:$G$8)*$K$6:$K$8)>0),K6*100/SUMPRODUCT(ISNUMBER($G$6:$G$8)*$K$6:$K$8),K6),0)");
    expect(alice.getCell("H7").formula).toBe("IF(ISNUMBER(G7),C7*G7/100,0)");
    const json = result.people[0]!;
    expect([alice.getCell("C6").result, alice.getCell("C7").result, alice.getCell("F7").result, alice.getCell("H7").result]).toEqual([100, 0, 0, 0]);
    expect(json.indicators.map((i) => i.weight)).toEqual([100, 0]);
    expect([alice.getCell("H10").formula, alice.getCell("H10").result]).toEqual(["ROUND(MAX(0,H9),2)", json.score]);
    expect(alice.getCell("J7").result).toBe("数据不足，未计入（权重已折算）");
    // The Summary refers to the points cell even while it is empty, so a rating shows there too.
    expect(book.getWorksheet("Summary")!.getCell("I2").formula).toBe("'Alice Wang'!$G$7");
  });

  it("writes known ratings into the cells, with the formulas' results equal to the JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-ratings-"));
    const records = join(dir, "records.csv");
    writeFileSync(records, "person,metric,value,rater_role\nalice,teamwork,4,supervisor\nalice,teamwork,5,self\nbob,teamwork,2,\n");
    const rated = await workbookFor(records);
    const ws = rated.book.getWorksheet("Alice Wang")!;
    expect([ws.getCell("E7").value, ws.getCell("E8").value]).toEqual([4, 5]);
    expect([ws.getCell("G7").result, ws.getCell("F7").result, ws.getCell("C7").result, ws.getCell("H7").result, ws.getCell("H10").result]).toEqual([84, 2, 40, 33.6, 93.6]);
    expect(rated.result.people[0]).toMatchObject({ id: "alice", score: 93.6 });
    expect(rated.book.getWorksheet("Bob Li")!.getCell("E7").value).toBe(2);
  });
});
