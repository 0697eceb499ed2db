/**
 * The quick-add corpus: what people type, and the structure it must give. Unless a case names another
 * context, it is typed on Wednesday 14 January 2026 at 10:00 on the person's wall clock.
 */

export const CONTEXTS = {
  /** Wednesday 14 January 2026, 10:00 UTC. */
  utc: { now: "2026-01-14T10:00:00Z", timeZone: "UTC" },
  /** Wednesday 14 January 2026, 10:00 PST (-08:00). */
  la: { now: "2026-01-14T18:00:00Z", timeZone: "America/Los_Angeles" },
  /** Wednesday 14 January 2026, 10:00 NZDT (+13:00): still the 13th in UTC. */
  akl: { now: "2026-01-13T21:00:00Z", timeZone: "Pacific/Auckland" },
  /** Friday 6 March 2026, 10:00 PST; clocks go forward on Sunday 8 March at 02:00. */
  laDst: { now: "2026-03-06T18:00:00Z", timeZone: "America/Los_Angeles" },
  /** Friday 3 April 2026, 10:00 NZDT; clocks go back on Sunday 5 April at 03:00. */
  aklDst: { now: "2026-04-02T21:00:00Z", timeZone: "Pacific/Auckland" },
  /** Saturday 26 December 2026, 10:00 UTC: dates earlier in the year mean next year. */
  boxingDay: { now: "2026-12-26T10:00:00Z", timeZone: "UTC" },
  /** Sunday 27 February 2028, 10:00 UTC: a leap year. */
  leap: { now: "2028-02-27T10:00:00Z", timeZone: "UTC" },
  /** Wednesday 14 January 2026, 20:00 UTC: the evening, so 17:00 has passed. */
  evening: { now: "2026-01-14T20:00:00Z", timeZone: "UTC" },
} as const;

export type Context = keyof typeof CONTEXTS;

export interface Expected {
  title: string;
  due: string | null;
  dueTime: string | null;
  remindAt: string | null;
  recurrence: string | null;
  priority: "low" | "normal" | "high" | null;
  tags: string[];
}

export interface Case {
  text: string;
  context: Context;
  /** Also run in these contexts, where every wall-clock field must come out the same (no reminders). */
  alsoIn?: Context[];
  expected: Expected;
}

type Fields = Partial<Omit<Expected, "title">> & { in?: Context; alsoIn?: Context[] };

function c(text: string, title: string, fields: Fields = {}): Case {
  const { in: context = "utc", alsoIn, ...rest } = fields;
  return {
    text,
    context,
    ...(alsoIn ? { alsoIn } : {}),
    expected: {
      title,
      due: null,
      dueTime: null,
      remindAt: null,
      recurrence: null,
      priority: null,
      tags: [],
      ...rest,
    },
  };
}

const ZONES: Context[] = ["la", "akl"];

