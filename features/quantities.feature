Feature: Reading the figures in a claim
  Sources rarely give a bare number. A fact-checker needs the figure as stated, the range it allows
  ("more than 2 million" allows anything above 2 million, "about 3,000" 5% either way) and whether it
  is approximate, so that two figures that agree are not flagged and two that clash are. Ages,
  years, ordinals and times of day are not counts.

  Scenario: Digits and number words
    Given an article "numbers.txt":
      """
      Arrests in Paris
      Published: 2023-01-20

      Police said twelve protesters had been arrested in Paris. The ministry said 1.12 million people had marched.
      """
    When the articles are ingested
    Then the claims include:
      | source   | kind  | subject   | predicate | quantity | low     | high    | approximate |
      | Police   | count | protester | detain    | 12       | 12      | 12      | false       |
      | ministry | count | protester | attend    | 1120000  | 1120000 | 1120000 | false       |

  Scenario: More than, at least, only
    Given an article "bounds.txt":
      """
      Turnout
      Published: 2023-01-20

      The CGT said more than 2 million people had marched. Police said at least 80,000 people had marched in Paris. Police said only 14,000 people had marched in Marseille.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity | low     | high  | approximate | place     |
      | CGT    | 2000000  | 2000001 |       | false       |           |
      | Police | 80000    | 80000   |       | false       | Paris     |
      | Police | 14000    | 14000   | 14000 | false       | Marseille |
    And the claim "more than 2 million people" has no high
    And the claim "at least 80,000 people" has no high

  Scenario: Nearly and about are approximate
    Given an article "approximate.txt":
      """
      Turnout
      Published: 2023-01-20

      The ministry said nearly 1.3 million people had marched. The ministry said about 3,000 people had marched in Lyon.
      """
    When the articles are ingested
    Then the claims include:
      | quantity | low     | high    | approximate | place |
      | 1300000  | 1235000 | 1300000 | true        |       |
      | 3000     | 2850    | 3150    | true        | Lyon  |

  Scenario: Some, a dozen, hundreds and tens of thousands
    Given an article "vague.txt":
      """
      Arrests
      Published: 2023-01-20

      The union said some protesters had been arrested. Police said a dozen protesters had been arrested. Witnesses said hundreds of protesters had been arrested. Organisers said tens of thousands of people had marched in Paris.
      """
    When the articles are ingested
    Then the claims include:
      | source     | quantity          | low   | high  | approximate |
      | union      | some              | 1     |       | true        |
      | Police     | a dozen           | 12    | 12    | false       |
      | Witnesses  | hundreds          | 200   | 999   | true        |
      | Organisers | tens of thousands | 20000 | 99999 | true        |

  Scenario: Several hundred and a few thousand are a vague number of hundreds or thousands
    Given an article "several.txt":
      """
      Crackdown
      Published: 2005-05-20

      Witnesses said several hundred protesters had been killed. The opposition said a few thousand people had been detained.
      """
    When the articles are ingested
    Then the claims include:
      | source     | quantity        | low  | high | approximate |
      | Witnesses  | several hundred | 300  | 900  | true        |
      | opposition | a few thousand  | 2000 | 5000 | true        |

  Scenario: The dead and the injured of one toll, in one list
    Given an article "tangshan.txt":
      """
      Tangshan remembers
      Published: 2016-07-28

      TANGSHAN, China - The official toll is 242,419 dead and 164,851 seriously injured, according to the Chinese government.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity | predicate |
      | China  | 242419   | dead      |
      | China  | 164851   | injure    |

  Scenario: People counted with what befell them, told in a relative clause
    Given an article "conadep.txt":
      """
      Commission reports on the disappeared
      Published: 1984-09-21

      BUENOS AIRES, Argentina - The commission said it had documented 8,961 people who disappeared under the military governments.
      """
    When the articles are ingested
    Then the claims include:
      | source     | quantity | subject | predicate |
      | commission | 8961     | people  | missing   |

  Scenario: A range of figures
    Given an article "range.txt":
      """
      Paris march
      Published: 2023-01-20

      Police said 40,000 to 50,000 people had marched in Paris.
      """
    When the articles are ingested
    Then the claims include:
      | source | kind  | subject   | quantity         | low   | high  | place |
      | Police | count | protester | 40,000 to 50,000 | 40000 | 50000 | Paris |

  Scenario: Percentages carry their unit
    Given an article "percent.txt":
      """
      Teachers strike
      Published: 2023-01-20

      The ministry said 35 percent of teachers had gone on strike.
      """
    When the articles are ingested
    Then the claims include:
      | source   | kind  | quantity | unit |
      | ministry | count | 35       | %    |

  Scenario: Ages, times of day and ordinals are not counts
    Given an article "not-counts.txt":
      """
      Arrest on the third day
      Published: 2023-01-20

      The 35-year-old protester was arrested at 3 p.m. on Thursday, the third day of strikes. Police said a 19-year-old student was arrested during the first march of 2023.
      """
    When the articles are ingested
    Then there are 2 claims
    And the claim "The 35-year-old protester was arrested" has no quantity
    And the claim "a 19-year-old student was arrested" has no quantity
    And the claims include:
      | kind  | predicate | time                          |
      | event | detain    | 2023-01-19..2023-01-19 day    |
      | event | detain    | 2023-01-01..2023-12-31 year   |

  Scenario: Figures riding along are claims of their own
    Given an article "riding.txt":
      """
      Turnout
      Published: 2023-01-20

      Police said 1.12 million people had marched, including 80,000 in Paris. The ministry said 281,000 people had marched across France, 31,000 of them in Paris.
      """
    When the articles are ingested
    Then there are 4 claims
    And the claims include:
      | source   | subject   | predicate | quantity | place      |
      | Police   | protester | attend    | 1120000  |            |
      | Police   | protester | attend    | 80000    | Paris      |
      | ministry | protester | attend    | 281000   | nationwide |
      | ministry | protester | attend    | 31000    | Paris      |

  Scenario: A figure carried off to its own claim leaves the rest reading whole
    Given an article "lost.txt":
      """
      The liner
      Published: 1915-05-08

      The ship was lost with 1,198 people aboard, the company said.
      """
    When the articles are ingested
    Then the claims include:
      | source  | subject | predicate | quantity | content                                    |
      | company | ship    | lose      |          | The ship was lost                          |
      | company | people  | aboard    | 1198     | The ship was lost with 1,198 people aboard |

  Scenario: Two figures for two months
    Given an article "months.txt":
      """
      Jobs revised
      Published: 2025-08-02

      The bureau had initially reported a gain of 144,000 for May and 147,000 for June.
      """
    When the articles are ingested
    Then there are 2 claims
    And the claims include:
      | source | kind  | quantity | time                          |
      | bureau | count | 144000   | 2025-05-01..2025-05-31 month  |
      | bureau | count | 147000   | 2025-06-01..2025-06-30 month  |

  Scenario: Ranges, bounds said in words, and figures with what they count
    Given an article "tolls.txt":
      """
      Toll disputed
      Published: 2018-08-29

      The researchers said the true toll was between 2,658 and 3,290. The opposition said turnout had been no higher than 60 percent. Amnesty International said at least 103,000 barrels had been spilled.
      """
    When the articles are ingested
    Then the claims include:
      | source                | subject   | predicate | low    | high   |
      | researchers           | people    | dead      | 2658   | 3290   |
      | opposition            | protester | attend    |        | 60     |
      | Amnesty International | oil       | leak      | 103000 |        |

  Scenario: A range whose "between" the parser hangs on the verb is one range
    Given an article "range.txt":
      """
      Harvard study puts Maria toll at 4,645
      Published: 2018-05-29

      SAN JUAN, Puerto Rico - The true toll lies between 793 and 8,498 deaths, the authors said.
      """
    When the articles are ingested
    Then there are 1 claims
    And the claims include:
      | source  | low | high |
      | authors | 793 | 8498 |
