-- A small valid scenario: title in two languages.
return {
  id = "fixture-good",
  title = { en = "Phishing at the front desk", ja = "受付でのフィッシング" },
  summary = "A test fixture.",
  start = "first",
  steps = {
    first = { kind = "ending", text = "Done.", outcome = "good" },
  },
}
