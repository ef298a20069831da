Feature: Status conflicts
  Two sources put the same people in states that exclude each other: dead or alive, detained or
  released, entered a country or never entered it. A hedged claim still conflicts, with less weight.

  Scenario: Exclusive states, one of them hedged
    Given the article "corpus/japanese-abductee-families-seek-us-support.txt"
    When the articles are ingested
    Then a status conflict over "some of the abductees may still be alive" between "North Korea" and "Japan" is flagged
    And its explanation mentions "hedged"

  Scenario: Dead or alive
    Given an article "climber.txt":
      """
      Climber missing on the glacier
      Published: 2024-03-06

      Rescuers said that the climber was dead. His family believes that the climber is still alive.
      """
    When the articles are ingested
    Then a status conflict over "the climber is still alive" between "Rescuers" and "His family" is flagged
    And its explanation mentions "Status conflict"

  Scenario: Released or still detained
    Given an article "journalist.txt":
      """
      Conflicting word on a reporter
      Published: 2024-03-05

      The militia said that the journalist had been released. The newspaper said that the journalist was still detained.
      """
    When the articles are ingested
    Then a status conflict between "militia" and "newspaper" is flagged
    And its explanation mentions "released"

  Scenario: Entered the country or never entered it
    Given an article "fishermen.txt":
      """
      Fishermen held at the border
      Published: 2024-03-07

      The army said that the fishermen entered the country illegally. The fishermen's families said that they never entered the country.
      """
    When the articles are ingested
    Then a status conflict between "army" and "fishermen's families" is flagged
    And its explanation mentions "never entered"

  Scenario: The outlet sets a speaker's account straight
    Given an article "rain.txt":
      """
      The president's account of the day
      Published: 2017-01-23

      Speaking on Saturday, the president said that the rain had stopped as soon as he began his address. In fact, a light rain fell during the speech.
      """
    When the articles are ingested
    Then a status conflict between "president" and the article's own "a light rain fell" is flagged
    And its explanation mentions "stopped"

  Scenario: An accident or a deliberate act
    Given an article "navy.txt":
      """
      Navy blames accident for the sinking of the Kursk
      Published: 2000-08-25

      MOSCOW - The navy said the sinking of the Kursk was an accident caused by a faulty torpedo.
      """
    And an article "families.txt":
      """
      Kursk families doubt the navy's account
      Published: 2001-08-12

      MURMANSK - Relatives of the Kursk crew said the sinking was no accident.
      """
    When the articles are ingested
    Then a status conflict between "navy" and "Relatives of the Kursk crew" is flagged

  Scenario: Reported among the dead, and said to have escaped
    Given an article "first-day.txt":
      """
      Grenfell Tower fire: the victims
      Published: 2017-06-15

      LONDON - Police said Samira Haddad had died in the Grenfell Tower fire.
      """
    And an article "later.txt":
      """
      Grenfell Tower survivors recovering
      Published: 2017-06-29

      LONDON - Samira Haddad escaped from her flat in Grenfell Tower and is recovering in hospital, her cousin said.
      """
    When the articles are ingested
    Then a status conflict between "Police" and "her cousin" is flagged

  Scenario: Everyone aboard said to be safe, then all of them killed
    Given an article "airline.txt":
      """
      Korean jet missing near Sakhalin
      Published: 1983-09-01

      SEOUL - The Boeing 747 was missing near Sakhalin. Korean Air Lines said it had been told that all passengers and crew were safe.
      """
    And an article "memorial.txt":
      """
      Forty years after KAL 007
      Published: 2023-09-01

      SEOUL - Families gathered to remember Korean Air Lines Flight 007, shot down near Sakhalin in 1983. The Soviet attack killed all 269 people on board.
      """
    When the articles are ingested
    Then a status conflict between "Korean Air Lines" and the article's own "killed all 269 people on board" is flagged

  Scenario: A mother sure her daughter is alive, against a government that says she died
    Given an article "megumi.txt":
      """
      Mother keeps hope
      Published: 2023-02-06

      North Korea maintains that Megumi Yokota died in 1994. Sakie Yokota said she was sure that her daughter Megumi was alive.
      """
    When the articles are ingested
    Then a status conflict between "North Korea" and "Sakie Yokota" is flagged

  Scenario: The driver named among the dead, then said to have survived
    Given an article "derailment.txt":
      """
      Express derails
      Published: 1998-06-03

      ESCHEDE, Germany - The train's driver was among the dead, a police spokesman said.
      """
    And an article "survivor.txt":
      """
      Driver survived
      Published: 1998-06-05

      ESCHEDE, Germany - The driver survived with minor injuries, the railway said.
      """
    When the articles are ingested
    Then a status conflict between "police spokesman" and "railway" is flagged

  Scenario: A firefighter pulled alive from the rubble, and later counted among the dead
    Given an article "rescued.txt":
      """
      Firefighter pulled alive from Tianjin rubble
      Published: 2015-08-17

      TIANJIN, China - A 19-year-old firefighter, Zhou Ti, was pulled alive from the rubble on Thursday morning, more than 30 hours after the blasts.
      """
    And an article "five-years.txt":
      """
      Tianjin five years on
      Published: 2020-08-12

      TIANJIN, China - Among the firefighters killed was 19-year-old Zhou Ti, the paper said.
      """
    When the articles are ingested
    Then a status conflict between "paper" and the article's own "Zhou Ti, was pulled alive" is flagged

  Scenario: All of a group said to have been killed, and some of it said to have been held alive
    Given an article "historical-truth.txt":
      """
      Mexico says 43 students were killed at a dump
      Published: 2015-01-27

      MEXICO CITY — Attorney General Jesús Murillo Karam said all 43 students had been killed at the dump in Cocula.
      """
    And an article "truth-commission.txt":
      """
      Truth commission says some Ayotzinapa students were held alive
      Published: 2022-09-26

      MEXICO CITY — Alejandro Encinas told reporters that six of the students had been held alive for several days in a warehouse in Cocula.
      """
    When the articles are ingested
    Then a status conflict between "Jesús Murillo Karam" and "Alejandro Encinas" is flagged
