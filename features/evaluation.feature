Feature: Measuring claimtrack against gold annotations
  The desk keeps gold annotations that say what a perfect reading of its articles finds. `claimtrack
  eval` ingests the articles into a fresh database and reports precision, recall and F1 for claims and
  for conflicts, and names every miss and every false alarm, so that nobody has to take quality on trust.

  Background:
    Given a gold folder for the founding article

  Scenario: A perfect run on the founding article
    When the desk evaluates the gold folder
    Then claims are scored with precision 1.0 and recall 1.0
    And conflicts are scored with precision 1.0 and recall 1.0
    And every field of a claim is scored

  Scenario: A gold claim that claimtrack does not find is named as a miss
    Given the gold also expects the claim "The abduction issue has long strained relations between Japan and North Korea"
    When the desk evaluates the gold folder
    Then claims recall is below 1.0
    And the claim "The abduction issue has long strained relations between Japan and North Korea" is listed as missed

  Scenario: A gold non-conflict that claimtrack flags is named
    Given the gold says the two North Korea claims about the abductees must not be flagged together with Japan's belief
    When the desk evaluates the gold folder
    Then a flagged non-conflict is listed
