Feature: Numeric conflicts
  Two sources give figures for the same thing that cannot both be true. Figures that overlap ("nearly
  3,000" and "2,975") agree, and are left alone.

  Scenario: Two numbers that cannot both be true
    Given an article "admission.txt":
      """
      North Korea admits abductions
      Published: 2002-09-17

      North Korea admitted that it had abducted 13 Japanese citizens. The Japanese government said that 17 citizens had been abducted by North Korea.
      """
    When the articles are ingested
    Then a numeric conflict between "North Korea" and "Japan" is flagged
    And its explanation mentions "Numeric conflict"
    And its explanation mentions "13 Japanese citizens"

  Scenario: An official toll below what "several hundred" can mean
    Given an article "andijan.txt":
      """
      Deaths in Andijan disputed
      Published: 2005-05-20

      ANDIJAN, Uzbekistan - The Uzbek government said 169 people had been killed in the unrest. Witnesses told reporters that several hundred people had been killed.
      """
    When the articles are ingested
    Then a numeric conflict between "Uzbekistan" and "Witnesses" is flagged
    And its explanation mentions "several hundred"

  Scenario: A toll for the town two short pieces are about, against a toll that names no place
    Given an article "prosecutor.txt":
      """
      Uzbek prosecutor gives a toll
      Published: 2005-05-17

      TASHKENT, Uzbekistan - Prosecutor-General Rashid Kadyrov said that 169 people had been killed in the unrest in Andijan.
      """
    And an article "ten-years.txt":
      """
      Ten years on, a toll in dispute
      Published: 2015-05-13

      ALMATY, Kazakhstan - Ten years after troops fired on protesters in the Uzbek city of Andijan, the number of people who died remains in dispute. The Uzbek government maintains that 187 people died.
      """
    When the articles are ingested
    Then a numeric conflict between "Rashid Kadyrov" and "Uzbekistan" is flagged

  Scenario: A toll "in the city" of a piece that named its city in passing, against a toll for the city by name
    Given an article "red-crescent.txt":
      """
      Derna toll rises
      Published: 2023-09-15

      BENGHAZI, Libya - The Libyan Red Crescent said 11,300 people had died in Derna.
      """
    And an article "derna-officials.txt":
      """
      Libya detains officials over dam collapse
      Published: 2023-09-26

      TRIPOLI, Libya - Eight officials were detained pending an investigation into the collapse of the two dams above Derna. The World Health Organization said 3,958 people had been confirmed dead in the city.
      """
    When the articles are ingested
    Then a numeric conflict between "Libyan Red Crescent" and "World Health Organization" is flagged

  Scenario: A toll the article sets against a count reported by others
    Given an article "tangshan-1979.txt":
      """
      China gives Tangshan toll
      Published: 1979-11-22

      BEIJING - The government says 242,000 people were killed in the Tangshan earthquake. It is far lower than the 655,000 deaths reported by Hong Kong newspapers in 1977.
      """
    When the articles are ingested
    Then a numeric conflict between "Hong Kong newspapers" and "China" is flagged
    And its explanation mentions "655,000"

  Scenario: A toll given ten years after, against one given at the time, in a piece that names no year
    Given an article "osce.txt":
      """
      Observers count the Andijan dead
      Published: 2005-06-21

      TASHKENT, Uzbekistan - The OSCE said between 300 and 500 people were killed in Andijan on May 13.
      """
    And an article "ten-years.txt":
      """
      Ten years on, a toll in dispute
      Published: 2015-05-13

      ALMATY, Kazakhstan - Ten years after troops fired on protesters in the Uzbek city of Andijan, the number of people who died there remains in dispute. The Uzbek government maintains that 187 people died.
      """
    When the articles are ingested
    Then a numeric conflict between "OSCE" and "Uzbekistan" is flagged

  Scenario: A crowd counted twice
    Given an article "crowd.txt":
      """
      Crowd figures disputed
      Published: 2017-01-22

      Sean Spicer said that 720,000 people attended the inauguration. The National Park Service said that 160,000 people attended the inauguration.
      """
    When the articles are ingested
    Then a numeric conflict between "Sean Spicer" and "National Park Service" is flagged
    And its explanation mentions "720,000"

  Scenario: An estimate published days after the event meets the figure given for its day
    Given an article "speech.txt":
      """
      President speaks of his crowd
      Published: 2017-01-22

      The president said that 1.5 million people attended the inauguration on Saturday.
      """
    And an article "estimate.txt":
      """
      Scientists estimate the crowd
      Published: 2017-01-25

      Crowd scientists said that about 160,000 people attended the inauguration.
      """
    When the articles are ingested
    Then a numeric conflict between "president" and "Crowd scientists" is flagged

  Scenario: Injuries counted as injuries and as cases of injury
    Given an article "settlement.txt":
      """
      Settlement approved
      Published: 1989-02-15

      The court said the sum was calculated on the basis of about 3,000 deaths and some 102,000 cases of injury.
      """
    And an article "affidavit.txt":
      """
      Government revises figures
      Published: 2006-10-26

      The state government said the leak had caused 558,125 injuries.
      """
    When the articles are ingested
    Then a numeric conflict between "court" and "state government" is flagged
    And its explanation mentions "558,125"

  Scenario: A lower bound that the other figure does not reach
    Given an article "floods.txt":
      """
      Flood toll rises
      Published: 2024-03-05

      The regional governor said that 42 people died in the floods. The Red Cross said that more than 60 people died in the floods.
      """
    When the articles are ingested
    Then a numeric conflict between "regional governor" and "Red Cross" is flagged
    And its explanation mentions "more than 60"

  Scenario: Approximate figures that overlap agree
    Given an article "lyon.txt":
      """
      March in Lyon
      Published: 2023-03-08

      The police said nearly 3,000 people marched in Lyon. Organisers said 2,975 people marched in Lyon.
      """
    When the articles are ingested
    Then there are 2 claims
    And there are 0 conflicts

  Scenario: A part counted above its whole
    Given an article "toll.txt":
      """
      Dispute over the toll
      Published: 1989-06-27

      The government said 241 people had died. Amnesty International said at least 1,000 civilians were killed in Beijing.
      """
    When the articles are ingested
    Then a numeric conflict between "government" and "Amnesty International" is flagged
    And its explanation mentions "a part cannot outnumber its whole"

  Scenario: A whole stored first, then a part above it in another article
    Given an article "platform-1988.txt":
      """
      North Sea platform fire
      Published: 1988-07-08

      ABERDEEN - There were 226 people on the Piper Alpha platform when the first explosion tore through it.
      """
    And an article "platform-company.txt":
      """
      Operator gives figures
      Published: 1988-07-09

      ABERDEEN - Occidental Petroleum said 228 men had been on board the Piper Alpha platform.
      """
    When the articles are ingested
    Then a numeric conflict between "Occidental Petroleum" and the article's own "226 people" is flagged
    And its explanation mentions "a part cannot outnumber its whole"

  Scenario: "As many as" gives a high figure, which a much lower official toll disputes
    Given an article "bhopal.txt":
      """
      Bhopal toll passes 2,000
      Published: 1984-12-08

      BHOPAL, India - Madhya Pradesh officials put the confirmed death toll at 2,259. Relief workers estimated that as many as 10,000 people may have died.
      """
    When the articles are ingested
    Then a numeric conflict between "Madhya Pradesh" and "Relief workers" is flagged
    And its explanation mentions "as many as 10,000"

  Scenario: More deaths in the first weeks than an official total gives for all time
    Given an article "toll.txt":
      """
      Twenty years on
      Published: 2004-12-03

      BHOPAL, India - The Madhya Pradesh government said its official count of deaths stands at 3,787. Survivors' organizations said about 8,000 people died within two weeks of the leak.
      """
    When the articles are ingested
    Then a numeric conflict between "Madhya Pradesh" and "Survivors' organizations" is flagged
    And its explanation mentions "within two weeks of the leak"

  Scenario: The number of people confirmed dead, raised by the government a year later
    Given an article "toll-2010.txt":
      """
      Haiti raises earthquake death toll to 230,000
      Published: 2010-02-10

      PORT-AU-PRINCE, Haiti - Haiti's government said Wednesday that the number of people confirmed dead in the Jan. 12 earthquake had risen to 230,000.
      """
    And an article "toll-2011.txt":
      """
      Haiti marks a year since the earthquake
      Published: 2011-01-12

      PORT-AU-PRINCE, Haiti - Haiti's government said 316,000 people were killed in last year's earthquake.
      """
    When the articles are ingested
    Then a numeric revision by "Haiti" is flagged
    And its explanation mentions "230,000 vs 316,000"

  Scenario: The largest audience ever, against a count that fell short of an earlier one
    Given an article "record.txt":
      """
      A record crowd, the spokesman says
      Published: 2017-01-22

      WASHINGTON - "This was the largest audience to ever witness an inauguration," the spokesman said.
      """
    And an article "ratings.txt":
      """
      Inauguration ratings are out
      Published: 2017-01-23

      WASHINGTON - The ratings firm said 30.6 million people watched the inauguration on television, fewer than the 37.8 million who watched the 2009 inauguration.
      """
    When the articles are ingested
    Then a numeric conflict between "spokesman" and "ratings firm" is flagged
    And its explanation mentions "the largest audience ever vs fewer than the 37.8 million in 2009"

  Scenario: "More than 200" is not said of ten thousand
    Given an article "toll.txt":
      """
      Two counts of the civilian dead
      Published: 2017-12-21

      BEIJING - The city's mayor said more than 200 civilians died in Beijing. A British diplomatic cable estimated that at least 10,000 civilians were killed in Beijing.
      """
    When the articles are ingested
    Then a numeric conflict between "city's mayor" and "British diplomatic cable" is flagged
    And its explanation mentions "more than 200"

  Scenario: A toll put at a figure, against a much higher estimate
    Given an article "officials.txt":
      """
      Tulsa remembers
      Published: 2001-02-28

      TULSA, Oklahoma - Officials at the time put the death toll at 36, a figure long disputed.
      """
    And an article "historians.txt":
      """
      Tulsa massacre graves
      Published: 2020-10-21

      TULSA, Oklahoma - Historians estimate that as many as 300 people were killed.
      """
    When the articles are ingested
    Then a numeric conflict between "Officials at the time" and "Historians" is flagged

  Scenario: A toll named by a noun, against one told by a source
    Given an article "verdict.txt":
      """
      Oradour verdicts
      Published: 1953-02-13

      BORDEAUX - A French military tribunal sentenced two men to death for the massacre of 642 people at the village of Oradour-sur-Glane.
      """
    And an article "prosecutor.txt":
      """
      Oradour officer on trial
      Published: 1983-06-07

      BERLIN - The East German prosecutor said 643 people were killed at Oradour-sur-Glane in France.
      """
    When the articles are ingested
    Then a numeric conflict between "East German prosecutor" and the article's own "the massacre of 642 people" is flagged

  Scenario: One man's prison term given differently
    Given an article "verdict.txt":
      """
      Madrid bombers convicted
      Published: 2007-10-31

      MADRID - Jamal Zougam was sentenced to 42,922 years in prison for the murders and attempted murders.
      """
    And an article "anniversary.txt":
      """
      Madrid remembers
      Published: 2014-03-11

      MADRID - Jamal Zougam, who was sentenced to 42,924 years for placing bombs on the trains, remains in jail.
      """
    When the articles are ingested
    Then a numeric conflict between the articles' own "42,922 years" and "42,924 years" is flagged

  Scenario: Organisers and police count one march, one of them in a sentence that also tells when the organisers were founded
    Given an article "police.txt":
      """
      Hong Kong march
      Published: 2019-06-17

      HONG KONG - Police said 338,000 people took part in the march on Sunday, June 16, at its peak.
      """
    And an article "front.txt":
      """
      Organisers of Hong Kong's marches disband
      Published: 2021-08-16

      HONG KONG - Founded in 2002 as a coalition of pro-democracy parties, unions and church groups, the front claimed 2 million marchers on June 16, 2019.
      """
    When the articles are ingested
    Then a numeric conflict between "Police" and "front" is flagged

  Scenario: A toll that remains a figure, stated by the outlet, against an earlier official figure
    Given an article "government.txt":
      """
      Beijing gives toll
      Published: 1989-06-07

      BEIJING - The Chinese government said on Tuesday that nearly 300 people were killed when the army forced its way into central Beijing.
      """
    And an article "anniversary.txt":
      """
      Twenty years on in Beijing
      Published: 2009-06-05

      BEIJING - The official toll remains 241 dead, including soldiers, and some 7,000 wounded.
      """
    When the articles are ingested
    Then a numeric conflict between "China" and the article's own "241 dead" is flagged

  Scenario: Those aboard counted in passing, against the count of those aboard
    Given an article "coast-guard.txt":
      """
      Ferry count revised
      Published: 2014-04-18

      JINDO, South Korea - The coast guard said 475 people had been aboard the Sewol.
      """
    And an article "inquiry.txt":
      """
      Sewol report
      Published: 2014-05-19

      SEOUL, South Korea - The inquiry said that of the 476 people aboard, 172 were rescued.
      """
    When the articles are ingested
    Then a numeric conflict between "coast guard" and "inquiry" is flagged

  Scenario: A bare toll beyond what a toll without the attackers allows
    Given an article "government.txt":
      """
      Mumbai toll
      Published: 2008-12-30

      MUMBAI, India - According to the Maharashtra government, 166 people were killed in the Mumbai attacks, not counting the nine attackers.
      """
    And an article "hospitals.txt":
      """
      Hospitals count the dead
      Published: 2008-11-30

      MUMBAI, India - Doctors at the city's hospitals said 195 people had been killed in the Mumbai attacks.
      """
    When the articles are ingested
    Then a numeric conflict between "Doctors at the city's hospitals" and "Maharashtra government" is flagged

  Scenario: A toll the doers are counted beside
    Given an article "police.txt":
      """
      Market bombing
      Published: 2012-05-02

      KABUL, Afghanistan - Police said two bombs killed 30 people in the market.
      """
    And an article "ministry.txt":
      """
      Market bombing toll
      Published: 2012-05-03

      KABUL, Afghanistan - The health ministry said 24 people were killed in the market bombing.
      """
    When the articles are ingested
    Then a numeric conflict between "Police" and "health ministry" is flagged
    And its explanation mentions "30 vs 24"

  Scenario: Foreigners among the dead, counted two ways
    Given an article "hospital.txt":
      """
      Foreigners among the dead
      Published: 2008-11-29

      MUMBAI, India - Hospital officials said 26 foreigners were among the dead in the Mumbai attacks.
      """
    And an article "government.txt":
      """
      Mumbai toll
      Published: 2008-12-30

      MUMBAI, India - Of the dead in the Mumbai attacks, 22 were foreign nationals, the government said.
      """
    When the articles are ingested
    Then the claims include:
      | subject   | quantity |
      | foreigner | 26       |
      | foreigner | 22       |
    And there is 1 conflict

  Scenario: The dead of one nation, counted two ways
    Given an article "office.txt":
      """
      Britons among the dead
      Published: 2002-10-20

      LONDON - The Foreign Office said 26 Britons died in the bombings.
      """
    And an article "inquest.txt":
      """
      Bali inquest
      Published: 2003-10-12

      LONDON - Among the 202 people killed in the bombings were 23 Britons, the coroner said.
      """
    When the articles are ingested
    Then the claims include:
      | subject | quantity | place            |
      | people  | 26       | who were Britons |
      | people  | 23       | who were Britons |
    And a numeric conflict between "Foreign Office" and "coroner" is flagged
    And its explanation mentions "26 vs 23"

  Scenario: A nation's dead named beside another group, and named alone
    Given an article "tally.txt":
      """
      Jenin toll
      Published: 2002-05-01

      JENIN, West Bank - Twenty-three Israeli soldiers and 52 Palestinians were killed in the battle, according to a United Nations tally. The camp at Jenin was left in ruins.
      """
    And an article "committee.txt":
      """
      Jenin remembers
      Published: 2012-04-11

      JENIN, West Bank - The camp's popular committee in Jenin says 58 Palestinians were killed during the assault. Jenin remembers the dead of 2002 every April.
      """
    When the articles are ingested
    Then the claims include:
      | subject | quantity | place                 |
      | people  | 52       | who were Palestinians |
      | people  | 58       | who were Palestinians |
    And a numeric conflict between "United Nations" and "camp's popular committee in Jenin" is flagged
    And its explanation mentions "52 vs 58"

  Scenario: A figure put by a body named before meets a toll another body released
    Given an article "ferry.txt":
      """
      Ferry toll disputed
      Published: 1988-02-17

      CEBU CITY - The National Bureau of Investigation said on Tuesday that 3,099 passengers were aboard the ferry. The bureau put the number of dead aboard the ferry at 3,134. The death toll released by the coast guard stands at 1,565.
      """
    When the articles are ingested
    Then a numeric conflict between "National Bureau of Investigation" and "coast guard" is flagged
    And its explanation mentions "3,134 vs 1,565"

  Scenario: Those a ship carried, told in passing, are counted as those aboard
    Given an article "manifest.txt":
      """
      Coast guard counts those aboard
      Published: 2012-01-14

      The coast guard said the ship was carrying 4,229 people.
      """
    And an article "anniversary.txt":
      """
      Three years after the grounding
      Published: 2015-01-13

      The liner struck rocks off Giglio on January 13, 2012, with 4,252 people aboard.
      """
    When the articles are ingested
    Then a numeric conflict between "coast guard" and the article's own "4,252 people" is flagged

  Scenario: Those a ferry was carrying, and the whole a toll is drawn from, are those aboard
    Given an article "capsized.txt":
      """
      Ferry capsizes off Jindo
      Published: 2014-04-16

      A passenger ferry carrying 477 people capsized off the island of Jindo on Wednesday morning, government officials said. The Sewol was sailing from Incheon to Jeju.
      """
    And an article "decade.txt":
      """
      Ten years after the Sewol
      Published: 2024-04-16

      The sinking of the Sewol off Jindo in 2014 killed 304 of the 476 people on board.
      """
    When the articles are ingested
    Then a numeric conflict between "government officials" and the article's own "476 people" is flagged

  Scenario: A vessel's name right after it is its name, not the subject of what the vessel did
    Given an article "capsized.txt":
      """
      Ferry capsizes off Jindo
      Published: 2014-04-16

      JINDO, South Korea - The ferry Sewol capsized off Jindo on Wednesday with 476 people on board, the coast guard said.
      """
    And an article "manifest.txt":
      """
      Sewol manifest revised
      Published: 2014-04-18

      JINDO, South Korea - Government officials said 459 people were aboard the Sewol when it capsized off Jindo.
      """
    When the articles are ingested
    Then a numeric conflict between "coast guard" and "Government officials" is flagged

  Scenario: Miners shot dead are miners killed
    Given an article "mine.txt":
      """
      Shooting at the mine
      Published: 2012-08-17

      The police commissioner said officers shot dead 34 striking miners on Thursday. The miners' union said 44 miners were killed on Thursday.
      """
    When the articles are ingested
    Then a numeric conflict between "police commissioner" and "miners' union" is flagged

  Scenario: Lives lost with a sinking are a count of the dead
    Given an article "ferry-dead.txt":
      """
      Ferry toll disputed
      Published: 1988-01-05

      The coast guard said the ferry sank with the loss of 1,565 lives. A survivors' group said more than 4,000 people died in the sinking.
      """
    When the articles are ingested
    Then a numeric conflict between "coast guard" and "survivors' group" is flagged

  Scenario: A toll told in a clause of time, against a figure given in court
    Given an article "trial.txt":
      """
      Factory owner on trial
      Published: 2016-07-18

      DHAKA, Bangladesh - Prosecutors told the court that 1,136 people died as a result of the collapse.
      """
    And an article "anniversary.txt":
      """
      Ten years on
      Published: 2023-04-24

      DHAKA, Bangladesh - Ten years after the collapse of the Rana Plaza building killed 1,134 people, unions say little has changed.
      """
    When the articles are ingested
    Then a numeric conflict between "Prosecutors" and the article's own "1,134 people" is flagged

  Scenario: Spectators who died, told in passing, against a count of the dead spectators
    Given an article "inquiry.txt":
      """
      Air show inquiry
      Published: 1989-10-17

      RAMSTEIN, Germany - Prosecutors said sixty-seven spectators died in the fire and flying wreckage.
      """
    And an article "memorial.txt":
      """
      Air show remembered
      Published: 2008-08-28

      RAMSTEIN, Germany - The 70 spectators who died at the air show were remembered at a service in the town's church.
      """
    When the articles are ingested
    Then a numeric conflict between "Prosecutors" and the article's own "The 70 spectators who died" is flagged

  Scenario: A story named only by the group that speaks in it
    Given an article "charges.txt":
      """
      Judge charges Diab over Beirut blast
      Published: 2020-12-11

      BEIRUT - Judge Fadi Sawan charged caretaker prime minister Hassan Diab and three former ministers with negligence over the Beirut port explosion on Thursday. Diab said his conscience was clear. Hassan Diab's office said he had already told the judge what he knew. The health ministry has put the death toll at 204.
      """
    And an article "one-year-on.txt":
      """
      One year on, families still wait
      Published: 2021-08-04

      Relatives of the victims of the Beirut port explosion marched on parliament on Wednesday, demanding that politicians lift immunity. The Lebanese government's official toll stands at 191. The Rhosus had been impounded in 2013. Records show that the Rhosus was owned by a Cypriot businessman.
      """
    When the articles are ingested
    Then a numeric conflict between "Lebanese health ministry" and "Lebanon" is flagged

  Scenario: A story named only in the first paragraph of articles whose titles are kept apart
    Given an article "thirty-years.md":
      """
      ---
      title: Survivors mark 30 years as documents revive questions
      published: 2012-09-16
      ---
      BEIRUT - Hundreds of Palestinians gathered in Shatila on Sunday to mark 30 years since the massacre in the Sabra and Shatila camps.

      The Palestinian Red Crescent has put the toll at more than 2,000. Seth Anziska studied the archives in London.
      """
    And an article "forty-years.md":
      """
      ---
      title: Forty years on, the dead are still uncounted
      published: 2022-09-16
      ---
      BEIRUT - Survivors of the massacre in the Sabra and Shatila camps gathered in Shatila on Friday.

      An Israeli commission found that some 700 to 800 people were killed. Ariel Sharon resigned as defence minister.
      """
    When the articles are ingested
    Then a numeric conflict between "Palestinian Red Crescent" and "Israeli commission" is flagged

  Scenario: Executives detained, and executives in custody, on the same day
    Given an article "xinhua.txt":
      """
      Executives detained over port blasts
      Published: 2015-08-28

      TIANJIN, China - Xinhua said police had detained 12 executives of Ruihai International Logistics.
      """
    And an article "procuratorate.txt":
      """
      Prosecutors name those held over port blasts
      Published: 2015-08-28

      TIANJIN, China - A statement from the Tianjin procuratorate said 10 company executives were in custody.
      """
    When the articles are ingested
    Then a numeric conflict between "Xinhua" and "statement from the Tianjin procuratorate" is flagged

  Scenario: A newspaper told the toll is not what the story is about
    Given an article "accident.txt":
      """
      Accident at Moscow soccer match
      Published: 1982-10-21

      MOSCOW - Spectators were hurt on a stairway after Spartak's UEFA Cup match against Haarlem on Wednesday. A stadium official said no one had been killed. Spartak won the match against Haarlem.
      """
    And an article "investigator.txt":
      """
      Investigator puts stadium toll at 66
      Published: 1989-07-21

      MOSCOW - Sixty-six people died in the 1982 crush after the Spartak match, the investigator told the newspaper Izvestia. Shpeyer told Izvestia that the records were complete. Izvestia said the files had been classified.
      """
    When the articles are ingested
    Then a numeric conflict between "stadium official" and "investigator" is flagged

  Scenario: The whole stock gone up in the explosion, against the part that detonated
    Given an article "blast.txt":
      """
      Beirut blast leaves crater
      Published: 2020-08-05

      BEIRUT - Ammonium nitrate had been stored at the port for six years. A security official said the entire stock of 2,750 tonnes of ammonium nitrate had gone up in the explosion.
      """
    And an article "fbi.txt":
      """
      FBI report on Beirut blast
      Published: 2021-08-04

      BEIRUT - An FBI report estimated that only about 552 tonnes of ammonium nitrate detonated in the Beirut port explosion.
      """
    When the articles are ingested
    Then a numeric conflict between "security official" and "FBI" is flagged

  Scenario: A day's crowd told again twenty years later
    Given an article "fire.txt":
      """
      Fire at Bradford City
      Published: 1985-05-14

      BRADFORD, England - The crowd of 14,000 had turned out at Valley Parade to celebrate Bradford City's promotion.
      """
    And an article "twenty-years.txt":
      """
      Bradford remembers
      Published: 2005-05-11

      BRADFORD, England - Bradford remembers the fire of 1985. A crowd of 11,076 was inside Valley Parade that day.
      """
    When the articles are ingested
    Then a numeric conflict between the articles' own "The crowd of 14,000" and "A crowd of 11,076" is flagged

  Scenario: Fans counted in passing by a court, against another count of the extradited
    Given an article "verdict.txt":
      """
      Heysel verdict
      Published: 1989-04-28

      BRUSSELS - Of the 26 Liverpool fans who were extradited from Britain to stand trial over the Heysel disaster, 14 were found guilty, the court said.
      """
    And an article "anniversary.txt":
      """
      Heysel remembered
      Published: 2005-04-06

      LIVERPOOL, England - Twenty-seven Liverpool fans were extradited to Belgium over the Heysel disaster, the club said.
      """
    When the articles are ingested
    Then a numeric conflict between "court" and "club" is flagged

  Scenario: Officials jailed, counted by a court and again four years later
    Given an article "verdict.txt":
      """
      Court jails officials over Tianjin blasts
      Published: 2016-11-10

      TIANJIN, China - Twenty-five government officials were jailed for between three and seven years over the Tianjin blasts, the court said.
      """
    And an article "five-years.txt":
      """
      Tianjin five years on
      Published: 2020-08-12

      TIANJIN, China - Twenty-three government officials were jailed over the Tianjin blasts.
      """
    When the articles are ingested
    Then a numeric conflict between "court" and the article's own "Twenty-three government officials" is flagged

  Scenario: The civilians among a toll said to comprise them, against the civilians counted before
    Given an article "command.txt":
      """
      Martial law command gives Kwangju toll
      Published: 1980-05-31

      SEOUL - The martial law command said 144 civilians, 22 soldiers and four policemen died in the unrest in Kwangju.
      """
    And an article "assembly.txt":
      """
      Assembly hears Kwangju testimony
      Published: 1988-11-18

      SEOUL - Government figures submitted to the Assembly put the death toll of the Kwangju uprising at 191, comprising 164 civilians, 23 soldiers and four policemen.
      """
    When the articles are ingested
    Then a numeric conflict between "martial law command" and the article's own "164 civilians" is flagged
    And its explanation mentions "144 vs 164"

  Scenario: Those killed are people, and a remark after a death is no count of its own
    Given an article "leak.txt":
      """
      Bhopal toll rises
      Published: 1984-12-05

      BHOPAL, India - The state government said on Wednesday that 2,500 people had died in the gas leak at the Union Carbide plant in Bhopal, its highest figure yet.
      """
    And an article "thirty-years.txt":
      """
      Bhopal, thirty years on
      Published: 2014-12-03

      BHOPAL, India - Thirty years after the gas leak at the Union Carbide plant, the government's official count of those killed by the gas stands at 3,787. Campaigners in Bhopal say the gas has killed more than 16,000 people.
      """
    When the articles are ingested
    Then a numeric conflict between "government" and "Campaigners in Bhopal" is flagged
    And a numeric conflict between "state government" and "Campaigners in Bhopal" is flagged

  Scenario: Hostages are some of the people a siege killed, and cannot outnumber them
    Given an article "toll.txt":
      """
      Beslan siege toll given
      Published: 2004-09-10

      BESLAN, Russia - Prosecutors said the siege of School Number One in Beslan killed 334 people.
      """
    And an article "mothers.txt":
      """
      Beslan mothers dispute toll
      Published: 2005-09-01

      BESLAN, Russia - The Mothers of Beslan committee said more than 400 hostages were killed in the siege of the school in Beslan.
      """
    When the articles are ingested
    Then a numeric conflict between "Prosecutors" and "Beslan committee" is flagged
    And its explanation mentions "a part cannot outnumber its whole"

  Scenario: Two tolls in one sentence, a share of the dead between commas and a semicolon between the sources
    Given an article "remembers.txt":
      """
      Rwanda remembers
      Published: 2014-04-07

      KIGALI, Rwanda - About 800,000 people, most of them Tutsi, were killed over 100 days, according to the United Nations; the Rwandan government puts the toll at more than one million.
      """
    When the articles are ingested
    Then a numeric conflict between "United Nations" and "Rwandan government" is flagged

  Scenario: A number of killings is a toll
    Given an article "tribunal.txt":
      """
      Nanking tribunal reports
      Published: 1947-03-11

      NANKING, China - The Nanking War Crimes Tribunal found that more than 300,000 Chinese civilians and disarmed soldiers were killed by Japanese troops in Nanking.
      """
    And an article "historian.txt":
      """
      Historian on Nanking
      Published: 2012-02-22

      TOKYO - The historian Ikuhiko Hata has estimated the number of unlawful killings in Nanking at about 40,000.
      """
    When the articles are ingested
    Then a numeric conflict between "Nanking War Crimes Tribunal" and "Ikuhiko Hata" is flagged

  Scenario: Two pieces ten years apart that both look back on one year tell one story
    Given an article "march.txt":
      """
      Armenians march in Yerevan
      Published: 2005-04-24

      YEREVAN, Armenia - Tens of thousands of Armenians marched in Yerevan on Sunday to mark the 90th anniversary of the massacres of 1915 in the Ottoman Empire. Turkey says about 300,000 Armenians died. Ottoman records are disputed, and the Ottoman Empire collapsed soon after.
      """
    And an article "centenary.txt":
      """
      Erdogan skips Yerevan ceremony
      Published: 2015-04-24

      ANKARA, Turkey - President Erdogan marked the Gallipoli centenary instead of the Yerevan ceremony for the deportations of 1915. Historians say between 1 million and 1.5 million Armenians were killed. Gallipoli ceremonies drew leaders from Britain and Australia, and Gallipoli veterans were honoured.
      """
    When the articles are ingested
    Then a numeric conflict between "Turkey" and "Historians" is flagged

  Scenario: Twelve of the men found alive, against the one of the miners who survived
    Given an article "sago-alive.txt":
      """
      Families told 12 trapped miners found alive at Sago
      Published: 2006-01-04

      TALLMANSVILLE, W.Va. - Relatives of the trapped Sago miners said late Tuesday that rescue teams had found 12 of the men alive.
      """
    And an article "sago-one.txt":
      """
      Sago families learn only one miner survived
      Published: 2006-01-04

      BUCKHANNON, W.Va. - International Coal Group chief executive Ben Hatfield told families early Wednesday that only one of the miners found by rescuers had survived.
      """
    When the articles are ingested
    Then a numeric conflict between "rescue teams" and "Ben Hatfield" is flagged

  Scenario: A piece about the ship, whose only country is where it was bought, and one about the country that names the ship
    Given an article "sinking.txt":
      """
      Ferry carrying hundreds of students sinks off South Korea
      Published: 2014-04-16

      SEOUL, South Korea - A ferry carrying hundreds of high school students sank off the south-western coast of South Korea on Wednesday. The Sewol was travelling from Incheon to Jeju. Officials said 462 people were on board, including 325 students from Danwon High School. The ship's operator, Chonghaejin Marine, declined to comment. South Korea's president ordered all available rescue teams to the site.
      """
    And an article "task-force.txt":
      """
      Sewol captain defends order to stay put
      Published: 2014-04-24

      JINDO - The Sewol's captain was arrested on Saturday. The task force now says 476 people were aboard the Sewol. Investigators said cabins added after the Sewol was bought from Japan had made it top-heavy. Investigators raided the offices of Chonghaejin Marine and questioned teachers from Danwon High School about the Sewol.
      """
    When the articles are ingested
    Then a numeric conflict between "South Korea" and "task force" is flagged

  Scenario: A toll dated to the year of the disaster by the inquests two years on, against the toll of the new inquests
    Given an article "inquests-1991.txt":
      """
      Hillsborough inquests return verdicts
      Published: 1991-03-28

      SHEFFIELD, England - The jury at the Hillsborough inquests returned verdicts of accidental death on the 95 Liverpool supporters who died as a result of the 1989 stadium crush, the coroner said. Families said they would fight on. The coroner thanked the families of Hillsborough.
      """
    And an article "inquests-2016.txt":
      """
      Hillsborough fans unlawfully killed, jury rules
      Published: 2016-04-26

      WARRINGTON, England - The jury said the 96 Liverpool supporters who died in the Hillsborough disaster were unlawfully killed. The families of Hillsborough welcomed the ruling. Police said they accepted the findings of the Hillsborough jury.
      """
    When the articles are ingested
    Then a numeric conflict between "coroner" and "jury" is flagged

  Scenario: The staff among a toll put at a figure, against the staff counted among it before
    Given an article "msf-review.txt":
      """
      MSF review of Kunduz strike
      Published: 2015-11-05

      KABUL, Afghanistan - Medecins Sans Frontieres said 42 people were killed in the airstrike on its hospital in Kunduz, including 13 staff members and 10 patients.
      """
    And an article "msf-final.txt":
      """
      A year after Kunduz
      Published: 2016-11-05

      KABUL, Afghanistan - Medecins Sans Frontieres put the death toll from the airstrike on its hospital in Kunduz at 42, including 14 staff members, 10 patients and 18 caretakers.
      """
    When the articles are ingested
    Then a numeric conflict between "Medecins Sans Frontieres" and "Medecins Sans Frontieres" is flagged
    And its explanation mentions "14 staff members"

  Scenario: A toll given with the injured, according to figures named at the end of the sentence
    Given an article "figures.txt":
      """
      Hillsborough report published
      Published: 2012-09-12

      LONDON - The crush at Hillsborough killed 96 people and injured 766, according to official figures.
      """
    And an article "police.txt":
      """
      Hillsborough toll
      Published: 2012-09-13

      SHEFFIELD, England - Police said 94 people died in the crush at Hillsborough.
      """
    When the articles are ingested
    Then a numeric conflict between "official figures" and "Police" is flagged

  Scenario: The toll of a crush named in passing, against the toll the coroner gave
    Given an article "gate.txt":
      """
      Police say fans forced gate
      Published: 1989-04-17

      SHEFFIELD, England - Police said an exit gate at Hillsborough had been forced open by fans, moments before the crush that killed 94 people at the stadium.
      """
    And an article "coroner.txt":
      """
      Hillsborough inquests open
      Published: 1990-04-18

      SHEFFIELD, England - The coroner said 95 people died in the crush at Hillsborough.
      """
    When the articles are ingested
    Then a numeric conflict between "Police" and "coroner" is flagged

  Scenario: Terrorists said to hide in a hospital, against no armed combatants inside its compound
    Given an article "ministry.txt":
      """
      Afghan ministry defends Kunduz strike
      Published: 2015-10-03

      KABUL, Afghanistan - The Afghan Interior Ministry said 10 to 15 terrorists had been hiding in the hospital in Kunduz at the time of the strike.
      """
    And an article "msf.txt":
      """
      MSF rejects Afghan account of Kunduz strike
      Published: 2015-10-06

      KABUL, Afghanistan - The gates of the hospital in Kunduz were closed all night, Medecins Sans Frontieres said, and there were no armed combatants inside the compound when the bombing began.
      """
    When the articles are ingested
    Then a numeric conflict between "Afghanistan" and "Medecins Sans Frontieres" is flagged

  Scenario: The dead an official count confirms, against the dead a committee gave
    Given an article "count.txt":
      """
      Sewol wreck searched again
      Published: 2018-08-07

      MOKPO, South Korea - Officials now count 299 confirmed dead from the sinking of the Sewol, bringing the total number of victims to 304.
      """
    And an article "committee.txt":
      """
      Sewol committee report
      Published: 2018-08-08

      SEOUL, South Korea - The Sewol investigation committee said 303 people died in the sinking of the Sewol.
      """
    When the articles are ingested
    Then a numeric conflict between "Officials" and "Sewol investigation committee" is flagged

  Scenario: A siege that ended with the deaths of so many hostages, against the hostages prosecutors said died
    Given an article "prosecutors.txt":
      """
      Moscow siege inquiry closed
      Published: 2007-12-20

      MOSCOW, Russia - Prosecutors said 130 hostages died as a result of the Dubrovka siege.
      """
    And an article "anniversary.txt":
      """
      Ten years after Dubrovka
      Published: 2012-10-26

      MOSCOW, Russia - The Dubrovka siege ended with the deaths of 129 hostages, according to official figures.
      """
    When the articles are ingested
    Then a numeric conflict between "Prosecutors" and "official figures" is flagged

  Scenario: The number of dead hostages a victims' group gives, against the hostages prosecutors said died
    Given an article "prosecutors.txt":
      """
      Moscow siege inquiry closed
      Published: 2007-12-20

      MOSCOW, Russia - Prosecutors said 130 hostages died as a result of the Dubrovka siege.
      """
    And an article "victims.txt":
      """
      Dubrovka victims keep their own count
      Published: 2012-10-26

      MOSCOW, Russia - The Nord-Ost victims' association puts the number of dead hostages of the Dubrovka siege at 174.
      """
    When the articles are ingested
    Then there is 1 conflict

  Scenario: A people counted by a name the tagger takes for one name, against a smaller toll of all
    Given an article "msf.txt":
      """
      MSF says at least 6,700 Rohingya were killed
      Published: 2017-12-14

      COX'S BAZAR, Bangladesh - At least 6,700 Rohingya were killed in Myanmar, Médecins Sans Frontières said on Thursday.
      """
    And an article "army.txt":
      """
      Myanmar army puts toll at 400
      Published: 2017-12-20

      YANGON, Myanmar - Myanmar's military said about 400 people had been killed in Myanmar.
      """
    When the articles are ingested
    Then a numeric conflict between "Medecins Sans Frontieres" and "Myanmar's military" is flagged

  Scenario: The men said to have attended a march are its crowd, against the police count
    Given an article "march.txt":
      """
      Organizers dispute Park Police count of Million Man March
      Published: 1995-10-17

      WASHINGTON - The US Park Police estimated the crowd at about 400,000. Benjamin F. Chavis Jr. told reporters that between 1.5 million and 2 million men had attended.
      """
    When the articles are ingested
    Then a numeric conflict between "US Park Police" and "Benjamin F. Chavis Jr" is flagged
