import { type CorpusCase } from "./corpus";
import { add, adds, task } from "./corpus-helpers";

export const addingCases: CorpusCase[] = [
  // Adding, plain.
  adds("add: a task to", "add a task to buy groceries", { title: "Buy groceries" }, [
    "Added",
    "“Buy groceries”",
  ]),
  adds("add: bare", "add buy milk", { title: "Buy milk" }, ["Buy milk"]),
  adds("add: capitalised and punctuated", "Add buy milk.", { title: "Buy milk" }),
  adds("add: polite can you", "can you add walk the dog please?", { title: "Walk the dog" }),
  adds("add: polite could you", "Could you please add a task to clean the garage", {
    title: "Clean the garage",
  }),
  adds("add: please first", "please add renew car insurance", { title: "Renew car insurance" }),
  adds("add: create a todo colon", "create a todo: pay rent", { title: "Pay rent" }),
  adds("add: new task colon", "new task: book flights", { title: "Book flights" }),
  adds("add: todo colon", "todo: fix the leaking tap", { title: "Fix the leaking tap" }),
  adds("add: I need to", "I need to renew my passport", { title: "Renew my passport" }),
  adds("add: I have to", "i have to finish the report", { title: "Finish the report" }),
  adds("add: I should", "I should call the bank", { title: "Call the bank" }),
  adds("add: don't forget", "don't forget to water the plants", { title: "Water the plants" }),
  adds("add: dont forget no apostrophe", "dont forget to feed the cat", { title: "Feed the cat" }),
  adds("add: remind me", "remind me to take out the trash", { title: "Take out the trash" }),
  adds("add: to my list", "add milk to my shopping list", { title: "Milk" }),
  adds("add: put on my list", "put pick up dry cleaning on my list", { title: "Pick up dry cleaning" }),
  adds("add: quoted title", 'add "Prepare slides"', { title: "Prepare slides" }),
  adds("add: keeps inner case", "add email John about the NYC trip", {
    title: "Email John about the NYC trip",
  }),
  adds("add: I want to", "I want to learn Spanish", { title: "Learn Spanish" }),
  adds("add: I want to add", "I want to add buy stamps", { title: "Buy stamps" }),
  adds("add: greeting prefix", "hey there, add call dad", { title: "Call dad" }),
  adds("add: task called", "add a task called Plan the party", { title: "Plan the party" }),
  adds("add: with description", "add pay rent with description transfer to the landlord", {
    title: "Pay rent",
    description: "transfer to the landlord",
  }),
  adds("add: sql characters", "add fix the '; DROP TABLE tasks; -- bug", {
    title: "Fix the '; DROP TABLE tasks; -- bug",
  }),
  adds("add: html characters", "add review <b>bold</b> PR", { title: "Review <b>bold</b> PR" }),
  adds("add: unicode", "add café with Zoë 🎉", { title: "Café with Zoë 🎉" }),
  adds("add: call mom and dad stays one", "add call mom and dad", { title: "Call mom and dad" }),

  // Adding with dates.
  adds("date: tomorrow", "remind me to call mom tomorrow", { title: "Call mom", due: "2026-01-15" }, [
    "tomorrow",
    "Thu 15 Jan",
  ]),
  adds("date: today", "add submit timesheet today", { title: "Submit timesheet", due: "2026-01-14" }, [
    "today",
  ]),
  adds("date: tonight", "add take out the bins tonight", { title: "Take out the bins", due: "2026-01-14" }),
  adds("date: day after tomorrow", "add call the plumber the day after tomorrow", {
    title: "Call the plumber",
    due: "2026-01-16",
  }),
  adds(
    "date: on friday",
    "add finish the report on friday",
    { title: "Finish the report", due: "2026-01-16" },
    ["Fri 16 Jan"],
  ),
  adds("date: bare weekday", "add gym Friday", { title: "Gym", due: "2026-01-16" }),
  adds("date: next friday", "add pay the electricity bill next friday", {
    title: "Pay the electricity bill",
    due: "2026-01-16",
  }),
  adds("date: by monday", "add send the invoice by Monday", { title: "Send the invoice", due: "2026-01-19" }),
  adds("date: wednesday is next week", "add yoga on wednesday", { title: "Yoga", due: "2026-01-21" }),
  adds("date: in 3 days", "add return the library books in 3 days", {
    title: "Return the library books",
    due: "2026-01-17",
  }),
  adds("date: in a week", "add check the tyres in a week", { title: "Check the tyres", due: "2026-01-21" }),
  adds("date: in two weeks", "add renew gym membership in two weeks", {
    title: "Renew gym membership",
    due: "2026-01-28",
  }),
  adds("date: next week", "add plan the offsite next week", { title: "Plan the offsite", due: "2026-01-19" }),
  adds("date: on 3 March", "add file taxes on 3 March", { title: "File taxes", due: "2026-03-03" }),
  adds("date: March 3rd", "add dinner with Anna March 3rd", { title: "Dinner with Anna", due: "2026-03-03" }),
  adds("date: past month day rolls to next year", "add send card on 2 January", {
    title: "Send card",
    due: "2027-01-02",
  }),
  adds("date: end of the month", "add pay rent by the end of the month", {
    title: "Pay rent",
    due: "2026-01-31",
  }),
  adds("date: iso", "add launch on 2026-02-10", { title: "Launch", due: "2026-02-10" }),
  adds("date: time stripped", "remind me to call the doctor tomorrow at 3pm", {
    title: "Call the doctor",
    due: "2026-01-15",
  }),
  adds("date: tomorrow before title", "remind me tomorrow to buy bread", {
    title: "Buy bread",
    due: "2026-01-15",
  }),
  adds("date: due prefix", "add quarterly report due friday", {
    title: "Quarterly report",
    due: "2026-01-16",
  }),
  adds(
    "zone: Auckland is already tomorrow",
    "add call the bank tomorrow",
    { title: "Call the bank", due: "2026-01-16" },
    [],
    { now: "2026-01-14T20:00:00Z", timeZone: "Pacific/Auckland" },
  ),
  adds(
    "zone: Los Angeles is still today",
    "add call the bank tomorrow",
    { title: "Call the bank", due: "2026-01-15" },
    [],
    { now: "2026-01-14T20:00:00Z", timeZone: "America/Los_Angeles" },
  ),
  adds(
    "zone: Los Angeles early morning UTC",
    "add stretch today",
    { title: "Stretch", due: "2026-01-13" },
    [],
    { now: "2026-01-14T03:00:00Z", timeZone: "America/Los_Angeles" },
  ),
  adds(
    "zone: Tokyo new year",
    "add visit the shrine tomorrow",
    { title: "Visit the shrine", due: "2026-01-02" },
    [],
    { now: "2025-12-31T23:30:00Z", timeZone: "Asia/Tokyo" },
  ),
  adds(
    "zone: UTC year rollover",
    "add recycle the tree tomorrow",
    { title: "Recycle the tree", due: "2026-01-01" },
    [],
    { now: "2025-12-31T23:30:00Z" },
  ),
  adds(
    "zone: month rollover",
    "add water the garden in 3 days",
    { title: "Water the garden", due: "2026-02-02" },
    [],
    { now: "2026-01-30T12:00:00Z" },
  ),
  adds(
    "zone: Paris friday when today is friday",
    "add team lunch friday",
    { title: "Team lunch", due: "2026-01-23" },
    [],
    { now: "2026-01-16T10:00:00Z", timeZone: "Europe/Paris" },
  ),
  adds(
    "zone: end of February in a leap year",
    "add close the books by the end of the month",
    { title: "Close the books", due: "2028-02-29" },
    [],
    { now: "2028-02-10T12:00:00Z", timeZone: "Europe/Berlin" },
  ),
  adds(
    "zone: unknown zone falls back to UTC",
    "add stretch tomorrow",
    { title: "Stretch", due: "2026-01-15" },
    [],
    { timeZone: "Mars/Olympus_Mons" },
  ),

  // Adding with priorities.
  adds("priority: urgent", "add fix the server, it's urgent", { title: "Fix the server", priority: "high" }, [
    "high priority",
  ]),
  adds("priority: asap", "add call the landlord asap", { title: "Call the landlord", priority: "high" }),
  adds("priority: important", "add important: sign the contract", {
    title: "Sign the contract",
    priority: "high",
  }),
  adds("priority: high priority", "add submit the grant, high priority", {
    title: "Submit the grant",
    priority: "high",
  }),
  adds("priority: when I have time", "add clean the attic when I have time", {
    title: "Clean the attic",
    priority: "low",
  }),
  adds("priority: someday", "add learn the ukulele someday", { title: "Learn the ukulele", priority: "low" }),
  adds("priority: low priority", "add sort old photos (low priority)", {
    title: "Sort old photos",
    priority: "low",
  }),
  adds("priority: not urgent", "add reorganise the bookshelf, not urgent", {
    title: "Reorganise the bookshelf",
    priority: "low",
  }),
  adds("priority and date", "remind me to call mom on friday, it's urgent", {
    title: "Call mom",
    due: "2026-01-16",
    priority: "high",
  }),
  adds("priority and date: no rush next week", "add paint the fence next week, no rush", {
    title: "Paint the fence",
    due: "2026-01-19",
    priority: "low",
  }),

  // Several tasks in one sentence.
  {
    name: "add several: milk, eggs and bread",
    turns: [
      {
        user: "add milk, eggs and bread",
        tools: [add({ title: "Milk" }), add({ title: "Eggs" }), add({ title: "Bread" })],
        replyIncludes: ["3 tasks", "#1", "#3"],
      },
    ],
    expectTasks: [task(1, "Milk"), task(2, "Eggs"), task(3, "Bread")],
  },
  {
    name: "add several: milk and eggs",
    turns: [{ user: "add milk and eggs", tools: [add({ title: "Milk" }), add({ title: "Eggs" })] }],
    expectTasks: [task(1, "Milk"), task(2, "Eggs")],
  },
  {
    name: "add several with a shared date",
    turns: [
      {
        user: "add call the bank, email Sam and book a table tomorrow",
        tools: [
          add({ title: "Call the bank", due: "2026-01-15" }),
          add({ title: "Email Sam", due: "2026-01-15" }),
          add({ title: "Book a table", due: "2026-01-15" }),
        ],
      },
    ],
    expectTasks: [
      task(1, "Call the bank", { due: "2026-01-15" }),
      task(2, "Email Sam", { due: "2026-01-15" }),
      task(3, "Book a table", { due: "2026-01-15" }),
    ],
  },
  {
    name: "add several: semicolons",
    turns: [
      {
        user: "todo: laundry; dishes; vacuum",
        tools: [add({ title: "Laundry" }), add({ title: "Dishes" }), add({ title: "Vacuum" })],
      },
    ],
    expectTasks: [task(1, "Laundry"), task(2, "Dishes"), task(3, "Vacuum")],
  },
];
