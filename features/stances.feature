Feature: Positions on a policy
  Who is for or against a policy, and on what condition, is a claim too. claimtrack records the
  holder of a position, its target, its value (support, oppose, not_oppose, demand) and the condition
  attached to it, apart from who reported the position.

  Scenario: Opposing and supporting, as reported by someone else
    Given an article "positions.txt":
      """
      Pension reform
      Published: 2023-01-20

      Philippe Martinez said the CGT opposed the pension reform. Elisabeth Borne, the prime minister, said on Tuesday that the government supported the reform.
      """
    When the articles are ingested
    Then the claims include:
      | source            | kind   | subject | stance  | holder     | target             |
      | Philippe Martinez | stance | reform  | oppose  | CGT        | the pension reform |
      | Elisabeth Borne   | stance | reform  | support | government | the reform         |

  Scenario: A position given before the cue, on an action against a policy
    Given an article "japan.txt":
      """
      Sanctions
      Published: 2024-02-26

      Japan opposes the lifting of sanctions on North Korea, Kishida said.
      """
    When the articles are ingested
    Then the claims include:
      | source  | kind   | subject      | stance | holder | target                                  |
      | Kishida | stance | lift sanction | oppose | Japan  | the lifting of sanctions on North Korea |

  Scenario: Not opposing, on a condition
    Given an article "condition.txt":
      """
      A conditional yes
      Published: 2024-02-26

      The families said they would not oppose a summit with North Korea if all the abductees were returned.
      """
    When the articles are ingested
    Then the claims include:
      | source   | kind   | subject | polarity | stance     | holder   | target                    | condition                          |
      | families | stance | summit  | negative | not_oppose | families | a summit with North Korea | if all the abductees were returned |

  Scenario: A demand that holds until something happens
    Given an article "until.txt":
      """
      Families in Washington
      Published: 2024-02-26

      The families urged the United States to keep sanctions on North Korea until all the abductees were returned.
      """
    When the articles are ingested
    Then the claims include:
      | source   | cue  | kind   | stance | holder   | condition                             |
      | families | urge | stance | demand | families | until all the abductees were returned |
    And the claim "keep sanctions on North Korea" has stance target "keep sanctions on North Korea"

  Scenario: Saying a policy must be undone is opposing it
    Given an article "withdraw.txt":
      """
      Union leader
      Published: 2023-01-11

      CGT leader Philippe Martinez said 2 million people had marched. Martinez said the reform must be withdrawn.
      """
    When the articles are ingested
    Then the claims include:
      | source            | kind   | subject | stance | holder            | target     |
      | Philippe Martinez | stance | reform  | oppose | Philippe Martinez | the reform |

  Scenario: A position the article reports without quoting anyone belongs to its holder
    Given an article "resisted.txt":
      """
      Families soften stance
      Published: 2023-02-20

      The Association of Families of Victims Kidnapped by North Korea had for years resisted any easing of sanctions on the North.
      """
    When the articles are ingested
    Then the claims include:
      | source                                                      | cue    | kind   | subject       |
      | Association of Families of Victims Kidnapped by North Korea | resist | stance | lift sanction |

  Scenario: A refusal is a position against the action refused
    Given an article "refusal.txt":
      """
      Sanctions stay
      Published: 2008-07-07

      Tokyo refused to lift its sanctions on North Korea.
      """
    When the articles are ingested
    Then the claims include:
      | source | kind   | stance |
      | Japan  | stance | oppose |