export const CASES: Case[] = [
  // Relative days, typos and all.
  c("buy milk today", "buy milk", { due: "2026-01-14", alsoIn: ZONES }),
  c("buy milk tomorrow", "buy milk", { due: "2026-01-15", alsoIn: ZONES }),
  c("buy milk tmrw", "buy milk", { due: "2026-01-15" }),
  c("buy milk tmr", "buy milk", { due: "2026-01-15" }),
  c("buy milk tomorow", "buy milk", { due: "2026-01-15" }),
  c("buy milk tommorow", "buy milk", { due: "2026-01-15" }),
  c("buy milk tommorrow", "buy milk", { due: "2026-01-15" }),
  c("tmrw buy milk", "buy milk", { due: "2026-01-15" }),
  c("Tomorrow: dentist", "dentist", { due: "2026-01-15" }),
  c("call grandma the day after tomorrow", "call grandma", { due: "2026-01-16" }),
  c("take out the trash tonight", "take out the trash", {
    due: "2026-01-14",
    dueTime: "20:00",
    alsoIn: ZONES,
  }),
  c("watch the match tonite", "watch the match", { due: "2026-01-14", dueTime: "20:00" }),
  c("call dad this evening", "call dad", { due: "2026-01-14", dueTime: "19:00" }),
  c("send invoice this afternoon", "send invoice", { due: "2026-01-14", dueTime: "15:00" }),
  c("finish the deck eod", "finish the deck", { due: "2026-01-14", dueTime: "17:00" }),
  c("finish the deck by end of day", "finish the deck", { due: "2026-01-14", dueTime: "17:00" }),
  c("pick up parcel later today", "pick up parcel", { due: "2026-01-14" }),
  c("gym tomorrow morning", "gym", { due: "2026-01-15", dueTime: "09:00" }),
  c("pack bags tomorrow night", "pack bags", { due: "2026-01-15", dueTime: "20:00" }),

  // Weekdays. A bare weekday, "on"/"by" and "next" mean the next one after today; "this" includes today.
  c("call mom friday", "call mom", { due: "2026-01-16", alsoIn: ZONES }),
  c("call mom on friday", "call mom", { due: "2026-01-16" }),
  c("call mom by Friday", "call mom", { due: "2026-01-16" }),
  c("call mom next friday", "call mom", { due: "2026-01-16" }),
  c("call mom this friday", "call mom", { due: "2026-01-16" }),
  c("call mom coming friday", "call mom", { due: "2026-01-16" }),
  c("team lunch wednesday", "team lunch", { due: "2026-01-21" }),
  c("team lunch this wednesday", "team lunch", { due: "2026-01-14" }),
  c("haircut sat", "haircut", { due: "2026-01-17" }),
  c("haircut on thurs", "haircut", { due: "2026-01-15" }),
  c("pay rent Mon", "pay rent", { due: "2026-01-19" }),
  c("submit timesheet tues", "submit timesheet", { due: "2026-01-20" }),
  c("monday: standup notes", "standup notes", { due: "2026-01-19" }),
  c("dentist friday next week", "dentist", { due: "2026-01-23" }),
  c("dentist next week thursday", "dentist", { due: "2026-01-22" }),
  c("book the vet for tuesday morning", "book the vet", { due: "2026-01-20", dueTime: "09:00" }),
  c("deploy -- prod fri 🚀", "deploy -- prod 🚀", { due: "2026-01-16" }),

  // Counted and named periods.
  c("renew passport in 3 days", "renew passport", { due: "2026-01-17", alsoIn: ZONES }),
  c("renew passport in two weeks", "renew passport", { due: "2026-01-28" }),
  c("follow up in a week", "follow up", { due: "2026-01-21" }),
  c("follow up in a couple of days", "follow up", { due: "2026-01-16" }),
  c("check results in a month", "check results", { due: "2026-02-14" }),
  c("dentist checkup in 6 months", "dentist checkup", { due: "2026-07-14" }),
  c("call back 3 days from now", "call back", { due: "2026-01-17" }),
  c("follow up in a fortnight", "follow up", { due: "2026-01-28" }),
  c("check the oven in 20 minutes", "check the oven", { due: "2026-01-14", dueTime: "10:20" }),
  c("move the car in 2 hours", "move the car", { due: "2026-01-14", dueTime: "12:00" }),
  c("plan the offsite next week", "plan the offsite", { due: "2026-01-19" }),
  c("budget review next month", "budget review", { due: "2026-02-01" }),
  c("submit report end of month", "submit report", { due: "2026-01-31" }),
  c("submit report by the end of the month", "submit report", { due: "2026-01-31" }),
  c("clean garage end of the week", "clean garage", { due: "2026-01-16" }),
  c("clean garage this week", "clean garage", { due: "2026-01-16" }),
  c("file taxes by end of year", "file taxes", { due: "2026-12-31" }),
  c("hike this weekend", "hike", { due: "2026-01-17" }),
  c("hike on the weekend", "hike", { due: "2026-01-17" }),

  // Days of the month and calendar dates.
  c("pay bills by the 15th", "pay bills", { due: "2026-01-15" }),
  c("pay bills on the 3rd", "pay bills", { due: "2026-02-03" }),
  c("pay bills the 14th", "pay bills", { due: "2026-01-14" }),
  c("dinner on the 9th of march", "dinner", { due: "2026-03-09" }),
  c("buy presents dec 24", "buy presents", { due: "2026-12-24" }),
  c("dec 24 buy presents", "buy presents", { due: "2026-12-24" }),
  c("buy presents Dec 24th", "buy presents", { due: "2026-12-24" }),
  c("party on 3 March", "party", { due: "2026-03-03" }),
  c("party March 3rd, 2027", "party", { due: "2027-03-03" }),
  c("visa appointment jan 2", "visa appointment", { due: "2027-01-02" }),
  c("party 24/12", "party", { due: "2026-12-24" }),
  c("party on 24/12", "party", { due: "2026-12-24" }),
  c("exam 3/4", "exam", { due: "2026-04-03" }),
  c("exam 12/24", "exam", { due: "2026-12-24" }),
  c("exam 10/02/2026", "exam", { due: "2026-02-10" }),
  c("exam 10.02.2027", "exam", { due: "2027-02-10" }),
  c("exam 2026-02-10", "exam", { due: "2026-02-10" }),
  c("send cards dec 24", "send cards", { due: "2027-12-24", in: "boxingDay" }),
  c("return gifts 2/1", "return gifts", { due: "2027-01-02", in: "boxingDay" }),
  c("party on the 29th", "party", { due: "2028-02-29", in: "leap" }),
  c("rent due end of month", "rent", { due: "2028-02-29", in: "leap" }),
  c("report due on the 31st", "report", { due: "2026-01-31" }),

  // Times.
  c("call the bank at 5pm", "call the bank", { due: "2026-01-14", dueTime: "17:00", alsoIn: ZONES }),
  c("call the bank 5 pm", "call the bank", { due: "2026-01-14", dueTime: "17:00" }),
  c("call the bank at 5", "call the bank", { due: "2026-01-14", dueTime: "17:00" }),
  c("gym at 8", "gym", { due: "2026-01-15", dueTime: "08:00" }),
  c("gym at 07:30", "gym", { due: "2026-01-15", dueTime: "07:30" }),
  c("standup 17:30", "standup", { due: "2026-01-14", dueTime: "17:30" }),
  c("standup at 9:30am tomorrow", "standup", { due: "2026-01-15", dueTime: "09:30" }),
  c("lunch with ann at noon", "lunch with ann", { due: "2026-01-14", dueTime: "12:00" }),
  c("finish essay by midnight", "finish essay", { due: "2026-01-14", dueTime: "23:59" }),
  c("run in the morning", "run", { due: "2026-01-15", dueTime: "09:00" }),
  c("yoga in the afternoon", "yoga", { due: "2026-01-14", dueTime: "15:00" }),
  c("read in the evening", "read", { due: "2026-01-14", dueTime: "19:00" }),
  c("call mom tomorrow 5pm", "call mom", { due: "2026-01-15", dueTime: "17:00", alsoIn: ZONES }),
  c("call mom tomorrow at 5", "call mom", { due: "2026-01-15", dueTime: "17:00" }),
  c("call mom friday 3pm", "call mom", { due: "2026-01-16", dueTime: "15:00" }),
  c("call mom at 3pm on friday", "call mom", { due: "2026-01-16", dueTime: "15:00" }),
  c("dinner at 8 tonight", "dinner", { due: "2026-01-14", dueTime: "20:00" }),
  c("dinner tonight at 9", "dinner", { due: "2026-01-14", dueTime: "21:00" }),
  c("drinks dec 24 at 5pm", "drinks", { due: "2026-12-24", dueTime: "17:00" }),
  c("meeting 3pm-4pm tomorrow", "meeting", { due: "2026-01-15", dueTime: "15:00" }),
  c("email sarah re: Q3 numbers tomorrow at 9am", "email sarah re: Q3 numbers", {
    due: "2026-01-15",
    dueTime: "09:00",
  }),
  c("call the bank at 5pm", "call the bank", { due: "2026-01-15", dueTime: "17:00", in: "evening" }),
  c("night shift prep at 7am", "night shift prep", { due: "2026-01-15", dueTime: "07:00", in: "evening" }),

  // Reminders.
  c("remind me to call the bank at 5pm", "call the bank", {
    due: "2026-01-14",
    dueTime: "17:00",
    remindAt: "2026-01-14T17:00:00.000Z",
  }),
  c("remind me to call the bank at 5pm", "call the bank", {
    in: "la",
    due: "2026-01-14",
    dueTime: "17:00",
    remindAt: "2026-01-15T01:00:00.000Z",
  }),
  c("remind me to call the bank at 5pm", "call the bank", {
    in: "akl",
    due: "2026-01-14",
    dueTime: "17:00",
    remindAt: "2026-01-14T04:00:00.000Z",
  }),
  c("Remind me to water the plants tomorrow", "water the plants", {
    due: "2026-01-15",
    remindAt: "2026-01-15T09:00:00.000Z",
  }),
  c("remind me about the dentist friday at 2pm", "the dentist", {
    due: "2026-01-16",
    dueTime: "14:00",
    remindAt: "2026-01-16T14:00:00.000Z",
  }),
  c("remind me to stretch", "stretch"),
  c("call mom tomorrow 5pm remind me 30 minutes before", "call mom", {
    due: "2026-01-15",
    dueTime: "17:00",
    remindAt: "2026-01-15T16:30:00.000Z",
  }),
  c("remind me 1 hour before dentist friday 3pm", "dentist", {
    due: "2026-01-16",
    dueTime: "15:00",
    remindAt: "2026-01-16T14:00:00.000Z",
  }),
  c("flight sunday 7:30am, remind me a day before", "flight", {
    due: "2026-01-18",
    dueTime: "07:30",
    remindAt: "2026-01-17T07:30:00.000Z",
  }),
  c("pay rent friday remind me at 8", "pay rent", {
    due: "2026-01-16",
    remindAt: "2026-01-16T08:00:00.000Z",
  }),
  c("remind me at 8 to call bob", "call bob", { remindAt: "2026-01-15T08:00:00.000Z" }),
  c("call bob, remind me at 4pm", "call bob", { remindAt: "2026-01-14T16:00:00.000Z" }),
  c("submit form by friday 5pm, remind me", "submit form", {
    due: "2026-01-16",
    dueTime: "17:00",
    remindAt: "2026-01-16T17:00:00.000Z",
  }),
  // Across DST: the reminder is at the wall-clock time of that day, with that day's offset.
  c("brunch sunday 9am remind me", "brunch", {
    in: "laDst",
    due: "2026-03-08",
    dueTime: "09:00",
    remindAt: "2026-03-08T16:00:00.000Z",
  }),
  c("brunch friday 9am remind me", "brunch", {
    in: "laDst",
    due: "2026-03-13",
    dueTime: "09:00",
    remindAt: "2026-03-13T16:00:00.000Z",
  }),
  c("night bus sunday 2:30am, remind me", "night bus", {
    in: "laDst",
    due: "2026-03-08",
    dueTime: "02:30",
    remindAt: "2026-03-08T10:30:00.000Z",
  }),
  c("brunch sunday 9am remind me", "brunch", {
    in: "aklDst",
    due: "2026-04-05",
    dueTime: "09:00",
    remindAt: "2026-04-04T21:00:00.000Z",
  }),
  c("call nana tomorrow 9am, remind me 2 hours before", "call nana", {
    in: "aklDst",
    due: "2026-04-04",
    dueTime: "09:00",
    remindAt: "2026-04-03T18:00:00.000Z",
  }),

  // Recurrence.
  c("water the plants every monday", "water the plants", {
    due: "2026-01-19",
    recurrence: "FREQ=WEEKLY;BYDAY=MO",
  }),
  c("church every sunday", "church", {
    due: "2026-01-18",
    recurrence: "FREQ=WEEKLY;BYDAY=SU",
    alsoIn: ZONES,
  }),
  c("standup every wednesday", "standup", { due: "2026-01-14", recurrence: "FREQ=WEEKLY;BYDAY=WE" }),
  c("standup every wednesday at 9am", "standup", {
    due: "2026-01-21",
    dueTime: "09:00",
    recurrence: "FREQ=WEEKLY;BYDAY=WE",
  }),
  c("gym every mon, wed and fri at 7am", "gym", {
    due: "2026-01-16",
    dueTime: "07:00",
    recurrence: "FREQ=WEEKLY;BYDAY=MO,WE,FR",
  }),
  c("piano every tuesday and thursday", "piano", {
    due: "2026-01-15",
    recurrence: "FREQ=WEEKLY;BYDAY=TU,TH",
  }),
  c("bins on mondays", "bins", { due: "2026-01-19", recurrence: "FREQ=WEEKLY;BYDAY=MO" }),
  c("clean the fridge every other week", "clean the fridge", {
    due: "2026-01-14",
    recurrence: "FREQ=WEEKLY;INTERVAL=2",
  }),
  c("mow the lawn every other saturday", "mow the lawn", {
    due: "2026-01-17",
    recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
  }),
  c("vitamins every 2 days", "vitamins", { due: "2026-01-14", recurrence: "FREQ=DAILY;INTERVAL=2" }),
  c("change filter every 3 months", "change filter", {
    due: "2026-01-14",
    recurrence: "FREQ=MONTHLY;INTERVAL=3",
  }),
  c("team sync every 2 weeks on monday", "team sync", {
    due: "2026-01-19",
    recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
  }),
  c("stretch daily", "stretch", { due: "2026-01-14", recurrence: "FREQ=DAILY" }),
  c("meditate every day at 7am", "meditate", {
    due: "2026-01-15",
    dueTime: "07:00",
    recurrence: "FREQ=DAILY",
  }),
  c("journal every night", "journal", { due: "2026-01-14", dueTime: "20:00", recurrence: "FREQ=DAILY" }),
  c("weigh in every morning", "weigh in", { due: "2026-01-15", dueTime: "09:00", recurrence: "FREQ=DAILY" }),
  c("review goals weekly", "review goals", { due: "2026-01-14", recurrence: "FREQ=WEEKLY" }),
  c("backup laptop monthly", "backup laptop", { due: "2026-01-14", recurrence: "FREQ=MONTHLY" }),
  c("renew domain yearly", "renew domain", { due: "2026-01-14", recurrence: "FREQ=YEARLY" }),
  c("standup weekdays at 9:30", "standup", {
    due: "2026-01-15",
    dueTime: "09:30",
    recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
  }),
  c("check email every weekday", "check email", {
    due: "2026-01-14",
    recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
  }),
  c("farmers market every weekend", "farmers market", {
    due: "2026-01-17",
    recurrence: "FREQ=WEEKLY;BYDAY=SA,SU",
  }),
  c("pay rent every month on the 1st", "pay rent", {
    due: "2026-02-01",
    recurrence: "FREQ=MONTHLY;BYMONTHDAY=1",
  }),
  c("pay rent on the 1st of every month", "pay rent", {
    due: "2026-02-01",
    recurrence: "FREQ=MONTHLY;BYMONTHDAY=1",
  }),
  c("water bill every 15th", "water bill", { due: "2026-01-15", recurrence: "FREQ=MONTHLY;BYMONTHDAY=15" }),
  c("invoice clients every last day of the month", "invoice clients", {
    due: "2026-01-31",
    recurrence: "FREQ=MONTHLY;BYMONTHDAY=-1",
  }),
  c("invoice clients every last day of the month", "invoice clients", {
    in: "leap",
    due: "2028-02-29",
    recurrence: "FREQ=MONTHLY;BYMONTHDAY=-1",
  }),
  c("book club every first thursday", "book club", {
    due: "2026-02-05",
    recurrence: "FREQ=MONTHLY;BYDAY=1TH",
  }),
  c("payroll every last friday of the month", "payroll", {
    due: "2026-01-30",
    recurrence: "FREQ=MONTHLY;BYDAY=-1FR",
  }),
  c("mom's birthday every march 3", "mom's birthday", {
    due: "2026-03-03",
    recurrence: "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3",
  }),
  c("call mom tomorrow 5pm #family p1 every sunday", "call mom", {
    due: "2026-01-18",
    dueTime: "17:00",
    recurrence: "FREQ=WEEKLY;BYDAY=SU",
    priority: "high",
    tags: ["family"],
  }),
  c("call mom every sunday 5pm #family", "call mom", {
    due: "2026-01-18",
    dueTime: "17:00",
    recurrence: "FREQ=WEEKLY;BYDAY=SU",
    tags: ["family"],
  }),
  c("repeat every monday: take out recycling", "take out recycling", {
    due: "2026-01-19",
    recurrence: "FREQ=WEEKLY;BYDAY=MO",
  }),

  // Priority.
  c("urgent: call the bank", "call the bank", { priority: "high" }),
  c("call the bank urgent", "call the bank", { priority: "high" }),
  c("call the bank asap", "call the bank", { priority: "high" }),
  c("call the bank ASAP!", "call the bank", { priority: "high" }),
  c("file taxes !high", "file taxes", { priority: "high" }),
  c("file taxes !!", "file taxes", { priority: "high" }),
  c("file taxes p1", "file taxes", { priority: "high" }),
  c("P2 file taxes", "file taxes", { priority: "high" }),
  c("tidy desk p3", "tidy desk", { priority: "normal" }),
  c("tidy desk p4", "tidy desk", { priority: "low" }),
  c("high priority fix the server", "fix the server", { priority: "high" }),
  c("fix the server, high priority", "fix the server", { priority: "high" }),
  c("sort photos low priority", "sort photos", { priority: "low" }),
  c("read that book whenever", "read that book", { priority: "low" }),
  c("email bob, no rush", "email bob", { priority: "low" }),
  c("clean the attic someday", "clean the attic", { priority: "low" }),
  c("update resume not urgent", "update resume", { priority: "low" }),
  c("call mom (urgent)", "call mom", { priority: "high" }),
  c("call the bank urgent tomorrow", "call the bank", { priority: "high", due: "2026-01-15" }),
  c("pay fine friday urgent", "pay fine", { priority: "high", due: "2026-01-16" }),
  c("book urgent care appointment", "book urgent care appointment"),
  c("read important emails", "read important emails"),

  // Tags.
  c("sort inbox #work", "sort inbox", { tags: ["work"] }),
  c("#Work sort inbox", "sort inbox", { tags: ["work"] }),
  c("sort inbox #work #Work #home", "sort inbox", { tags: ["work", "home"] }),
  c("buy paint #home-reno #diy_2026", "buy paint", { tags: ["home-reno", "diy_2026"] }),
  c("buy milk & eggs tmrw p2 #shopping", "buy milk & eggs", {
    due: "2026-01-15",
    priority: "high",
    tags: ["shopping"],
  }),
  c("fix bug #12", "fix bug #12"),
  c("fix bug #12 #backend", "fix bug #12", { tags: ["backend"] }),
  c("use C# for the script #dev", "use C# for the script", { tags: ["dev"] }),
  c("email re:#general channel", "email re:#general channel"),
  c("a #t1 #t2 #t3 #t4 #t5 #t6 #t7 #t8 #t9 #t10 #t11", "a #t11", {
    tags: ["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10"],
  }),
  c(`tag #${"x".repeat(33)}`, `tag #${"x".repeat(33)}`),
  c("fix #reminder bug", "fix bug", { tags: ["reminder"] }),

  // Titles kept as typed: quotes, punctuation, code, other scripts.
  c('"Meet at 5pm tomorrow" email', '"Meet at 5pm tomorrow" email'),
  c('"Dinner at 8" tomorrow', "Dinner at 8", { due: "2026-01-15" }),
  c("reply to “Friday plans” thread tomorrow", "reply to “Friday plans” thread", { due: "2026-01-15" }),
  c("DROP TABLE tasks; -- tomorrow", "DROP TABLE tasks; --", { due: "2026-01-15" }),
  c("'); DELETE FROM users; -- p1", "'); DELETE FROM users; --", { priority: "high" }),
  c("zadzwoń do mamy jutro 18:00 #dom", "zadzwoń do mamy jutro", {
    due: "2026-01-14",
    dueTime: "18:00",
    tags: ["dom"],
  }),
  c("Γιώργος birthday dec 24 #οικογένεια", "Γιώργος birthday", { due: "2026-12-24", tags: ["οικογένεια"] }),
  c("🎂 order cake!! friday", "🎂 order cake!!", { due: "2026-01-16" }),
  c("🎂 order cake friday !!", "🎂 order cake", { due: "2026-01-16", priority: "high" }),
  c("call mom, tomorrow", "call mom", { due: "2026-01-15" }),
  c("call mom - tomorrow", "call mom", { due: "2026-01-15" }),
  c("by friday: submit report", "submit report", { due: "2026-01-16" }),
  c("finish report, tomorrow, before lunch", "finish report", { due: "2026-01-15", dueTime: "12:00" }),
  c("  lots   of   space   tomorrow  ", "lots of space", { due: "2026-01-15" }),
  c("what's up with the server?!", "what's up with the server?!"),

  // As people really type: sloppy, abbreviated, several things at once.
  c("pls remind me to pick up kids at 3", "pick up kids", {
    due: "2026-01-14",
    dueTime: "15:00",
    remindAt: "2026-01-14T15:00:00.000Z",
  }),
  c("need to call plumber asap!!", "need to call plumber", { priority: "high" }),
  c("Call Mom on Sunday at 6PM", "Call Mom", { due: "2026-01-18", dueTime: "18:00" }),
  c("buy groceries tomorrow afternoon #errands", "buy groceries", {
    due: "2026-01-15",
    dueTime: "15:00",
    tags: ["errands"],
  }),
  c("submit expenses by friday 5pm p1 #work", "submit expenses", {
    due: "2026-01-16",
    dueTime: "17:00",
    priority: "high",
    tags: ["work"],
  }),
  c("dentist appt 3/2 at 10:30am", "dentist appt", { due: "2026-02-03", dueTime: "10:30" }),
  c("renew car insurance on 2 may", "renew car insurance", { due: "2026-05-02" }),
  c("Pay council tax every month on the 15th #bills", "Pay council tax", {
    due: "2026-01-15",
    recurrence: "FREQ=MONTHLY;BYMONTHDAY=15",
    tags: ["bills"],
  }),
  c("team retro every other friday 4pm #work", "team retro", {
    due: "2026-01-16",
    dueTime: "16:00",
    recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
    tags: ["work"],
  }),
  c("book flights to NYC next fri p2", "book flights to NYC", { due: "2026-01-16", priority: "high" }),
  c("clean bathroom sat morning", "clean bathroom", { due: "2026-01-17", dueTime: "09:00" }),
  c("laundry sunday evening", "laundry", { due: "2026-01-18", dueTime: "19:00" }),
  c("pick up dry cleaning before 6pm", "pick up dry cleaning", { due: "2026-01-14", dueTime: "18:00" }),
  c("call the bank tomorrow at 9 remind me 15 min before", "call the bank", {
    due: "2026-01-15",
    dueTime: "09:00",
    remindAt: "2026-01-15T08:45:00.000Z",
  }),
  c("buy a birthday card for Sam on the 20th #family", "buy a birthday card for Sam", {
    due: "2026-01-20",
    tags: ["family"],
  }),
  c("meeting w/ design @ 2pm tmrw", "meeting w/ design", { due: "2026-01-15", dueTime: "14:00" }),
  c("standup @9:15 every weekday #work", "standup", {
    due: "2026-01-15",
    dueTime: "09:15",
    recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    tags: ["work"],
  }),
  c("practice guitar 30 min daily", "practice guitar 30 min", {
    due: "2026-01-14",
    recurrence: "FREQ=DAILY",
  }),
  c("order pizza at 7:30pm tonight", "order pizza", { due: "2026-01-14", dueTime: "19:30" }),
  c("water plants every 3 days in the morning", "water plants", {
    due: "2026-01-15",
    dueTime: "09:00",
    recurrence: "FREQ=DAILY;INTERVAL=3",
  }),
  c("garbage out every tuesday night", "garbage out", {
    due: "2026-01-20",
    dueTime: "20:00",
    recurrence: "FREQ=WEEKLY;BYDAY=TU",
  }),
  c("return library books by jan 31", "return library books", { due: "2026-01-31" }),
  c("take meds every 8 hours", "take meds every 8 hours"),
  c("prep slides for monday's demo", "prep slides for monday's demo"),
  c("prep for tomorrow's meeting", "prep for tomorrow's meeting"),

  // Words that look like dates but are not.
  c("buy 2 may flowers", "buy 2 may flowers"),
  c("read 1984", "read 1984"),
  c("call May", "call May"),
  c("watch Friday Night Lights", "watch Friday Night Lights"),
  c("sunday roast prep", "sunday roast prep"),
  c("buy sun cream", "buy sun cream"),
  c("add 3/4 cup sugar", "add 3/4 cup sugar"),
  c("march in the parade", "march in the parade"),
  c("24/7 support rota", "24/7 support rota"),
  c("room 101 booking", "room 101 booking"),
  c("walk the dog for 2 hours", "walk the dog for 2 hours"),
  c("buy 2 may flowers on may 2", "buy 2 may flowers", { due: "2026-05-02" }),
];
