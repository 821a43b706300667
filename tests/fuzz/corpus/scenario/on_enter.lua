-- Fixture for tests/unit/test_kinds.c: `on_enter` changing flags.
--
-- Entering "panel" sets flags.saw_alarm (whatever the player answers
-- there). That flag shows choice 2 of "panel" itself (on_enter runs before
-- the step's choices are filtered) and choice 1 of "desk" (a later step).
--
-- Figures worked out by hand:
--   start 1 (detect 1) -> panel 1 or 2 (detect 1) -> desk 1 (respond 2) -> done
--   start 2            -> desk (only choice 2 shown, respond 0)          -> done
--   detect 0 to 2, respond 0 to 2; one path reaches both. Step sequences
--   visiting no step twice: start-panel-desk-done, start-desk-done: 2.
return {
  id = "kinds-on-enter",
  title = "The alarm panel",
  summary = "The server room alarm blinks; do you look at it before you leave?",
  incident = { org = "Example Works (fictional)", when = "2025-06",
               sources = { "https://example.org/kinds-on-enter" } },
  start = "start",
  steps = {
    start = {
      kind = "choice",
      text = "On your way out you pass the server room. A light blinks.",
      choices = {
        { text = "Look at the alarm panel.", next = "panel", detect = 1,
          feedback = "A blinking light is worth a look." },
        { text = "Go home.", next = "desk", feedback = "You never saw the alarm." },
      },
    },
    panel = {
      kind = "choice",
      on_enter = function(state) state.flags.saw_alarm = true end,
      text = "The panel shows a door forced at 22:10.",
      choices = {
        { text = "Write down the alarm number.", next = "desk", detect = 1,
          feedback = "The number helps the guards find the record." },
        -- Shown only when on_enter has run first.
        { text = "Take a photo of the panel.", next = "desk", detect = 1,
          when = function(state) return state.flags.saw_alarm == true end,
          feedback = "A photo works as well." },
      },
    },
    desk = {
      kind = "choice",
      text = "At the front desk, the guard says goodbye.",
      choices = {
        { text = "Tell the guard about the forced door.", next = "done", respond = 2,
          when = function(state) return state.flags.saw_alarm == true end,
          feedback = "The guard calls the police." },
        { text = "Say goodbye.", next = "done", feedback = "Nobody knows until the morning." },
      },
    },
    done = { kind = "ending", outcome = "good", text = "The night is over." },
  },
  debrief = "Illustrative scenario for the tests.",
}
