Feature: Conflicts of every kind, and what is not a conflict
  A flag costs a fact-checker minutes, a miss costs credibility. claimtrack flags numbers that cannot
  both be true, exclusive states, denials and universal claims against partial ones; it shows a source
  changing its own figure as a revision; and it leaves alone figures about other places, other days
  and figures that agree.

  Scenario: Two numbers that cannot both be true
    Given an article "admission.txt":
      """
      North Korea admits abductions
      Published: 2002-09-17

      North Korea admitted that it had abducted 13 Japanese citizens. The Japanese government said that 17 citizens had been abducted by North Korea.
      """
    When the articles are ingested
    Then a numeric conflict between "North Korea" and "Japan" is flagged
    And its explanation mentions "Numeric conflict"
    And its explanation mentions "13 Japanese citizens"

  Scenario: Exclusive states, one of them hedged
    Given the article "corpus/japanese-abductee-families-seek-us-support.txt"
    When the articles are ingested
    Then a status conflict over "some of the abductees may still be alive" between "North Korea" and "Japan" is flagged
    And its explanation mentions "hedged"

  Scenario: A claim and its negation
    Given an article "remains.txt":
      """
      Dispute over remains
      Published: 2004-12-08

      North Korean officials said that the bones belonged to Megumi Yokota. Japanese officials said that the bones did not belong to Megumi Yokota.
      """
    When the articles are ingested
    Then a negation conflict between "North Korea" and "Japan" is flagged

  Scenario: None against some
    Given an article "alive.txt":
      """
      Fate of abductees
      Published: 2014-05-29

      North Korea said that no abductee remained alive. Japan believes that some abductees may still be alive.
      """
    When the articles are ingested
    Then a quantifier conflict between "North Korea" and "Japan" is flagged

  Scenario: A statistics office revising its own figure is a revision, not a contradiction
    Given an article "first-estimate.txt":
      """
      Payrolls grow
      Published: 2025-06-06

      The Bureau of Labor Statistics said that employers added 144,000 jobs in May.
      """
    And an article "revised.txt":
      """
      May payrolls revised
      Published: 2025-08-01

      The Bureau of Labor Statistics said that employers added 19,000 jobs in May.
      """
    When the articles are ingested
    Then a numeric revision by "Bureau of Labor Statistics" is flagged
    And its explanation mentions "changed its account"

  Scenario: Figures for other places, other days, or that agree are not conflicts
    Given an article "places.txt":
      """
      Marches across France
      Published: 2023-03-08

      The Interior Ministry said 1.28 million people marched nationwide on Tuesday. The CGT said that 700,000 people marched in Paris on Tuesday. The police said nearly 3,000 people marched in Lyon. Organisers said 2,975 people marched in Lyon.
      """
    And an article "other-day.txt":
      """
      Turnout falls
      Published: 2023-06-07

      The Interior Ministry said 281,000 people marched nationwide on Tuesday.
      """
    When the articles are ingested
    Then there are 0 conflicts
