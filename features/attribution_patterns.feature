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

  Scenario: Content before the cue, with the speaker's title left out of the name
    Given an article "before.txt":
      """
      Abductions confirmed
      Published: 2024-02-16

      Seventeen Japanese citizens were abducted by North Korea, Chief Cabinet Secretary Yoshimasa Hayashi said on Friday.
      """
    When the articles are ingested
    Then there are 1 claims
    And the claims include:
      | source            | cue | kind  | subject  | predicate | quantity | content                                                 |
      | Yoshimasa Hayashi | say | count | abductee | abduct    | 17       | Seventeen Japanese citizens were abducted by North Korea |

  Scenario: A quote running over several sentences after a colon
    Given an article "several.txt":
      """
      Union vows to fight on
      Published: 2023-01-11

      Philippe Martinez said on Wednesday: "The reform is unfair. Workers will not accept it. We will strike again."
      """
    When the articles are ingested
    Then there are 3 claims
    And the claim "The reform is unfair" is by "Philippe Martinez"
    And the claim "Workers will not accept it" is by "Philippe Martinez"
    And the claim "We will strike again" is by "Philippe Martinez"

  Scenario: A quote of two sentences before its cue
    Given an article "two-sentences.txt":
      """
      Union vows to fight on
      Published: 2023-01-11

      Philippe Martinez leads the CGT. "The plan is dead. We will fight it in the streets," Martinez said.
      """
    When the articles are ingested
    Then the claim "The plan is dead" is by "Philippe Martinez"
    And the claim "We will fight it in the streets" is by "Philippe Martinez"

  Scenario: Told someone that
    Given an article "told.txt":
      """
      Kishida briefs parliament
      Published: 2024-02-16

      Kishida told lawmakers that North Korea had abducted at least 17 Japanese citizens.
      """
    When the articles are ingested
    Then the claims include:
      | source  | cue  | kind  | subject  | predicate | quantity | content                                                |
      | Kishida | tell | count | abductee | abduct    | 17       | North Korea had abducted at least 17 Japanese citizens |

  Scenario: A that-clause after an adverbial
    Given an article "after.txt":
      """
      After the talks
      Published: 2024-02-16

      Prime Minister Fumio Kishida told reporters after the talks that 17 citizens had been abducted by North Korea. Kishida said after the meeting that Japan would never give up.
      """
    When the articles are ingested
    Then the claims include:
      | source        | cue  | kind      | predicate | polarity | quantity | content                                     |
      | Fumio Kishida | tell | count     | abduct    | positive | 17       | 17 citizens had been abducted by North Korea |
      | Fumio Kishida | say  | statement | give up   | negative |          | Japan would never give up                    |

  Scenario: Nested attribution keeps both speakers apart
    Given an article "nested.txt":
      """
      Pyongyang's account
      Published: 2002-09-17

      Japanese officials said North Korea claimed that eight of the abductees had died.
      """
    When the articles are ingested
    Then there are 2 claims
    And the claims include:
      | source      | source text        | cue   | predicate | quantity | content                                                 |
      | North Korea | North Korea        | claim | dead      | 8        | eight of the abductees had died                          |
      | Japan       | Japanese officials | say   | claim     |          | North Korea claimed that eight of the abductees had died |

  Scenario: Reports with no one behind them
    Given an article "agentless.txt":
      """
      Fate of the abductees
      Published: 2002-09-17

      It was reported that eight of the abductees had died. Megumi Yokota reportedly died in 1994. Keiko Arimoto is believed to be alive.
      """
    When the articles are ingested
    Then there are 3 claims
    And the claims include:
      | source | cue        | commitment | kind   | subject       | predicate | quantity |
      |        | report     | report     | count  | abductee      | dead      | 8        |
      |        | reportedly | hedged     | event  | megumi yokota | dead      |          |
      |        | believe    | belief     | status | keiko arimoto | alive     |          |
    And the claim "eight of the abductees had died" has no source
    And the claim "Megumi Yokota reportedly died" has no source
    And the claim "Keiko Arimoto is believed" has no source

  Scenario: Urging someone to act, or not to act, is a position on that action
    Given an article "urging.txt":
      """
      Families in Washington
      Published: 2024-02-16

      The families urged the United States to keep sanctions on North Korea. Takuya Yokota urged Washington not to lift sanctions on North Korea.
      """
    When the articles are ingested
    Then the claims include:
      | source        | cue  | kind   | stance | holder        | target                        |
      | families      | urge | stance | demand | families      | keep sanctions on North Korea |
      | Takuya Yokota | urge | stance | oppose | Takuya Yokota | lift sanctions on North Korea |

  Scenario: A quote that goes on in the next sentence, with no cue of its own, is the same speaker's
    Given an article "continued.txt":
      """
      Clashes in Lyon
      Published: 2023-03-24

      "They were violent," a police spokeswoman, Claire Martin, said. "Two officers were injured."
      """
    When the articles are ingested
    Then the claim "Two officers were injured" is by "Claire Martin"

  Scenario: A count reported by a named giver, set in another's sentence
    Given an article "reported-by.txt":
      """
      Officials' toll questioned
      Published: 2017-09-20

      SAN JUAN, Puerto Rico - Few believe the 64 deaths reported by officials in the weeks after the storm.
      """
    When the articles are ingested
    Then the claims include:
      | source    | cue    | quantity | predicate |
      | Puerto Rico | report | 64     | dead      |

  Scenario: A reporter named after the clause, with a remark on the figure after it
    Given an article "who.txt":
      """
      WHO puts India's pandemic toll at 4.7 million
      Published: 2022-05-06

      GENEVA — About 4.7 million people died in India as a result of the COVID-19 pandemic in 2020 and 2021, the World Health Organization estimated on Thursday, nearly 10 times the government's official toll for the period.
      """
    When the articles are ingested
    Then the claims include:
      | source                    | cue      | quantity | predicate |
      | World Health Organization | estimate | 4700000  | dead      |

  Scenario: A toll in a relative clause the model takes for an adverbial one
    Given an article "experts.txt":
      """
      Experts reject Mexico's account of missing students
      Published: 2015-09-07

      MEXICO CITY — The experts said the students were attacked in at least nine separate incidents across Iguala over several hours, in which six people were killed.
      """
    When the articles are ingested
    Then the claims include:
      | source  | quantity | predicate |
      | experts | 6        | dead      |
