import { describe, expect, it } from "vitest";
import { type TaskSnapshot, taskSnapshot } from "../tool-schemas";
import { matchTask, stem } from "./match";
import { extractPriority, parsePriorityOnly } from "./priority";
import { cleanTitle, splitItems } from "./title";

describe("priority", () => {
  it.each([
    ["fix the server, it's urgent", "high", "fix the server"],
    ["call the bank asap", "high", "call the bank"],
    ["submit the grant (high priority)", "high", "submit the grant"],
    ["this is important: sign it", "high", ": sign it"],
    ["clean the attic when I have time", "low", "clean the attic"],
    ["learn chess someday", "low", "learn chess"],
    ["sort photos, low priority", "low", "sort photos"],
    ["tidy up, not urgent", "low", "tidy up"],
    ["weed the garden, no rush", "low", "weed the garden"],
  ])("%s", (text, priority, rest) => {
    expect(extractPriority(text)).toEqual({ priority, rest });
  });

  it("finds nothing in plain text and reads bare values", () => {
    expect(extractPriority("buy milk")).toBeNull();
    expect(parsePriorityOnly("high priority")).toBe("high");
    expect(parsePriorityOnly("urgent")).toBe("high");
    expect(parsePriorityOnly("Low")).toBe("low");
    expect(parsePriorityOnly("medium")).toBe("normal");
    expect(parsePriorityOnly("purple")).toBeNull();
  });
});

describe("titles", () => {
  it.each([
    ["to buy groceries.", "Buy groceries"],
    ['"prepare slides"!', "Prepare slides"],
    ["milk to my shopping list", "Milk"],
    ["  call   mom  ", "Call mom"],
    ["email John about NYC?", "Email John about NYC"],
    ["éclairs for Zoë", "Éclairs for Zoë"],
  ])("%s → %s", (raw, title) => {
    expect(cleanTitle(raw)).toBe(title);
  });

  it("caps long titles at 200 characters on a word", () => {
    const title = cleanTitle("word ".repeat(100));
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith("word")).toBe(true);
  });

  it("splits lists but keeps phrases with 'and' together", () => {
    expect(splitItems("milk, eggs and bread")).toEqual(["milk", "eggs", "bread"]);
    expect(splitItems("milk and eggs")).toEqual(["milk", "eggs"]);
    expect(splitItems("call mom and dad")).toEqual(["call mom and dad"]);
    expect(splitItems("laundry; dishes")).toEqual(["laundry", "dishes"]);
    expect(splitItems("fix the '; DROP TABLE x; -- bug")).toEqual(["fix the '; DROP TABLE x; -- bug"]);
  });
});

const snap = (task_id: number, title: string, completed = false): TaskSnapshot =>
  taskSnapshot.parse({ task_id, title, description: null, due: null, priority: "normal", completed });

describe("matching", () => {
  const tasks = [snap(1, "Buy groceries"), snap(2, "Call mom"), snap(3, "Call dad"), snap(4, "Dentist")];

  it("stems English word forms alike", () => {
    expect(stem("buying")).toBe(stem("buy"));
    expect(stem("groceries")).toBe(stem("grocery"));
    expect(stem("bought")).toBe("buy");
    expect(stem("shopping")).toBe(stem("shop"));
    expect(stem("called")).toBe(stem("call"));
    expect(stem("making")).toBe(stem("make"));
  });

  it("finds one task by its words", () => {
    expect(matchTask("buying groceries", tasks)).toEqual({ kind: "one", task: tasks[0] });
    expect(matchTask("the dentist appointment", tasks)).toEqual({ kind: "one", task: tasks[3] });
    expect(matchTask("MOM", tasks)).toEqual({ kind: "one", task: tasks[1] });
  });

  it("asks when several match equally and prefers an exact title", () => {
    expect(matchTask("call", tasks)).toEqual({ kind: "ambiguous", tasks: [tasks[1], tasks[2]] });
    const similar = [snap(1, "Call mom"), snap(2, "Call mom about the trip")];
    expect(matchTask("call mom", similar)).toEqual({ kind: "one", task: similar[0] });
  });

  it("does not match on a common verb alone or on nothing", () => {
    expect(matchTask("buy a car", tasks)).toEqual({ kind: "none" });
    expect(matchTask("the", tasks)).toEqual({ kind: "none" });
    expect(matchTask("zebra", [])).toEqual({ kind: "none" });
  });
});
