Feature: Accounts on a shared desk
  On a desk of several fact-checkers, everyone signs in with their own account, so that every decision in
  a conflict's history names who really made it. Reviewers decide and write notes; editors also hand
  conflicts to colleagues and export the reviews for publication. A fact-checker working alone on their
  own machine needs no account at all.

  Background:
    Given a copy of the article "corpus/japanese-abductee-families-seek-us-support.txt"
    When the articles are ingested

  Scenario: Working alone needs no account
    Given the desk has no accounts
    Then someone opening the desk sees the queue of 2 open conflicts

  Scenario: On a shared desk, everyone signs in first
    Given the editor Chloe and the reviewer Aiko have accounts
    Then someone opening the desk is asked to sign in
    And Aiko cannot sign in with a wrong password

  Scenario: A decision records who was signed in
    Given the editor Chloe and the reviewer Aiko have accounts
    When Aiko signs in and confirms the conflict over "may still be alive" because "Japan still lists them as missing"
    Then its history shows Aiko marking it confirmed because "Japan still lists them as missing"

  Scenario: Reviewers decide; only editors hand out conflicts
    Given the editor Chloe and the reviewer Aiko have accounts
    When Aiko signs in and assigns the conflict over "never entered the country" to Ben
    Then Aiko is told "a reviewer cannot assign conflicts"
    And nobody is assigned the conflict over "never entered the country"
    When Chloe signs in and assigns the conflict over "never entered the country" to Ben
    Then the conflict over "never entered the country" is assigned to Ben

  Scenario: Only editors export the reviews for publication
    Given the editor Chloe and the reviewer Aiko have accounts
    Then Aiko cannot download the reviews as ClaimReview
    And Chloe can download the reviews as ClaimReview
