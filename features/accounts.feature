Feature: Accounts on a shared desk
  On a desk of several fact-checkers, everyone signs in with their own account, so that every decision in
  a conflict's history names who really made it. Reviewers decide and write notes; editors also hand
  conflicts to colleagues and export the reviews for publication. A fact-checker working alone on their
  own machine needs no account at all. When someone leaves the desk their account goes, and when a password
  may have leaked it is changed: either way the sessions signed in with it end. Whoever keeps guessing
  passwords is stopped for a while.

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

  Scenario: A new password ends the sessions signed in with the old one
    Given the editor Chloe and the reviewer Aiko have accounts
    And Aiko is signed in on the desk
    And Chloe is signed in on the desk
    When the password of Aiko is changed to "aiko-fresh-words-3"
    Then the open session of Aiko no longer reaches the desk
    And the open session of Chloe still reaches the desk
    And Aiko cannot sign in with the old password
    And Aiko can sign in with "aiko-fresh-words-3"

  Scenario: A removed account can no longer sign in, but its decisions keep its name
    Given the editor Chloe and the reviewer Aiko have accounts
    And Aiko is signed in on the desk
    When Aiko signs in and confirms the conflict over "may still be alive" because "Japan still lists them as missing"
    And the account of Aiko is removed
    Then the open session of Aiko no longer reaches the desk
    And Aiko cannot sign in with the old password
    And its history shows Aiko marking it confirmed because "Japan still lists them as missing"

  Scenario: Too many wrong passwords for one name stop further attempts for a while
    Given the editor Chloe and the reviewer Aiko have accounts
    When someone tries 5 wrong passwords for Aiko
    Then Aiko cannot sign in even with the right password, and is told to try again within 15 minutes
    And the desk's log records the refusal of Aiko without any password
    But Chloe can still sign in from another computer

  Scenario: One computer trying many names is stopped too
    Given the editor Chloe and the reviewer Aiko have accounts
    When someone at one computer tries wrong passwords for 5 different names
    Then Chloe cannot sign in from that computer for a while
    But Chloe can still sign in from another computer
