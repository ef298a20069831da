Feature: The founding article
  A fact-checker ingests the report on the abductee families' visit to Washington. claimtrack finds
  who claims what in it, keeps the evidence for every claim, and flags the one contradiction inside:
  North Korea maintains that eight abductees died, Japan believes some may still be alive.

  Background:
    Given the article "corpus/japanese-abductee-families-seek-us-support.txt"
    When the articles are ingested

  Scenario: Who claims what about the abductees
    Then the claims include:
      | source      | cue      | commitment | polarity | kind   | subject  | predicate | quantity | time                          |
      | North Korea | maintain | assert     | positive | count  | abductee | dead      | 8        |                               |
      | North Korea | maintain | assert     | negative | count  | abductee | enter     | 4        |                               |
      | Japan       | believe  | hedged     | positive | status | abductee | alive     | some     |                               |
      | Japan       | identify | assert     | positive | count  | abductee | abduct    | 17       | 1970-01-01..1989-12-31 decade |
      | Japan       | identify | assert     | positive | count  | abductee | return    | 5        |                               |
      |             | mark     | report     | positive | event  | visit    | mark      |          | 2023-05-01..2023-05-31 month  |

  Scenario: The families' association and its new policy
    Then the claim "they do not oppose the lifting of sanctions" is by "Association of Families of Victims Kidnapped by North Korea"
    And the claim "they do not oppose the lifting of sanctions" has stance "not_oppose"
    And the claim "they do not oppose the lifting of sanctions" has stance target "lifting of sanctions"
    And the claim "they do not oppose the lifting of sanctions" has stance condition "all abductees are immediately returned while their parents are still alive"
    And the claim "they do not oppose the lifting of sanctions" has 2 pieces of evidence

  Scenario: A claim repeated in the key takeaways is one claim with more evidence
    Then the claim "some of the abductees may still be alive" has 2 pieces of evidence
    And every claim's evidence points at its words in the article

  Scenario: Eight died versus may still be alive
    Then a status conflict over "some of the abductees may still be alive" between "North Korea" and "Japan" is flagged
    And its explanation mentions "eight of the abductees have died"
    And its explanation mentions "hedged"
    And no conflict pairs "17 of its citizens" with "five already repatriated"
    And no conflict pairs "eight of the abductees have died" with "the other four never entered the country"

  Scenario: Four never entered versus seventeen recognised abductees
    Then a status conflict over "the other four never entered the country" between "North Korea" and "Japan" is flagged
    And its explanation mentions "never entered"

  Scenario: Ingesting the same article again adds nothing
    When they are ingested again
    Then nothing new is stored
    And there are 2 conflicts
