/**
 * Words the seeded messages are made of: the everyday vocabulary of a todo chat, so that full-text and
 * substring search meet realistic term frequencies (each word is in roughly one message in thirty).
 */
export const VOCABULARY = `
add remind me to call mom tomorrow buy milk eggs bread groceries dentist appointment on friday next week
please schedule meeting with the team about budget report finish draft send invoice client pay rent
electricity bill water plants walk dog feed cat clean kitchen laundry vacuum living room book flight
hotel passport renew license car service oil change tyres pick up kids from school soccer practice
piano lesson birthday gift for sister anniversary dinner reservation restaurant cook pasta salad soup
order pizza review pull request deploy release fix bug write tests update documentation refactor code
prepare slides presentation conference call recruiter interview resume portfolio learn spanish read
chapter novel library return books gym workout run five kilometres yoga stretch meditate sleep early
doctor checkup prescription pharmacy vitamins dentist cleaning haircut barber tailor jacket shoes
repair bike fix sink plumber electrician landlord lease insurance renewal taxes accountant receipts
budget savings transfer bank statement credit card password backup photos laptop phone charger cable
garden mow lawn rake leaves paint fence hang shelves assemble desk chair lamp curtains kitchen table
done finished completed cancelled postponed urgent important later today tonight morning afternoon
evening weekend monday tuesday wednesday thursday saturday sunday january february march april may
june july august september october november december high priority low normal high list pending
what is on my list show me everything due this week mark first second third one as done delete undo
that thanks great okay sure noted added updated removed reminder set for you here are your tasks
`
  .split(/\s+/)
  .filter((word) => word.length > 0);
