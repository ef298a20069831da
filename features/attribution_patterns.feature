Feature: Reading attributions the way news writes them
  Reporters attribute in many ways: before or after the content, around a split quote, through
  "according to", a colon, a pronoun or a title. A fact-checker needs the same claim whichever way
  it was written, with the real source behind "he" or "the bureau".

  Scenario: Content after the cue, and a pronoun that points back to the speaker
    Given an article "pronoun.txt":
      """
      Talks stall
      Published: 2024-02-16

      Japanese Prime Minister Fumio Kishida met reporters in Tokyo on Friday. He said that 17 citizens had been abducted by North Korea.
      """
    When the articles are ingested
    Then the claims include:
      | source        | cue | kind  | subject  | predicate | quantity |
      | Fumio Kishida | say | count | abductee | abduct    | 17       |

  Scenario: A quote split by its cue
    Given an article "split.txt":
      """
      Union leader speaks
      Published: 2023-01-11

      Philippe Martinez leads the CGT. "This reform," he said, "is unfair and brutal."
      """
    When the articles are ingested
    Then the claim "This reform" is by "Philippe Martinez"
    And every claim's evidence points at its words in the article

  Scenario: According to, and a figure given as the cue's object
    Given an article "according.txt":
      """
      Turnout disputed
      Published: 2023-01-20

      According to the Interior Ministry, 1.12 million people took part nationwide on Thursday. The CGT put the national turnout at more than 2 million.
      """
    When the articles are ingested
    Then the claims include:
      | source            | kind  | subject   | predicate | quantity |
      | Interior Ministry | count | protester | attend    | 1120000  |
      | CGT               | count | protester | attend    | 2000000  |
    And a numeric conflict between "Interior Ministry" and "CGT" is flagged

  Scenario: A colon after a named source
    Given an article "colon.txt":
      """
      Families react
      Published: 2024-02-26

      Takuya Yokota spoke after the meeting. Yokota: "We cannot wait any longer."
      """
    When the articles are ingested
    Then the claim "We cannot wait any longer" is by "Takuya Yokota"

  Scenario: A short name resolves to the full name given earlier
    Given an article "names.txt":
      """
      Summit in Pyongyang
      Published: 2002-09-17

      Prime Minister Junichiro Koizumi travelled to Pyongyang. Koizumi said that he had lodged a strong protest.
      """
    When the articles are ingested
    Then the claim "he had lodged a strong protest" is by "Junichiro Koizumi"

  Scenario: Ages, years and headlines are not counts
    Given an article "ages.txt":
      """
      Shigeru Yokota dies at 87
      Published: 2020-06-05

      Shigeru Yokota campaigned for decades for his daughter's return. He was 87. His daughter was abducted in 1977 at the age of 13.
      """
    When the articles are ingested
    Then there are 1 claims
    And the claims include:
      | source | kind  | predicate | quantity | time                          |
      |        | event | abduct    |          | 1977-01-01..1977-12-31 year   |
