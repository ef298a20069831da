Feature: Ingesting the daily drop and the archive
  Every day the desk drops a folder of new articles into claimtrack, and now and then it runs ingestion
  again over the whole archive. claimtrack stores each article once, recognises the ones it already has,
  lets a corrected article replace its earlier version without losing the desk's decisions, and names
  every file it could not read, without stopping the rest of the batch.

  Background:
    Given an article "2024-03-02/march.txt":
      """
      Thousands march in Lyon
      Published: 2024-03-02

      The organisers said that 40,000 people marched on Saturday. Police said that 12,000 people marched on Saturday.
      """
    And an article "2024-03-03/wire.jsonl":
      """
      {"id": "afp-1", "title": "Dockers", "published": "2024-03-03", "text": "The union said that 300 dockers were laid off on Friday."}
      """

  Scenario: Running the whole archive again stores nothing twice
    When the articles are ingested
    Then 2 new articles are stored
    When they are ingested again
    Then nothing new is stored
    And 2 articles are unchanged

  Scenario: A corrected article replaces its claims; the desk's decision on a conflict that still stands is kept
    When the articles are ingested
    And the desk confirms the numeric conflict between "organisers" and "Police"
    And the article "2024-03-02/march.txt" is corrected to:
      """
      Thousands march in Lyon
      Published: 2024-03-02

      The organisers said that 40,000 people marched on Saturday. Police said that 12,000 people marched on Saturday. The prefect said that 20 people were arrested.
      """
    And they are ingested again
    Then 1 article is replaced
    And 1 article is unchanged
    And the numeric conflict between "organisers" and "Police" is still confirmed
    And there is 1 conflict

  Scenario: A correction that withdraws a figure withdraws the conflict it was in
    When the articles are ingested
    And the article "2024-03-02/march.txt" is corrected to:
      """
      Thousands march in Lyon
      Published: 2024-03-02

      The organisers said that 40,000 people marched on Saturday.
      """
    And they are ingested again
    Then 1 article is replaced
    And there are 0 conflicts

  Scenario: Bad lines in a wire feed are named one by one and the good lines are stored
    Given an article "2024-03-04/wire.jsonl":
      """
      {"id": "afp-2", "title": "Nurses", "text": "The ministry said that 1,250 nurses were hired in March."}
      {"id": "afp-3", "text": "unterminated
      {"id": "afp-4", "title": "No text"}
      {"id": "afp-5", "published": "the day after never", "text": "Police said that 9 protesters were arrested."}
      {"id": "afp-2", "title": "Nurses", "text": "The ministry said that 1,300 nurses were hired in March."}
      """
    When the articles are ingested
    Then 3 new articles are stored
    And the input "wire.jsonl:2" is reported as failed because "malformed JSON"
    And the input "wire.jsonl:3" is reported as failed because "missing or empty `text` field"
    And the input "wire.jsonl:4" is reported as failed because "unreadable publication date"
    And the input "wire.jsonl:5" is reported as failed because "duplicate id 'afp-2'"

  Scenario: An article piped into claimtrack
    When the articles are ingested
    And this is ingested from standard input:
      """
      Strike at the port
      Published: 2024-03-05

      The port authority said that 120 dockers were laid off on Friday.
      """
    Then 1 new article is stored
    And the claims include:
      | source         | kind  | subject | quantity |
      | port authority | count | docker  | 120      |
    And a numeric conflict between "union" and "port authority" is flagged

  Scenario: The summary names every input that failed, and the exit code tells a script about it
    Given an article "2024-03-05/empty.txt":
      """
      """
    And a file "2024-03-05/photo.txt" holding the bytes 89 50 4e 47 00 00 00 0d 49 48 44 52
    When the desk runs claimtrack ingest on its articles
    Then the command exits with code 1
    And the summary names "empty.txt" because "empty"
    And the summary names "photo.txt" because "binary file"
    And the summary says "2 new, 0 replaced, 0 unchanged, 2 failed inputs"

  Scenario: A headline keeps the quote marks of a quoted word
    Given an article "judge.md":
      """
      ---
      title: Judge dismisses arson claims as 'nonsense'
      published: 2015-04-16
      ---
      The judge said the fire was an accident.
      """
    And an article "quoted.md":
      """
      ---
      title: "Fire was an accident, says judge"
      published: 2015-04-17
      ---
      The judge repeated that the fire was an accident.
      """
    When the articles are ingested
    Then the stored titles are:
      | title                                      |
      | Judge dismisses arson claims as 'nonsense' |
      | Fire was an accident, says judge           |
      | Thousands march in Lyon                    |
      | Dockers                                    |

  Scenario: An article stored on an earlier day is compared as it was when it was new
    Given an article "2023-01-25/late.txt":
      """
      Beirut prosecutor frees suspects
      Published: 2023-01-25

      BEIRUT - The families of the 218 people killed in the 2020 Beirut port explosion protested on Wednesday.
      """
    And an article "2020-12-11/early.txt":
      """
      Beirut blast toll
      Published: 2020-12-11

      BEIRUT - Some 190 people have died since the explosion at the port, the health ministry said.
      """
    When only the article "2023-01-25/late.txt" is ingested
    And only the article "2020-12-11/early.txt" is ingested
    Then a numeric conflict between "health ministry" and the article's own "218 people killed" is flagged
