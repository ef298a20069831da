Feature: Reviewing conflicts at the desk
  A fact-checker works the queue of open conflicts: opens the next one, reads both claims, decides
  whether the contradiction is real, writes why, and moves on. Every decision, note and assignment is
  kept in the conflict's history, and nobody's decision is overwritten by someone who had not seen it.

  Background:
    Given a copy of the article "corpus/japanese-abductee-families-seek-us-support.txt"
    When the articles are ingested

  Scenario: Confirming a conflict takes it off the queue and keeps the reason
    Given the queue holds 2 open conflicts
    When Aiko confirms the conflict over "may still be alive" because "Japan still lists them as missing"
    Then the queue holds 1 open conflict
    And the conflict over "may still be alive" is confirmed
    And its history shows Aiko marking it confirmed because "Japan still lists them as missing"

  Scenario: A decision needs a reason
    When Aiko dismisses the conflict over "never entered the country" without a note
    Then Aiko is told "a decision needs a note saying why"
    And the queue holds 2 open conflicts

  Scenario: Asking for more information keeps a conflict out of the open queue, but findable
    When Aiko asks for more information on the conflict over "never entered the country" because "Which four?"
    Then the queue holds 1 open conflict
    And the conflict over "never entered the country" is waiting for more information

  Scenario: A decision made on an outdated view is refused
    Given Aiko and Ben both open the conflict over "may still be alive"
    When Ben dismisses it because "the two claims are about different people"
    And Aiko confirms it because "they contradict each other"
    Then Aiko is told that Ben marked it dismissed first
    And the conflict over "may still be alive" is dismissed
    And its history shows 1 event

  Scenario: Handing a conflict to a colleague with a note
    When Aiko assigns the conflict over "never entered the country" to Ben
    And Ben notes on it "Asked the Cabinet Office for its current list"
    Then the conflict over "never entered the country" is assigned to Ben
    And its history shows 2 events

  Scenario: A corrected article keeps the decisions on the conflicts that still stand
    Given Aiko confirms the conflict over "may still be alive" because "checked with the ministry"
    When the article is corrected and ingested again
    Then the conflict over "may still be alive" is confirmed
    And its history shows Aiko marking it confirmed because "checked with the ministry"
    And the queue holds 1 open conflict

  Scenario: The queue is filtered by a source's name, or by words in it
    Given an article "turnout.txt":
      """
      Turnout disputed
      Published: 2023-01-20

      French unions marched across France on Thursday. The Interior Ministry said 1.12 million people had taken part nationwide. The CGT said more than 2 million people had marched nationwide.
      """
    When the articles are ingested
    Then filtering the queue by the source "CGT" shows 1 conflict
    And filtering the queue by the source "Interior Ministry" shows 1 conflict
    And filtering the queue by the source "Renaissance" shows 0 conflicts
