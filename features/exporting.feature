Feature: Publishing what the desk confirmed
  Editors publish the conflicts the desk confirmed as ClaimReview, the schema.org markup that search
  engines and fact-check aggregators read, and keep a spreadsheet of every conflict and its decision.

  Background:
    Given a copy of the article "corpus/japanese-abductee-families-seek-us-support.txt"
    And an article "flights.txt":
      """
      Airline and ministry disagree on cancelled flights
      Outlet: Rhône Courier
      URL: https://www.rhonecourier.example/2024/03/04/flights-cancelled
      Published: 2024-03-04

      The transport ministry said that 250 flights were cancelled on Monday. The airline said that 90 flights were cancelled on Monday.
      """
    When the articles are ingested
    And Aiko confirms the conflict over "flights" because "The airline's log shows 90 cancellations."

  Scenario: Each claim of a confirmed conflict becomes a ClaimReview
    When the editor exports the confirmed conflicts as ClaimReview
    Then the export holds 2 ClaimReviews
    And the ClaimReview of "250 flights were cancelled on Monday" by "transport ministry" rates it "Disputed"
    And that review is signed by Aiko and says "The airline's log shows 90 cancellations."
    And that review points at "https://www.rhonecourier.example/2024/03/04/flights-cancelled" published on 2024-03-04
    And no ClaimReview mentions "abductees"

  Scenario: A spreadsheet of every conflict and its decision
    When the editor exports every conflict as CSV
    Then the spreadsheet has 3 rows
    And the row for the conflict over "flights" says confirmed by Aiko because "The airline's log shows 90 cancellations."
    And the 2 other rows are open
