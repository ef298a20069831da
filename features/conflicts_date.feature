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

  Scenario: The same prisoners killed in two different years, by two accounts
    Given an article "commission.txt":
      """
      Soviet commission blames Germans
      Published: 1944-01-26

      MOSCOW - A Soviet commission said that German troops killed the prisoners in the autumn of 1941.
      """
    And an article "panel.txt":
      """
      Panel blames the NKVD
      Published: 1952-12-23

      WASHINGTON - A congressional panel concluded that the NKVD killed the prisoners in the spring of 1940, long before German troops reached the area near Moscow.
      """
    When the articles are ingested
    Then a date conflict between "Soviet commission" and "congressional panel" is flagged
    And its explanation mentions "the spring of 1940"

  Scenario: A first time that was not the first
    Given an article "launch.txt":
      """
      Tram line opens
      Published: 2024-09-02

      The mayor said it was the first time that driverless trams had been used in the region. The operator said that driverless trams had been used in the region in 2019.
      """
    When the articles are ingested
    Then a date conflict between "mayor" and "operator" is flagged
    And its explanation mentions "2019"

  Scenario: One sinking timed minutes apart, and a time given only roughly
    Given an article "coast-guard.txt":
      """
      Sewol ferry sinks
      Published: 2014-04-17

      The coast guard said the Sewol began listing at 8:48 a.m. on April 16.
      """
    And an article "survivors.txt":
      """
      Survivors dispute the timeline
      Published: 2014-04-20

      Survivors said the Sewol began listing at 8:52 a.m. on April 16. A crew member said the Sewol began listing at about 8:50 a.m. on April 16.
      """
    When the articles are ingested
    Then a date conflict between "coast guard" and "Survivors" is flagged
    And its explanation mentions "8:48 a.m., April 16 vs 8:52 a.m., April 16"
    And no conflict pairs "8:48 a.m." with "about 8:50 a.m."

  Scenario: The first distress call timed differently, whoever made or took it
    Given an article "first-day.txt":
      """
      Sewol ferry sinks off Jindo
      Published: 2014-04-16

      JINDO, South Korea - The coast guard said the first distress call from the Sewol came at 8:58 a.m.
      """
    And an article "findings.txt":
      """
      Prosecutors blame overloading for Sewol sinking
      Published: 2014-10-07

      SEOUL - Prosecutors said the first distress call from the Sewol was made at 8:52 a.m. by a student.
      """
    When the articles are ingested
    Then a date conflict between "coast guard" and "Prosecutors" is flagged
    And its explanation mentions "8:58 a.m. vs 8:52 a.m."

  Scenario: When a blast struck, told in passing by two outlets
    Given an article "night-of.txt":
      """
      Huge blast rocks Beirut port
      Published: 2020-08-05

      BEIRUT, Lebanon - The blast, which struck at 6:08pm local time, sent a vast orange cloud over Beirut.
      """
    And an article "anniversary.txt":
      """
      A year on, Beirut waits for answers
      Published: 2021-08-04

      BEIRUT, Lebanon - The explosion at Beirut's port, which went off at 6:07 p.m., killed more than 215 people in Beirut.
      """
    When the articles are ingested
    Then a date conflict between the articles' own "which struck at 6:08pm" and "which went off at 6:07 p.m." is flagged
    And its explanation mentions "6:08pm vs 6:07 p.m."

  Scenario: The day a leader was assassinated, told in passing by two outlets
    Given an article "1982.txt":
      """
      Massacre in Beirut camps
      Published: 1982-09-20

      BEIRUT - The militiamen entered the camps two days after the assassination of President-elect Bashir Gemayel on Tuesday, Sept. 14.
      """
    And an article "2012.txt":
      """
      Sabra and Shatila, 30 years on
      Published: 2012-09-16

      BEIRUT - The militia entered the camps to avenge the killing of their leader, Bashir Gemayel, who was assassinated on September 15, 1982, days before he was due to take office.
      """
    When the articles are ingested
    Then a date conflict between the articles' own "assassination of President-elect Bashir Gemayel" and "who was assassinated on September 15, 1982" is flagged

  Scenario: One execution dated differently, a name spelt with and without its accent
    Given an article "times.txt":
      """
      Rebel chief hanged
      Published: 1937-11-17

      ANKARA - Seyid Riza, the aged chief of the Dersim tribes, was hanged at dawn on November 15, the Anatolian Agency announced today.
      """
    And an article "dw.txt":
      """
      Remembering Dersim
      Published: 2019-11-15

      Seyid Rıza was executed on November 18, 1937 in the eastern city of Elazığ, after a trial that lasted two weeks.
      """
    When the articles are ingested
    Then a date conflict between "Anatolian Agency" and the article's own "Seyid Rıza was executed on November 18, 1937" is flagged

  Scenario: A ship said to leave one day and to depart another
    Given an article "sinking.txt":
      """
      Ferry sinks in the Baltic
      Published: 1994-09-29

      STOCKHOLM - The coast guard said the Estonia left Tallinn on the evening of September 28, 1994.
      """
    And an article "report.txt":
      """
      Estonia report
      Published: 2004-09-27

      STOCKHOLM - The report said the Estonia departed Tallinn on September 27, 1994.
      """
    When the articles are ingested
    Then a date conflict between "coast guard" and "report" is flagged

  Scenario: An explosion said to strike at one time and to occur at another
    Given an article "navy.txt":
      """
      Warship sinks
      Published: 2010-03-27

      SEOUL - The Joint Chiefs of Staff said the explosion struck the corvette Cheonan at about 9:45 p.m.
      """
    And an article "seismic.txt":
      """
      Cheonan timeline revised
      Published: 2010-04-16

      SEOUL - The military now says the explosion occurred at 9:22 p.m., citing seismic data from the Cheonan sinking.
      """
    When the articles are ingested
    Then a date conflict between "Joint Chiefs of Staff" and "military" is flagged
    And its explanation mentions "about 9:45 p.m. vs 9:22 p.m."

  Scenario: A death year told in a clause about the man, against another year
    Given an article "book.txt":
      """
      New book revisits Bradford fire
      Published: 2015-04-15

      Heginbotham, who died in 1995, was never questioned about the earlier fires, Fletcher says.
      """
    And an article "judge.txt":
      """
      Judge dismisses arson claims
      Published: 2015-04-16

      Heginbotham died in 1996. The judge said the fire was an accident.
      """
    When the articles are ingested
    Then a date conflict between "Fletcher" and the article's own "Heginbotham died in 1996" is flagged

  Scenario: A blast's time told by the afternoon, corrected by the same agency
    Given an article "blast.txt":
      """
      Mine blast kills 25
      Published: 2010-04-06

      MONTCOAL, West Virginia - The blast at the Upper Big Branch mine happened at 3:27 Monday afternoon during a shift change, the Mine Safety and Health Administration said.
      """
    And an article "report.txt":
      """
      Federal report on mine blast
      Published: 2011-12-06

      MONTCOAL, West Virginia - The Mine Safety and Health Administration said the explosion at the Upper Big Branch mine occurred at 3:02 on the afternoon of April 5, 2010.
      """
    When the articles are ingested
    Then a date revision by "Mine Safety and Health Administration" is flagged

  Scenario: A ship said to strike a rock at one time and to hit the rocks at another
    Given an article "grounding.txt":
      """
      Cruise ship runs aground off Giglio
      Published: 2012-01-14

      GIGLIO, Italy - The coast guard said the Costa Concordia struck a rock at 10:30 p.m. on January 13 off Giglio.
      """
    And an article "trial.txt":
      """
      Concordia captain sentenced
      Published: 2015-02-12

      GROSSETO, Italy - Prosecutors said the Costa Concordia hit the rocks at 9:45 p.m. on January 13, 2012 off Giglio.
      """
    When the articles are ingested
    Then a date conflict between "coast guard" and "Prosecutors" is flagged

  Scenario: A grounding timed by the coast guard, told again ten years on with another time
    Given an article "grounding.txt":
      """
      Cruise ship runs aground off Giglio
      Published: 2012-01-14

      GIGLIO, Italy - The ship struck a rock at about 10:30 p.m., according to the coast guard.
      """
    And an article "ten-years.txt":
      """
      Giglio remembers the Costa Concordia
      Published: 2022-01-13

      GIGLIO, Italy - Ten years ago on Thursday, the cruise ship Costa Concordia struck rocks off Giglio. The ship hit the reef at 9:45 p.m. on January 13, 2012.
      """
    When the articles are ingested
    Then a date conflict between "coast guard" and the article's own "Costa Concordia" is flagged
    And its explanation mentions "about 10:30 p.m. vs 9:45 p.m., January 13, 2012"

  Scenario: A ferry named in one article and called the ship in another, its sinking dated differently
    Given an article "jindo.txt":
      """
      Ferry sinks off Jindo
      Published: 2014-04-17

      JINDO, South Korea - The ferry Sewol capsized off Jindo. The coast guard said the Sewol sank on April 16.
      """
    And an article "inquiry.txt":
      """
      Inquiry into the Sewol
      Published: 2015-04-16

      JINDO, South Korea - The inquiry into the Sewol said the ship sank off Jindo on April 15, 2014.
      """
    When the articles are ingested
    Then a date conflict between "coast guard" and "inquiry into the Sewol" is flagged
