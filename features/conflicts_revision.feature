Feature: Revisions
  A source changing its own figure, date or position over time is a revision, not a contradiction
  between sources: the explanation says that the source changed its account.

  Scenario: A statistics office revising its own figure
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

  Scenario: A death toll raised the next day
    Given an article "fire-day-one.txt":
      """
      Blaze in apartment block
      Published: 2024-02-10

      The fire service said that 12 people died in the blaze.
      """
    And an article "fire-day-two.txt":
      """
      Toll rises after apartment fire
      Published: 2024-02-11

      The fire service said that 15 people died in the blaze.
      """
    When the articles are ingested
    Then a numeric revision by "fire service" is flagged
    And its explanation mentions "12 people died in the blaze"

  Scenario: A date of death changed by the same source
    Given an article "megumi-2002.txt":
      """
      Pyongyang gives account of abductees
      Published: 2002-09-17

      North Korea said that Megumi Yokota died in 1993.
      """
    And an article "megumi-2004.txt":
      """
      Pyongyang changes date of death
      Published: 2004-11-16

      North Korea said that Megumi Yokota died in April 1994.
      """
    When the articles are ingested
    Then a date revision by "North Korea" is flagged
    And its explanation mentions "1993 vs April 1994"

  Scenario: An official list that grows from one year to the next
    Given an article "list-2005.txt":
      """
      Japan adds Kobe man to list of abductees
      Published: 2005-04-25

      TOKYO - Japan on Monday added a man who vanished from Kobe to its official list of citizens abducted by North Korea. The government said the addition brings its list to 16 people.
      """
    And an article "list-2006.txt":
      """
      Japan recognises a 17th abductee
      Published: 2006-11-20

      The Japanese government says 17 of its citizens were abducted by North Korea.
      """
    When the articles are ingested
    Then a numeric revision by "Japan" is flagged
    And its explanation mentions "16 vs 17"

  Scenario: A figure dismissed as phony, later called real
    Given an article "campaign.txt":
      """
      The candidate and the jobs data
      Published: 2016-05-02

      The candidate's view of the data is well known. At a rally, Senator Dana Whitfield dismissed the official unemployment rate as phony.
      """
    And an article "office.txt":
      """
      A strong month for hiring
      Published: 2017-03-10

      Senator Dana Whitfield said on Friday that the official unemployment rate was real.
      """
    When the articles are ingested
    Then a status revision by "Dana Whitfield" is flagged
    And its explanation mentions "fake vs real"

  Scenario: One article telling how a judgement changed, quoting the judge
    Given an article "profile.txt":
      """
      The governor and the jobs data
      Published: 2025-08-04

      Dana Whitfield's view of the data has shifted before. During her 2016 campaign she dismissed the official unemployment rate as phony.

      Weeks after she took office in 2017, her spokesman, Lee Park, quoted her on a strong jobs report: "It is very real now."
      """
    When the articles are ingested
    Then a status revision by "Dana Whitfield" is flagged
    And its explanation mentions "of 2016"

  Scenario: A named official's toll, raised a few days later
    Given an article "genoa-day-one.txt":
      """
      Genoa bridge collapse kills dozens
      Published: 2018-08-15

      GENOA - Civil protection chief Angelo Borrelli said on Wednesday that 39 people had been killed when the Morandi bridge collapsed in Genoa.
      """
    And an article "genoa-day-four.txt":
      """
      Genoa toll rises
      Published: 2018-08-18

      GENOA - Angelo Borrelli said on Saturday that 43 people had been killed when the Morandi bridge collapsed in Genoa.
      """
    When the articles are ingested
    Then a numeric revision by "Angelo Borrelli" is flagged
    And its explanation mentions "39 vs 43"

  Scenario: A police force revising its toll down
    Given an article "bali-first-day.txt":
      """
      Bombs hit Bali nightclubs
      Published: 2002-10-13

      KUTA, Indonesia - Indonesian police said 187 people were killed when two bombs exploded in the Kuta nightlife district of Bali.
      """
    And an article "bali-week-on.txt":
      """
      Bali toll revised down
      Published: 2002-10-20

      KUTA, Indonesia - Indonesian police have revised the death toll from last weekend's Bali bombings down to 181, saying some bodies had been counted twice.
      """
    When the articles are ingested
    Then a numeric revision by "Indonesian police" is flagged
    And its explanation mentions "187 vs 181"
