// Every `kpi init` template, in both languages, is a rubric `kpi check` accepts without warnings.
import { describe, expect, it } from "vitest";
import { validateRubricText } from "../../src/rubric/validate-rubric.js";
import { LANGS, TEMPLATES, type Lang, type TemplateName } from "../../src/templates/index.js";

const combos = (Object.keys(TEMPLATES) as TemplateName[]).flatMap((name) => (Object.keys(LANGS) as Lang[]).map((lang) => [name, lang] as const));

describe("kpi init templates", () => {
  it.each(combos)("%s (%s) passes kpi check", (name, lang) => {
    const text = TEMPLATES[name].render(lang);
    expect(text.startsWith("# yaml-language-server: $schema=./rubric.schema.json\n")).toBe(true);
    const result = validateRubricText(text, `${name}.rubric.yaml`);
    expect([...result.errors, ...result.warnings]).toEqual([]);
  });

  it("writes Chinese labels with --lang zh and English ones with --lang en", () => {
    expect(TEMPLATES.frontline.render("zh")).toContain("label: 首次响应及时率");
    expect(TEMPLATES.frontline.render("en")).toContain("label: First response on time");
    expect(TEMPLATES.frontline.render("en")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("balanced-scorecard weights customer 50 / operations 30 / learning 20", () => {
    const rubric = validateRubricText(TEMPLATES["balanced-scorecard"].render("en"), "b.yaml").rubric!;
    expect(rubric.categories).toEqual({ customer: 50, operations: 30, learning: 20 });
    expect(rubric.indicators.map((i) => [i.id, i.weight])).toEqual([
      ["csat", 30], ["ces", 20], ["frt_30m", 15], ["fcr", 15], ["training", 10], ["certifications", 10],
    ]);
  });

  it("presales-aftersales uses the 100/80/70/60/50/20 ladder and 5 points off per falsified record", () => {
    const rubric = validateRubricText(TEMPLATES["presales-aftersales"].render("zh"), "p.yaml").rubric!;
    const plan = rubric.indicators.find((i) => i.id === "plan_attainment")!;
    expect(plan.scoring.steps!.map((s) => s.points)).toEqual([100, 80, 70, 60, 50, 20]);
    expect(rubric.categories).toEqual({ KPI: 85, 非KPI: 15 });
    expect(rubric.adjustments?.[0]).toMatchObject({ id: "falsified_records", points_per: -5 });
  });
});
