Feature: Dating what a claim is about
  "On Tuesday" and "last year" mean nothing without the day the story ran. claimtrack resolves the
  time a claim's content gives against the article's publication date, so that figures for different
  days, months or years are not compared as if they were one.

  Scenario: A weekday and "last year" count back from the publication date
    Given an article "relative.txt":
      """
      Turnout
      Published: 2023-01-20

      The ministry said 1.12 million people had marched on Thursday. The union said 800,000 people had marched last year.
      """
    When the articles are ingested
    Then the claims include:
      | source   | quantity | time                         |
      | ministry | 1120000  | 2023-01-19..2023-01-19 day   |
      | union    | 800000   | 2022-01-01..2022-12-31 year  |

  Scenario: A month with and without its year
    Given an article "months.txt":
      """
      Past marches
      Published: 2023-01-20

      The ministry said 500,000 people had marched in March. The union said 800,000 people had marched in May 2021.
      """
    When the articles are ingested
    Then the claims include:
      | source   | quantity | time                          |
      | ministry | 500000   | 2023-03-01..2023-03-31 month  |
      | union    | 800000   | 2021-05-01..2021-05-31 month  |

  Scenario: Years, decades and ranges of years
    Given an article "years.txt":
      """
      Decades of abductions
      Published: 2023-01-20

      North Korea said it abducted 13 Japanese citizens in 1978. North Korea abducted 17 Japanese citizens in the 1970s and 1980s. Japan says 17 citizens were abducted between 1977 and 1983.
      """
    When the articles are ingested
    Then the claims include:
      | source      | quantity | time                             |
      | North Korea | 13       | 1978-01-01..1978-12-31 year      |
      |             | 17       | 1970-01-01..1989-12-31 decade    |
      | Japan       | 17       | 1977-01-01..1983-12-31 range     |

  Scenario: When a claim was made is not what it is about
    Given an article "said-on.txt":
      """
      Union count
      Published: 2023-01-20

      The union said on Monday that 800,000 people had marched.
      """
    When the articles are ingested
    Then the claim "800,000 people had marched" has no time
    And the claim "800,000 people had marched" has cue "say"

  Scenario: An article without a publication date keeps absolute dates and leaves weekdays unresolved
    Given an article "undated.txt":
      """
      Abduction admitted

      North Korea said it abducted 13 Japanese citizens in 1978. North Korea abducted Megumi Yokota on Tuesday.
      """
    When the articles are ingested
    Then the claims include:
      | source      | quantity | time                         |
      | North Korea | 13       | 1978-01-01..1978-12-31 year  |
    And the claim "North Korea abducted Megumi Yokota on Tuesday" has no time

  Scenario: A running count keeps the hour it was taken at
    Given an article "running.txt":
      """
      Morning count
      Published: 2023-01-20

      The ministry said 120,000 people had marched in Paris by 11 a.m.
      """
    When the articles are ingested
    Then the claims include:
      | source   | quantity | place              |
      | ministry | 120000   | Paris, by 11 a.m.  |

  Scenario: An anniversary piece's own day, a weekday that names the year, and a past deed months ahead
    Given an article "anniversary.txt":
      """
      A year after Zhanaozen
      Published: 2012-12-16

      ALMATY - Relatives laid flowers on Sunday, one year after police opened fire in the square. The government maintains that 14 people died in Zhanaozen on 16 December.
      """
    And an article "katrina.txt":
      """
      Ten years on
      Published: 2015-08-28

      NEW ORLEANS - Hurricane Katrina struck in 2005. The floodwall along the 17th Street Canal collapsed on the morning of Monday, August 29, according to investigators.
      """
    And an article "port-arthur.txt":
      """
      Sentenced
      Published: 1996-11-20

      HOBART - Bugg said Bryant had also wounded 23 other people during the rampage on April 28.
      """
    When the articles are ingested
    Then the claims include:
      | source     | quantity | time                             |
      | government | 14       | 2011-12-16..2011-12-16 day       |
      | Bugg       | 23       | 1996-04-28..1996-04-28 day       |
    And the claim "The floodwall along the 17th Street Canal collapsed" has time "2005-08-29..2005-08-29 day"

  Scenario: A toll lowered, told with the figure it came down from, which keeps its own date
    Given an article "lahaina-lowered.txt":
      """
      Lahaina toll lowered to 97
      Published: 2023-09-16

      LAHAINA, Hawaii - The governor's office said on Friday that 97 people had been confirmed dead in the Lahaina wildfire, down from the 115 reported last month.
      """
    When the articles are ingested
    Then the claims include:
      | source            | quantity | time                         |
      | governor's office | 97       |                              |
      | governor's office | 115      | 2023-08-01..2023-08-31 month |

  Scenario: What has held since a month began before the article, whatever month it is told in
    Given an article "maria-may.txt":
      """
      Study puts Maria toll far above official count
      Published: 2018-05-30

      SAN JUAN, Puerto Rico - A new study puts the toll of Hurricane Maria far above the official count.

      Puerto Rico's official toll has stood at 64 since December, even as a review continues.
      """
    When the articles are ingested
    Then the claims include:
      | source      | quantity | time                               |
      | Puerto Rico | 64       | 2017-12-01..2017-12-31 month       |

  Scenario: A date after a second verb whose "were" is left out dates both counts
    Given an article "anniversary.txt":
      """
      A year on, the Gaza hospital blast is still disputed
      Published: 2024-10-17

      The health ministry says that 471 people were killed and 314 wounded in the blast on 17 October 2023.
      """
    When the articles are ingested
    Then the claims include:
      | quantity | predicate | time                         |
      | 471      | dead      | 2023-10-17..2023-10-17 day   |
      | 314      | injure    | 2023-10-17..2023-10-17 day   |
