Feature: Date conflicts
  One event, about a named person or thing, dated differently by two sources.

  Scenario: An arrival dated on two different days
    Given an article "ambassador.txt":
      """
      New envoy in Seoul
      Published: 2024-03-05

      The ministry said that Ambassador Lena Weber arrived in Seoul on Monday. The embassy said that Ambassador Lena Weber arrived in Seoul on Wednesday.
      """
    When the articles are ingested
    Then a date conflict between "ministry" and "embassy" is flagged
    And its explanation mentions "Date conflict"

  Scenario: A contract signed in two different months
    Given an article "transfer.txt":
      """
      Transfer questions
      Published: 2024-06-05

      The club said that Marco Rossi signed his contract in May 2023. His agent said that Marco Rossi signed his contract in July 2023.
      """
    When the articles are ingested
    Then a date conflict between "club" and "His agent" is flagged
    And its explanation mentions "July 2023"
