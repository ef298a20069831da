Feature: How strongly a source stands behind its words, and whether it says yes or no
  "Maintains", "believes", "may", "denied" and "reportedly" commit a source to very different things,
  and "never entered" says the opposite of "entered". claimtrack records the commitment (assert,
  belief, hedged, denial, report) and the polarity of each claim, so that a denial is not read as an
  admission and a hedge is not read as a fact.

  Scenario: Asserting, believing and hedging
    Given an article "commitment.txt":
      """
      Are they alive?
      Published: 2024-02-26

      The Japanese government maintains that 17 citizens were abducted by North Korea. Sakie Yokota believes that her daughter is alive. Japanese officials said some of the abductees may still be alive.
      """
    When the articles are ingested
    Then the claims include:
      | source       | cue      | commitment | polarity | predicate |
      | Japan        | maintain | assert     | positive | abduct    |
      | Sakie Yokota | believe  | belief     | positive | alive     |
      | Japan        | say      | hedged     | positive | alive     |

  Scenario: A denial denies its content, which stays worded as the source put it
    Given an article "denial.txt":
      """
      Pyongyang denies
      Published: 2024-02-26

      North Korea denied that Megumi Yokota was alive. North Korea rejected claims that it still held Japanese citizens.
      """
    When the articles are ingested
    Then the claims include:
      | source      | cue    | commitment | polarity | subject       | predicate | content                         |
      | North Korea | deny   | denial     | positive | megumi yokota | alive     | Megumi Yokota was alive         |
      | North Korea | reject | denial     | positive |               | hold      | it still held Japanese citizens |

  Scenario: Calling an assertion unacceptable denies it
    Given an article "unacceptable.txt":
      """
      Pyongyang's reply
      Published: 2024-02-26

      North Korea said the assertion that the abductees are alive is unacceptable.
      """
    When the articles are ingested
    Then there are 1 claims
    And the claims include:
      | source      | cue | commitment | polarity | subject  | predicate | content                |
      | North Korea | say | denial     | positive | abductee | alive     | the abductees are alive |

  Scenario: A negation inside the content makes the claim negative
    Given an article "negation.txt":
      """
      Pyongyang's account
      Published: 2024-02-26

      North Korea has said that eight of the abductees died and that the other four never entered the country. The ministry said the abductees had not been released.
      """
    When the articles are ingested
    Then the claims include:
      | source      | commitment | polarity | subject  | predicate | quantity |
      | North Korea | assert     | positive | abductee | dead      | 8        |
      | North Korea | assert     | negative | abductee | enter     | 4        |
      | ministry    | assert     | negative | abductee | release   |          |

  Scenario: Reports with no source and the article's own voice are reports
    Given an article "reports.txt":
      """
      Abductions
      Published: 2024-02-26

      It was reported that eight of the abductees had died. North Korea abducted 17 Japanese citizens between 1977 and 1983.
      """
    When the articles are ingested
    Then the claims include:
      | source | cue     | commitment | kind  | quantity |
      |        | report  | report     | count | 8        |
      |        | abduct  | report     | count | 17       |

  Scenario: Allegedly hedges a claim even under "according to"
    Given an article "allegedly.txt":
      """
      Moved
      Published: 2024-02-26

      According to local media, the abductees were allegedly moved to Pyongyang.
      """
    When the articles are ingested
    Then the claims include:
      | source      | cue          | commitment | predicate |
      | local media | according to | hedged     | move      |

  Scenario: A court that sentences a captain but acquits him of murder says he is not guilty of it
    Given an article "verdict.txt":
      """
      Sewol captain jailed for 36 years
      Published: 2014-11-11

      GWANGJU, South Korea - A South Korean court on Tuesday sentenced the captain of the sunken ferry Sewol to 36 years in prison for negligence, but acquitted him of murder.
      """
    When the articles are ingested
    Then the claims include:
      | subject | predicate   | polarity |
      | captain | responsible | negative |
