import { type CorpusCase } from "./corpus";
import { SEED, add, complete, del, harmless, list, seeded, task, update } from "./corpus-helpers";

const SAME_TITLES = [{ title: "Call mom" }, { title: "Buy milk" }, { title: "Call dad" }];
const LONG = "lorem ipsum dolor sit amet ".repeat(400);

export const conversationCases: CorpusCase[] = [
  // References to the task just mentioned.
  {
    name: "reference: add then mark it done",
    turns: [
      { user: "add buy milk", tools: [add({ title: "Buy milk" })] },
      { user: "mark it done", tools: [complete(1)], replyIncludes: ["#1", "Buy milk"] },
    ],
    expectTasks: [task(1, "Buy milk", { completed: true })],
  },
  {
    name: "reference: add then delete it",
    turns: [
      { user: "add call the plumber", tools: [add({ title: "Call the plumber" })] },
      { user: "actually, delete it", tools: [del(1)], replyIncludes: ["Deleted #1"] },
    ],
    expectTasks: [],
  },
  {
    name: "reference: rename that",
    turns: [
      { user: "remind me to call mom", tools: [add({ title: "Call mom" })] },
      { user: "rename that to Call mom tonight", tools: [update(1, { title: "Call mom tonight" })] },
    ],
    expectTasks: [task(1, "Call mom tonight")],
  },
  {
    name: "reference: make it high priority",
    turns: [
      { user: "add pay the bills tomorrow", tools: [add({ title: "Pay the bills", due: "2026-01-15" })] },
      { user: "make it high priority", tools: [update(1, { priority: "high" })] },
    ],
    expectTasks: [task(1, "Pay the bills", { due: "2026-01-15", priority: "high" })],
  },
  {
    name: "reference: move it to friday",
    tasks: SEED,
    turns: [
      { user: "complete #1", tools: [complete(1)] },
      { user: "oh and move it to friday", tools: [update(1, { due: "2026-01-16" })] },
    ],
    expectTasks: seeded({ 1: { completed: true, due: "2026-01-16" } }),
  },
  {
    name: "reference: nothing to refer to",
    tasks: SEED,
    turns: [{ user: "mark it done", tools: [], replyIncludes: ["not sure which task"] }],
    expectTasks: seeded(),
  },

  // Positions in the list just shown.
  {
    name: "position: delete the second one",
    tasks: SEED,
    turns: [
      { user: "show my tasks", tools: [list("all")] },
      { user: "delete the second one", tools: [del(2)], replyIncludes: ["Deleted #2"] },
    ],
    expectTasks: seeded({ 2: null }),
  },
  {
    name: "position: complete the first one",
    tasks: SEED,
    turns: [
      { user: "what's pending?", tools: [list("pending")] },
      { user: "complete the first one", tools: [complete(1)] },
    ],
    expectTasks: seeded({ 1: { completed: true } }),
  },
  {
    name: "position: the last one of the pending list",
    tasks: SEED,
    turns: [
      { user: "what do I have to do", tools: [list("pending")] },
      { user: "delete the last one", tools: [del(3)] },
    ],
    expectTasks: seeded({ 3: null }),
  },
  {
    name: "position: out of range",
    tasks: SEED,
    turns: [
      { user: "what have I finished?", tools: [list("completed")] },
      { user: "reopen the third one", tools: [], replyIncludes: ["no third task"] },
    ],
    expectTasks: seeded(),
  },
  {
    name: "position: rename after a list",
    tasks: SEED,
    turns: [
      { user: "list tasks", tools: [list("all")] },
      { user: "rename the first one to Buy fruit", tools: [update(1, { title: "Buy fruit" })] },
    ],
    expectTasks: seeded({ 1: { title: "Buy fruit" } }),
  },
  {
    name: "position: answer to an ambiguity question",
    tasks: SAME_TITLES,
    turns: [
      { user: "complete call", tools: [list("pending")], replyIncludes: ["which one"] },
      { user: "the second one", tools: [complete(3)], replyIncludes: ["Call dad"] },
    ],
    expectTasks: [task(1, "Call mom"), task(2, "Buy milk"), task(3, "Call dad", { completed: true })],
  },
  {
    name: "ambiguity answered with a number",
    tasks: SAME_TITLES,
    turns: [
      { user: "delete call", tools: [list("all")] },
      { user: "delete #1", tools: [del(1)] },
    ],
    expectTasks: [task(2, "Buy milk"), task(3, "Call dad")],
  },

  // Undo.
  {
    name: "undo: add",
    turns: [
      { user: "add buy milk", tools: [add({ title: "Buy milk" })] },
      { user: "undo", tools: [del(1)], replyIncludes: ["Removed #1"] },
    ],
    expectTasks: [],
  },
  {
    name: "undo: delete restores as a new number",
    tasks: SEED,
    turns: [
      { user: "delete #3", tools: [del(3)] },
      {
        user: "undo that",
        tools: [add({ title: "Dentist appointment", priority: "high" })],
        replyIncludes: ["Restored", "#5"],
      },
    ],
    expectTasks: [...seeded({ 3: null }), task(5, "Dentist appointment", { priority: "high" })],
  },
  {
    name: "undo: complete",
    tasks: SEED,
    turns: [
      { user: "complete #1", tools: [complete(1)] },
      { user: "oops, undo that", tools: [complete(1, false)], replyIncludes: ["open again"] },
    ],
    expectTasks: seeded(),
  },
  {
    name: "undo: reopen",
    tasks: SEED,
    turns: [
      { user: "reopen #4", tools: [complete(4, false)] },
      { user: "undo", tools: [complete(4, true)] },
    ],
    expectTasks: seeded(),
  },
  {
    name: "undo: rename",
    tasks: SEED,
    turns: [
      { user: "rename #1 to Buy veggies", tools: [update(1, { title: "Buy veggies" })] },
      { user: "undo", tools: [update(1, { title: "Buy groceries" })], replyIncludes: ["Buy groceries"] },
    ],
    expectTasks: seeded(),
  },
  {
    name: "undo: due date change",
    tasks: SEED,
    turns: [
      { user: "move #2 to friday", tools: [update(2, { due: "2026-01-16" })] },
      { user: "take that back", tools: [update(2, { due: "2026-01-15" })] },
    ],
    expectTasks: seeded(),
  },
  {
    name: "undo: several adds at once",
    turns: [
      {
        user: "add milk, eggs and bread",
        tools: [add({ title: "Milk" }), add({ title: "Eggs" }), add({ title: "Bread" })],
      },
      { user: "undo", tools: [del(3), del(2), del(1)] },
    ],
    expectTasks: [],
  },
  {
    name: "undo: twice takes back two actions",
    turns: [
      { user: "add laundry", tools: [add({ title: "Laundry" })] },
      { user: "add dishes", tools: [add({ title: "Dishes" })] },
      { user: "undo", tools: [del(2)] },
      { user: "undo", tools: [del(1)] },
    ],
    expectTasks: [],
  },
  {
    name: "undo: skips a list in between",
    tasks: SEED,
    turns: [
      { user: "complete #1", tools: [complete(1)] },
      { user: "show my tasks", tools: [list("all")] },
      { user: "undo", tools: [complete(1, false)] },
    ],
    expectTasks: seeded(),
  },
  harmless("undo: nothing to undo", "undo", [], ["nothing to undo"]),

  // Conversations mixing things.
  {
    name: "conversation: add, list, complete by title, list pending",
    turns: [
      { user: "add buy milk tomorrow", tools: [add({ title: "Buy milk", due: "2026-01-15" })] },
      { user: "add call the bank", tools: [add({ title: "Call the bank" })] },
      {
        user: "show my tasks",
        tools: [list("all")],
        replyIncludes: ["#1 Buy milk (due Thu 15 Jan)", "#2 Call the bank"],
      },
      { user: "I bought the milk", tools: [list("pending"), complete(1)] },
      { user: "what's left?", tools: [list("pending")], replyIncludes: ["#2 Call the bank"] },
    ],
    expectTasks: [task(1, "Buy milk", { completed: true, due: "2026-01-15" }), task(2, "Call the bank")],
  },
  {
    name: "conversation: numbers are not reused after delete",
    turns: [
      { user: "add one thing", tools: [add({ title: "One thing" })] },
      { user: "delete #1", tools: [del(1)] },
      { user: "add another thing", tools: [add({ title: "Another thing" })], replyIncludes: ["#2"] },
    ],
    expectTasks: [task(2, "Another thing")],
  },
  {
    name: "conversation: Auckland dates in a list",
    now: "2026-01-14T20:00:00Z",
    timeZone: "Pacific/Auckland",
    turns: [
      {
        user: "add pay rent today",
        tools: [add({ title: "Pay rent", due: "2026-01-15" })],
        replyIncludes: ["today"],
      },
      { user: "list tasks", tools: [list("all")], replyIncludes: ["#1 Pay rent (due Thu 15 Jan)"] },
    ],
    expectTasks: [task(1, "Pay rent", { due: "2026-01-15" })],
  },
  {
    name: "conversation: greeting then add",
    turns: [
      { user: "hello", tools: [], replyIncludes: ["todo"] },
      { user: "add call grandma on sunday", tools: [add({ title: "Call grandma", due: "2026-01-18" })] },
    ],
    expectTasks: [task(1, "Call grandma", { due: "2026-01-18" })],
  },

  // Greetings, help, thanks.
  harmless("social: hi", "hi", [], ["todo"]),
  harmless("social: Hello!", "Hello!", [], ["todo"]),
  harmless("social: hey there", "hey there", [], ["todo"]),
  harmless("social: good morning", "Good morning", [], ["todo"]),
  harmless("social: good evening", "good evening!", [], ["todo"]),
  harmless("social: help", "help", [], ["add", "show my tasks"]),
  harmless("social: what can you do", "what can you do?", [], ["add", "delete"]),
  harmless("social: how does this work", "How does this work?", [], ["undo"]),
  harmless("social: hi what can you do", "hi, what can you do?", [], ["add"]),
  harmless("social: thanks", "thanks", [], ["welcome"]),
  harmless("social: thank you", "Thank you!", [], ["welcome"]),
  harmless("social: cheers", "cheers", [], ["welcome"]),
  harmless("social: never mind", "never mind", [], ["left everything"]),

  // Noise that must change nothing.
  harmless("noise: gibberish", "asdfgh qwerty", [], ["didn't quite get"]),
  harmless("noise: empty", "", [], ["what would you like"]),
  harmless("noise: spaces", "    ", [], ["what would you like"]),
  harmless("noise: punctuation", "?!?!", [], ["what would you like"]),
  harmless("noise: sql", "'; DROP TABLE tasks; --", [], ["didn't quite get"]),
  harmless("noise: html", "<script>alert(1)</script>", [], ["didn't quite get"]),
  harmless("noise: very long", LONG, [], ["didn't quite get"]),
  harmless("noise: emoji", "🤖🤖🤖", [], ["what would you like"]),
  harmless("noise: small talk", "the weather is nice today", [], ["didn't quite get"]),
  harmless("noise: opinion", "I love pizza", [], ["didn't quite get"]),
  harmless("noise: null word", "null", [], ["didn't quite get"]),
  harmless("noise: add with nothing", "add", [], ["What should the task say"]),
  harmless("noise: complete with nothing", "complete", [], ["Which task"]),
  harmless("noise: non-latin script", "こんにちは世界", [], ["didn't quite get"]),
];
