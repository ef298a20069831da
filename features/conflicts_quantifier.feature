Feature: Quantifier conflicts
  A universal claim ("all", "no") against a partial one ("some") about the same thing.

  Scenario: None against some
    Given an article "alive.txt":
      """
      Fate of abductees
      Published: 2014-05-29

      North Korea said that no abductee remained alive. Japan believes that some abductees may still be alive.
      """
    When the articles are ingested
    Then a quantifier conflict between "North Korea" and "Japan" is flagged

  Scenario: All against only some
    Given an article "rescue.txt":
      """
      Mine rescue
      Published: 2024-03-08

      The ministry said that all of the miners were rescued. The union said that only some of the miners were rescued.
      """
    When the articles are ingested
    Then a quantifier conflict between "ministry" and "union" is flagged
    And its explanation mentions "Quantifier conflict"

  Scenario: No survivor against some who may have survived, hedged
    Given an article "sinking.txt":
      """
      Trawler sinks
      Published: 2024-03-09

      The coast guard said that no crew member survived the sinking. The shipowner believes that some crew members may have survived.
      """
    When the articles are ingested
    Then a quantifier conflict between "coast guard" and "shipowner" is flagged
    And its explanation mentions "hedged"

  Scenario: All the exits open, against only one of the four
    Given an article "accident.txt":
      """
      Accident at Moscow stadium
      Published: 1982-10-21

      MOSCOW - A stadium official said all the exits from the stand at the Lenin Stadium had been open.
      """
    And an article "anniversary.txt":
      """
      Lenin Stadium crush remembered
      Published: 2007-10-22

      MOSCOW - Fans at the match said that only one of the four exits from the stand at the Lenin Stadium was open.
      """
    When the articles are ingested
    Then a quantifier conflict between "stadium official" and "Fans at the match" is flagged
