Feature: Awkward text does not stop the reading
  Real copy is messy: a quote left open, a sentence that runs on for pages, a headline in capitals,
  a paragraph in another language. claimtrack stores the article, reads what it can and leaves the
  rest, without crashing and without inventing claims.

  Scenario: Quotes left open
    Given an article "unbalanced.txt":
      """
      Talks fail
      Published: 2023-01-20

      "The plan is dead, he said. Officials said that "the talks failed. Police said 12 protesters were arrested.
      """
    When the articles are ingested
    Then 1 new article is stored
    And the claims include:
      | source    | predicate | quantity | content                     |
      | Officials | fail      |          | the talks failed            |
      | Police    | detain    | 12       | 12 protesters were arrested |
    And every claim's evidence points at its words in the article

  Scenario: A 5,000-word run-on sentence is skipped and the next sentence is read
    Given an article "runon.txt" in which "RUN-ON" stands for "the ministry said that 5 people marched and" written 700 times:
      """
      Run-on
      Published: 2023-01-20

      RUN-ON. The ministry said 1.28 million people had marched on Tuesday.
      """
    When the articles are ingested
    Then 1 new article is stored
    And there are 1 claims
    And the claims include:
      | source   | quantity | time                        |
      | ministry | 1280000  | 2023-01-17..2023-01-17 day  |

  Scenario: Text in capitals
    Given an article "caps.txt":
      """
      ARRESTS IN PARIS
      Published: 2023-01-20

      POLICE SAID 12 PROTESTERS WERE ARRESTED IN PARIS ON THURSDAY.
      """
    When the articles are ingested
    Then there are 1 claims
    And the claims include:
      | source | cue | kind  | subject   | predicate | quantity | place | time                        |
      | Police | say | count | protester | detain    | 12       | Paris | 2023-01-19..2023-01-19 day  |

  Scenario: Text in other languages yields no claims, and the English beside it is read
    Given an article "languages.txt":
      """
      Turnout
      Published: 2023-01-20

      Le ministère a déclaré que 1,28 million de personnes ont manifesté mardi. 北朝鮮は拉致被害者8人が死亡したと主張している。 The ministry said 1.28 million people had marched on Tuesday.
      """
    When the articles are ingested
    Then 1 new article is stored
    And there are 1 claims
    And the claims include:
      | source   | quantity | content                                    |
      | ministry | 1280000  | 1.28 million people had marched on Tuesday |
