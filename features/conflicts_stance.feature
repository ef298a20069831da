Feature: Stance conflicts
  One holder's position reported differently by two sources is a stance conflict; the holder changing
  its own position over time is shown as a revision, with the dates of both statements.

  Scenario: Two sources report one holder's position differently
    Given an article "merger-january.txt":
      """
      Union digs in against merger
      Published: 2023-01-10

      The union's leader said the union opposed the merger.
      """
    And an article "merger-february.txt":
      """
      Ministry says union has come round
      Published: 2023-02-10

      A spokesman for the ministry said the union now supported the merger.
      """
    When the articles are ingested
    Then a stance conflict between "union's leader" and "spokesman for the ministry" is flagged
    And its explanation mentions "oppose vs support"

  Scenario: A government's line and the leader's own later statement
    Given an article "summit-2018.txt":
      """
      Abe sets terms for a summit
      Published: 2018-06-14

      The Japanese government has long said that Prime Minister Shinzo Abe would not accept a summit with Kim Jong Un unless it led to progress on the abduction issue.
      """
    And an article "summit-2019.txt":
      """
      Abe ready to meet Kim
      Published: 2019-05-07

      Prime Minister Shinzo Abe said that he would accept a summit with Kim Jong Un without conditions.
      """
    When the articles are ingested
    Then a stance conflict between "Japan" and "Shinzo Abe" is flagged
    And its explanation mentions "2018-06-14"
    And its explanation mentions "2019-05-07"

  Scenario: A holder changing its own position is a revision
    Given an article "stadium-march.txt":
      """
      Mayor against stadium
      Published: 2023-03-01

      The mayor said she opposed the new stadium.
      """
    And an article "stadium-june.txt":
      """
      Mayor changes tack on stadium
      Published: 2023-06-01

      The mayor said she supported the new stadium.
      """
    When the articles are ingested
    Then a stance revision by "mayor" is flagged
    And its explanation mentions "changed its account"
