import { type CorpusCase } from "./corpus";
import { complete, del, harmless, list, onSeed, task, update } from "./corpus-helpers";

const SAME_TITLES = [{ title: "Call mom" }, { title: "Buy milk" }, { title: "Call dad" }];

export const changingCases: CorpusCase[] = [
  // Listing.
  harmless(
    "list: show my tasks",
    "show my tasks",
    [list("all")],
    [
      "#1 Buy groceries",
      "#2 Call mom (due Thu 15 Jan)",
      "#3 Dentist appointment (high priority)",
      "#4 Team meeting",
    ],
  ),
  harmless("list: list tasks", "list tasks", [list("all")], ["#4 Team meeting"]),
  harmless("list: what's on my list", "what's on my list?", [list("all")], ["#1 Buy groceries"]),
  harmless("list: to-do list", "What's on my to-do list", [list("all")], ["#2 Call mom"]),
  harmless("list: show me everything", "show me everything", [list("all")]),
  harmless("list: my tasks", "my tasks", [list("all")]),
  harmless("list: bare list", "list", [list("all")]),
  harmless("list: polite", "Could you show me my todos please?", [list("all")]),
  harmless("list: how many", "how many tasks do I have?", [list("all")], ["4 tasks"]),
  harmless("list: what do I have to do", "what do I have to do?", [list("pending")], ["3 pending"]),
  harmless("list: what's pending", "what's pending?", [list("pending")], ["#3 Dentist appointment"]),
  harmless("list: what's left", "whats left", [list("pending")]),
  harmless("list: show pending", "show pending tasks", [list("pending")]),
  harmless("list: open tasks", "show my open tasks", [list("pending")]),
  harmless("list: what have I finished", "what have I finished?", [list("completed")], ["#4 Team meeting"]),
  harmless("list: show completed", "show completed tasks", [list("completed")], ["1 task"]),
  harmless("list: what did I complete", "What did I complete?", [list("completed")]),
  harmless("list: done tasks", "list done tasks", [list("completed")]),
  {
    name: "list: empty list suggests adding",
    turns: [{ user: "show my tasks", tools: [list("all")], replyIncludes: ["empty", "add"] }],
    expectTasks: [],
  },
  {
    name: "list: nothing pending",
    tasks: [{ title: "Sweep", completed: true }],
    turns: [{ user: "what's pending?", tools: [list("pending")], replyIncludes: ["caught up"] }],
    expectTasks: [task(1, "Sweep", { completed: true })],
  },

  // Completing.
  onSeed(
    "complete: mark task as complete",
    "mark task 3 as complete",
    [complete(3)],
    { 3: { completed: true } },
    ["Marked #3", "Dentist appointment"],
  ),
  onSeed("complete: complete #2", "complete #2", [complete(2)], { 2: { completed: true } }, [
    "#2 “Call mom”",
  ]),
  onSeed("complete: done with 1", "done with 1", [complete(1)], { 1: { completed: true } }),
  onSeed("complete: mark #1 done", "Mark #1 done!", [complete(1)], { 1: { completed: true } }),
  onSeed("complete: finish task", "please finish task 2", [complete(2)], { 2: { completed: true } }),
  onSeed("complete: is done", "#2 is done", [complete(2)], { 2: { completed: true } }),
  onSeed("complete: task n done", "task 1 done", [complete(1)], { 1: { completed: true } }),
  onSeed("complete: two numbers", "complete 1 and 2", [complete(1), complete(2)], {
    1: { completed: true },
    2: { completed: true },
  }),
  onSeed("complete: check off by title", "check off groceries", [list("pending"), complete(1)], {
    1: { completed: true },
  }),
  onSeed("complete: finished + gerund", "I finished buying groceries", [list("pending"), complete(1)], {
    1: { completed: true },
  }),
  onSeed("complete: bought the groceries", "I bought the groceries", [list("pending"), complete(1)], {
    1: { completed: true },
  }),
  onSeed("complete: called mom", "I called mom", [list("pending"), complete(2)], { 2: { completed: true } }),
  onSeed("complete: tick off", "tick off the dentist appointment", [list("pending"), complete(3)], {
    3: { completed: true },
  }),
  onSeed("complete: mark title as done", "mark call mom as done", [list("pending"), complete(2)], {
    2: { completed: true },
  }),
  onSeed("complete: done with the dentist", "I'm done with the dentist", [list("pending"), complete(3)], {
    3: { completed: true },
  }),
  onSeed("complete: already done", "complete #4", [complete(4)], {}, ["already done"]),
  onSeed("complete: unknown number", "complete #9", [complete(9)], {}, ["couldn't find task #9"]),
  onSeed("reopen: reopen", "reopen #4", [complete(4, false)], { 4: { completed: false } }, ["Reopened #4"]),
  onSeed("reopen: mark as not done", "mark task 4 as not done", [complete(4, false)], {
    4: { completed: false },
  }),
  onSeed("reopen: uncheck by title", "uncheck the team meeting", [list("completed"), complete(4, false)], {
    4: { completed: false },
  }),

  // Deleting.
  onSeed("delete: task n", "delete task 2", [del(2)], { 2: null }, ["Deleted #2", "Call mom"]),
  onSeed("delete: remove #", "remove #3", [del(3)], { 3: null }),
  onSeed("delete: by title", "delete the meeting task", [list("all"), del(4)], { 4: null }, ["Team meeting"]),
  onSeed("delete: get rid of", "get rid of the dentist appointment", [list("all"), del(3)], { 3: null }),
  onSeed("delete: cancel", "cancel the dentist", [list("all"), del(3)], { 3: null }),
  onSeed("delete: from my list", "remove groceries from my list", [list("all"), del(1)], { 1: null }),
  onSeed("delete: unknown number", "delete #7", [del(7)], {}, ["couldn't find task #7"]),
  harmless("delete: everything is refused", "delete everything", [], ["one task at a time"]),
  harmless("delete: no target asks", "delete", [], ["Which task"]),

  // Updating.
  onSeed(
    "update: rename",
    "rename task 1 to Call mom tonight",
    [update(1, { title: "Call mom tonight" })],
    {
      1: { title: "Call mom tonight" },
    },
    ["Call mom tonight", "renamed"],
  ),
  onSeed(
    "update: change the title",
    "change the title of #2 to Call grandma",
    [update(2, { title: "Call grandma" })],
    {
      2: { title: "Call grandma" },
    },
  ),
  onSeed(
    "update: description",
    "change the description of #2 to bring flowers",
    [update(2, { description: "bring flowers" })],
    {},
    ["bring flowers"],
  ),
  onSeed(
    "update: add a note",
    "add a note to #1: get oat milk",
    [update(1, { description: "get oat milk" })],
    {},
  ),
  onSeed(
    "update: due date",
    "set the due date of task 3 to friday",
    [update(3, { due: "2026-01-16" })],
    {
      3: { due: "2026-01-16" },
    },
    ["Fri 16 Jan"],
  ),
  onSeed("update: high priority", "make #4 high priority", [update(4, { priority: "high" })], {
    4: { priority: "high" },
  }),
  onSeed("update: move", "move task 2 to next monday", [update(2, { due: "2026-01-19" })], {
    2: { due: "2026-01-19" },
  }),
  onSeed(
    "update: postpone by title",
    "postpone the dentist appointment to next week",
    [list("all"), update(3, { due: "2026-01-19" })],
    { 3: { due: "2026-01-19" } },
  ),
  onSeed(
    "update: low priority by title",
    "make the groceries low priority",
    [list("all"), update(1, { priority: "low" })],
    {
      1: { priority: "low" },
    },
  ),
  onSeed(
    "update: clear the due date",
    "remove the due date from #2",
    [update(2, { due: null })],
    { 2: { due: null } },
    ["no due date"],
  ),
  onSeed("update: is due", "#1 is due tomorrow", [update(1, { due: "2026-01-15" })], {
    1: { due: "2026-01-15" },
  }),
  onSeed("update: change to title", "change #1 to Buy vegetables", [update(1, { title: "Buy vegetables" })], {
    1: { title: "Buy vegetables" },
  }),
  onSeed("update: possessive priority", "set task 1's priority to high", [update(1, { priority: "high" })], {
    1: { priority: "high" },
  }),
  onSeed("update: prioritise", "prioritise groceries", [list("all"), update(1, { priority: "high" })], {
    1: { priority: "high" },
  }),
  onSeed("update: unknown number", "update #9 title to Nothing", [update(9, { title: "Nothing" })], {}, [
    "couldn't find task #9",
  ]),
  harmless("update: unreadable date", "move #2 to blah", [], ["couldn't read that date"]),

  // Ambiguity and no match.
  {
    name: "ambiguous: complete call",
    tasks: SAME_TITLES,
    turns: [
      {
        user: "complete call",
        tools: [list("pending")],
        replyIncludes: ["which one", "#1 Call mom", "#3 Call dad"],
      },
    ],
    expectTasks: [task(1, "Call mom"), task(2, "Buy milk"), task(3, "Call dad")],
  },
  {
    name: "ambiguous: delete milk",
    tasks: [{ title: "Buy milk" }, { title: "Buy oat milk" }],
    turns: [
      { user: "delete the milk", tools: [list("all")], replyIncludes: ["#1 Buy milk", "#2 Buy oat milk"] },
    ],
    expectTasks: [task(1, "Buy milk"), task(2, "Buy oat milk")],
  },
  {
    name: "ambiguous: exact title wins",
    tasks: [{ title: "Call mom" }, { title: "Call mom about the trip" }],
    turns: [{ user: "mark call mom as done", tools: [list("pending"), complete(1)] }],
    expectTasks: [task(1, "Call mom", { completed: true }), task(2, "Call mom about the trip")],
  },
  onSeed("no match: lists pending", "complete the car wash", [list("pending")], {}, [
    "couldn't find",
    "#1 Buy groceries",
    "#3 Dentist appointment",
  ]),
  {
    name: "no match: nothing pending",
    tasks: [{ title: "Sweep", completed: true }],
    turns: [
      { user: "delete the gym", tools: [list("all")], replyIncludes: ["couldn't find", "no pending tasks"] },
    ],
    expectTasks: [task(1, "Sweep", { completed: true })],
  },
  harmless(
    "no match: weak verb alone does not match",
    "I finished buying a car",
    [list("pending")],
    ["couldn't find"],
  ),
];
