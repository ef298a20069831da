Feature: What is not a conflict
  A flag costs a fact-checker minutes. Figures about different populations, different events, other
  periods or other places can all be true; two holders taking opposite positions are a debate, not a
  contradiction. Each scenario checks that the claims are found, and that no conflict is flagged.

  Scenario: Suspected cases and officially recognised victims are different populations
    Given an article "police.txt":
      """
      Police widen abduction inquiry
      Published: 2014-09-02

      The National Police Agency said it was investigating 883 suspected cases of abduction by North Korea.
      """
    And an article "government.txt":
      """
      Japan lists another abductee
      Published: 2006-11-20

      The Japanese government said that 17 of its citizens were abducted by North Korea.
      """
    When the articles are ingested
    Then the claims include:
      | source                 | quantity |
      | National Police Agency | 883      |
      | Japan                  | 17       |
    And there are 0 conflicts

  Scenario: Two marches on different days
    Given an article "first-day.txt":
      """
      Strikers take to the streets
      Published: 2023-01-20

      The Interior Ministry said that 1.12 million people marched on Thursday.
      """
    And an article "second-day.txt":
      """
      Second day of strikes
      Published: 2023-02-01

      The CGT said that 2.8 million people marched on Tuesday.
      """
    When the articles are ingested
    Then the claims include:
      | source           | quantity |
      | Interior Ministry | 1120000 |
      | CGT              | 2800000  |
    And there are 0 conflicts

  Scenario: Two undated marches reported a week apart
    Given an article "first-week.txt":
      """
      Strikers take to the streets
      Published: 2023-01-20

      The Interior Ministry said that 1.12 million people marched against the reform.
      """
    And an article "second-week.txt":
      """
      Strikers march again
      Published: 2023-01-27

      The CGT said that 2.8 million people marched against the reform.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A share of the deaths is not a count of them
    Given an article "share.txt":
      """
      Storm deaths studied
      Published: 2018-08-29

      The governor said that 64 people died in the hurricane. Researchers said that roughly a third of the deaths were caused by delayed medical care.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Turnout in two different elections
    Given an article "turnout.txt":
      """
      Turnout climbs
      Published: 2024-06-10

      The electoral commission said that turnout was 51 percent in the 2019 election. The commission said that turnout was 64 percent in the 2024 election.
      """
    When the articles are ingested
    Then there are 2 claims
    And there are 0 conflicts

  Scenario: Deaths in one year and in another
    Given an article "heat.txt":
      """
      Heat deaths fall
      Published: 2024-01-10

      The health ministry said that 1,200 people died in heatwaves in 2022. The health ministry said that 800 people died in heatwaves in 2023.
      """
    When the articles are ingested
    Then there are 2 claims
    And there are 0 conflicts

  Scenario: Paris and the whole country
    Given an article "places.txt":
      """
      Marches across France
      Published: 2023-03-08

      The Interior Ministry said 1.28 million people marched nationwide on Tuesday. The CGT said that 700,000 people marched in Paris on Tuesday.
      """
    When the articles are ingested
    Then there are 2 claims
    And there are 0 conflicts

  Scenario: A figure for another day by the same source
    Given an article "sixth-day.txt":
      """
      Record turnout
      Published: 2023-03-08

      The Interior Ministry said 1.28 million people marched nationwide on Tuesday.
      """
    And an article "fourteenth-day.txt":
      """
      Turnout falls
      Published: 2023-06-07

      The Interior Ministry said 281,000 people marched nationwide on Tuesday.
      """
    When the articles are ingested
    Then there are 2 claims
    And there are 0 conflicts

  Scenario: Two holders disagreeing is a debate, not a stance conflict
    Given an article "trade.txt":
      """
      Trade deal divides
      Published: 2024-04-01

      The farmers' federation said it backed the trade deal. Environmental groups said they opposed the trade deal.
      """
    When the articles are ingested
    Then the claims include:
      | source              | stance  |
      | farmers' federation | support |
      | Environmental groups | oppose |
    And there are 0 conflicts

  Scenario: A list's size counted years apart is two moments, not a dispute
    Given an article "list-2006.txt":
      """
      Police list of missing people
      Published: 2006-11-20

      The agency's list held 16 names.
      """
    And an article "list-2019.txt":
      """
      Police list of missing people grows
      Published: 2019-08-07

      The list held 882 names.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 16       |
      | 882      |
    And there are 0 conflicts

  Scenario: Death tolls of two disasters in two countries
    Given an article "beijing.txt":
      """
      Beijing gives a toll
      Published: 1989-06-07

      BEIJING - China said about 300 people had died. The Chinese government said the army had restored order in Beijing.
      """
    And an article "san-juan.txt":
      """
      Puerto Rico gives a toll
      Published: 2017-12-09

      SAN JUAN, Puerto Rico - The government of Puerto Rico said 64 people had died. Officials in Puerto Rico said power was returning.
      """
    When the articles are ingested
    Then the claims include:
      | quantity  |
      | 300       |
      | 64        |
    And there are 0 conflicts

  Scenario: Death tolls in two cities spelt as English news spells them are two stories
    Given an article "malmo.txt":
      """
      Fire at a school
      Published: 2024-03-01

      MALMO - Police said 12 people had died in the fire.
      """
    And an article "zurich.txt":
      """
      Fire at a hotel
      Published: 2024-03-02

      ZURICH - Police said 20 people had died in the fire.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 12       |
      | 20       |
    And there are 0 conflicts

  Scenario: Arrests counted "since" a date, months apart, are a running total
    Given an article "september.txt":
      """
      Arrests mount
      Published: 2019-09-05

      Police said 1,183 people had been arrested since June 9.
      """
    And an article "june.txt":
      """
      A year of protests
      Published: 2020-06-09

      Police said more than 9,000 people had been arrested since June 9, 2019.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity |
      | Police | 1183     |
      | Police | 9000     |
    And there are 0 conflicts

  Scenario: A gas leak in India and an oil rig off Louisiana share only the American company named
    Given an article "bhopal.txt":
      """
      India raises Bhopal toll
      Published: 2010-12-04

      NEW DELHI - India's government said 5,295 people had died in Bhopal, India, as a result of the gas leak at the Union Carbide plant.
      """
    And an article "rig.txt":
      """
      Rig survivors ashore
      Published: 2010-04-25

      NEW ORLEANS - The Coast Guard said 115 people had survived the explosion in the Gulf of Mexico off Louisiana.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 5295     |
      | 115      |
    And there are 0 conflicts

  Scenario: A daily rate and a total are different measures
    Given an article "rate.txt":
      """
      Well leaking
      Published: 2010-04-29

      The Coast Guard said about 5,000 barrels of oil a day were leaking from the well.
      """
    And an article "total.txt":
      """
      Spill total
      Published: 2010-08-03

      The government said about 4.9 million barrels of oil had leaked from the well.
      """
    When the articles are ingested
    Then the claims include:
      | source      | subject | predicate | quantity | unit    |
      | Coast Guard | oil     | leak      | 5000     | per day |
      | government  | oil     | leak      | 4900000  |         |
    And there are 0 conflicts

  Scenario: Deaths that could still come are a forecast, not a count of the dead so far
    Given an article "forecast.txt":
      """
      Cancer deaths forecast
      Published: 2006-04-18

      The WHO said as many as 9,000 people could die of cancers caused by the accident at Chernobyl in Ukraine.
      """
    And an article "so-far.txt":
      """
      Chernobyl toll so far
      Published: 2005-09-05

      The report said fewer than 50 deaths had been attributed to radiation from the accident at Chernobyl in Ukraine.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity |
      | WHO    | 9000     |
      | report | 50       |
    And there are 0 conflicts

  Scenario: Another disaster's toll, brought in for comparison, is not the story's toll
    Given an article "maria.txt":
      """
      Puerto Rico orders review of Hurricane Maria deaths
      Published: 2017-12-19

      SAN JUAN, Puerto Rico - The government's count has stood at 64 since early December. Hurricane Katrina killed roughly 1,800 people along the Gulf Coast in 2005.
      """
    And an article "haiti.txt":
      """
      Haiti marks ten years since the earthquake
      Published: 2020-01-12

      PORT-AU-PRINCE, Haiti - The United Nations has generally cited a toll of about 220,000 in Haiti. A far more powerful earthquake that struck Chile six weeks later killed about 525 people.
      """
    When the articles are ingested
    Then the claims include:
      | source         | quantity |
      | Puerto Rico    | 64       |
      | United Nations | 220000   |
    And no conflict pairs "Hurricane Katrina killed roughly 1,800 people" with "has stood at 64"
    And no conflict pairs "killed about 525 people" with "a toll of about 220,000"

  Scenario: Tolls of two disasters that share no names are not compared
    Given an article "carbide.txt":
      """
      Union Carbide defends its record
      Published: 2004-12-04

      Union Carbide says approximately 3,800 people died after the leak at the Union Carbide plant. Union Carbide has paid compensation.
      """
    And an article "forum.txt":
      """
      Chernobyl toll debated
      Published: 2006-04-24

      The Chernobyl Forum said that fewer than 50 people died because of the Chernobyl accident. The Chernobyl site remains closed.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Counts within two different populations are not compared
    Given an article "populations.txt":
      """
      Long-term toll estimated
      Published: 2006-04-24

      The WHO said up to 4,000 people could eventually die among the 600,000 most highly exposed people. Greenpeace said about 5,000 people could eventually die among some 6.8 million people living in less contaminated areas.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Two sources' counts over different spans of years are different counts
    Given an article "spans.txt":
      """
      Thyroid cancers counted
      Published: 2021-04-26

      The Forum said about 4,000 cases of thyroid cancer were diagnosed between 1992 and 2002. The committee said about 20,000 cases of thyroid cancer were diagnosed between 1991 and 2015.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A death toll still rising in the first weeks is counted as it grows
    Given an article "blast-first-days.txt":
      """
      Blast at the chemical works
      Published: 1986-04-29

      The regional government said that two workers were killed in the blast at the chemical works.
      """
    And an article "blast-two-weeks-on.txt":
      """
      Chemical works toll rises
      Published: 1986-05-14

      The regional hospital said that nine workers had died after the blast at the chemical works.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 2        |
      | 9        |
    And there are 0 conflicts

  Scenario: Residents, the dead, the injured and the homeless are different counts
    Given an article "night.txt":
      """
      Tower fire kills dozens
      Published: 2017-06-29

      LONDON - About 600 people lived in the tower, according to the local council. Police said about 80 people were presumed to have died.
      """
    And an article "blast.txt":
      """
      Blast toll rises
      Published: 2020-08-11

      BEIRUT - The health ministry said the death toll had risen to at least 171, with about 6,000 injured and some 300,000 people left homeless.
      """
    And an article "blast-later.txt":
      """
      A year after the blast
      Published: 2021-08-04

      BEIRUT - The explosion killed 218 people, officials said.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Two different events called by different names are not one dispute
    Given an article "chemical-plant.txt":
      """
      Fire at Ruritania chemical plant was an accident, company says
      Published: 2019-05-02

      VELDA, Ruritania - The company said the fire at the Velda chemical plant was an accident. Velda's mayor said the plant would reopen in June.
      """
    And an article "ferry.txt":
      """
      Ferry sinking off Norland was no accident, inquiry finds
      Published: 2021-09-14

      OSLO - The Norwegian inquiry said the sinking of the ferry Nordlys was no accident. The Nordlys went down in a storm in 2019.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Survivors counted and the dead counted are two groups of people
    Given an article "rescued.txt":
      """
      Estonia ferry survivors brought ashore
      Published: 1994-09-30

      TURKU, Finland - Rescuers pulled 138 people alive from the sea after the Estonia sank, Finnish rescue authorities said.
      """
    And an article "anniversary.txt":
      """
      Estonia ferry disaster remembered
      Published: 2004-09-28

      STOCKHOLM - More than 850 people died in the sinking of the Estonia, the Swedish Maritime Administration said.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: The one survivor pulled out and the dead counted later are different people
    Given an article "day-three.txt":
      """
      Surfside collapse: 159 unaccounted for
      Published: 2021-06-26

      SURFSIDE, Florida - Only one person, a teenage boy, has been pulled alive from the debris of Champlain Towers South, rescuers said.
      """
    And an article "day-fifteen.txt":
      """
      Surfside death toll rises to 64
      Published: 2021-07-08

      SURFSIDE, Florida - Mayor Daniella Levine Cava said 64 people had been confirmed dead in the collapse of Champlain Towers South.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A toll that rose, and the final count given later by someone else
    Given an article "early.txt":
      """
      Katrina toll rises in Louisiana
      Published: 2005-09-12

      BATON ROUGE, Louisiana - Louisiana's confirmed death toll rose to 279 on Monday, state officials said.
      """
    And an article "final.txt":
      """
      Louisiana counts its Katrina dead
      Published: 2006-06-02

      NEW ORLEANS, Louisiana - The state health department has confirmed 1,464 storm-related deaths in Louisiana.
      """
    When the articles are ingested
    Then no conflict pairs "rose to 279" with "1,464"

  Scenario: Shares of a toll said in passing are not rival tolls
    Given an article "msf.txt":
      """
      Kunduz hospital toll rises
      Published: 2015-10-05

      KUNDUZ, Afghanistan - MSF said on Sunday that the death toll had risen to 22, comprising 12 staff members and 10 patients, three of them children.
      """
    And an article "first-report.txt":
      """
      Air strike hits Kunduz hospital
      Published: 2015-10-04

      KUNDUZ, Afghanistan - The attack on the hospital killed 19 people, Reuters reported.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: What holds only in a case meets no fact
    Given an article "un.txt":
      """
      UN rights chief on Kunduz strike
      Published: 2015-10-03

      GENEVA - Zeid said that if established as deliberate in a court of law, an air strike on a hospital may amount to a war crime.
      """
    And an article "inquiry.txt":
      """
      US inquiry into Kunduz strike
      Published: 2016-04-29

      WASHINGTON - The US military concluded the attack did not constitute a war crime because it was not intentional.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Soldiers of two nations are two groups
    Given an article "argentina.txt":
      """
      Falklands anniversary
      Published: 2012-04-02

      BUENOS AIRES - In the 74-day war, 649 Argentine soldiers died, according to official figures.
      """
    And an article "britain.txt":
      """
      Falklands remembered
      Published: 2022-06-14

      LONDON - The Ministry of Defence said 255 British soldiers died in the Falklands war.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: One shooting's dead and an occupation's toll are two events of one story
    Given an article "shooting.txt":
      """
      Santa Cruz shooting
      Published: 1991-11-13

      DILI, East Timor - Military officials said 19 people were killed when troops fired on the crowd at the Santa Cruz cemetery.
      """
    And an article "commission.txt":
      """
      Truth commission on East Timor
      Published: 2006-01-20

      DILI, East Timor - The commission concluded that at least 102,800 people died as a result of the conflict between 1974 and 1999.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A toll counted so far, and a larger count years later
    Given an article "siege.txt":
      """
      Syrian army besieges Hama
      Published: 1982-02-12

      BEIRUT - Western diplomats in Damascus said at least 1,000 people had been killed so far in the fighting in Hama.
      """
    And an article "anniversary.txt":
      """
      Thirty years after Hama
      Published: 2012-02-02

      The Syrian Human Rights Committee says 30,000 to 40,000 people were killed in Hama in 1982.
      """
    When the articles are ingested
    Then the claims include:
      | source                        | low   | high  |
      | Western diplomats in Damascus | 1000  |       |
      | Syrian Human Rights Committee | 30000 | 40000 |
    And there are 0 conflicts

  Scenario: The toll of another year's massacre, recalled in an obituary
    Given an article "obituary.txt":
      """
      Ex-president tied to 1968 massacre dies
      Published: 2022-07-09

      Soldiers opened fire on students at Tlatelolco in 1968. As president, he was also linked to the June 10, 1971 Corpus Christi massacre, in which about 120 people were killed by a paramilitary group.
      """
    And an article "archive.txt":
      """
      Mexico apologises for 1968 massacre
      Published: 2018-10-02

      The 1968 massacre killed 44 people, according to the National Security Archive.
      """
    When the articles are ingested
    Then the claims include:
      | source                    | quantity  |
      | National Security Archive | 44        |
    And no conflict pairs "about 120 people were killed" with "killed 44 people"

  Scenario: Two massacres in one country, told with their own years
    Given an article "sharpeville.txt":
      """
      Police fire on pass-law crowd at Sharpeville
      Published: 1960-03-22

      SHARPEVILLE, South Africa - Police said 56 people were killed at Sharpeville, south of Johannesburg. Sharpeville was quiet on Tuesday, and the Pan Africanist Congress said Sharpeville would mourn.
      """
    And an article "soweto.txt":
      """
      Soweto remembers 1976
      Published: 2021-06-16

      SOWETO, South Africa - Soweto, near Johannesburg, marked the 1976 uprising. The apartheid government said 176 people were killed in the uprising.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity |
      | Police | 56       |
    And there are 0 conflicts

  Scenario: Two tolls in one country, decades apart, one report naming nothing the other is about
    Given an article "derry.txt":
      """
      Soldiers open fire on march
      Published: 1972-01-31

      BELFAST, Northern Ireland - Hospital officials said 13 people were killed when soldiers opened fire on a civil rights march in the Bogside. Northern Ireland's leaders called for calm.
      """
    And an article "omagh.txt":
      """
      Omagh bombing kills 28
      Published: 1998-08-16

      BELFAST, Northern Ireland - Police said at least 28 people were killed by a car bomb in the market town. Omagh was in mourning, and the Omagh hospital was overwhelmed.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity |
      | Police | 28       |
    And there are 0 conflicts

  Scenario: Counts of the missing given days apart are moments of a search
    Given an article "concordia-saturday.txt":
      """
      Cruise ship runs aground
      Published: 2012-01-14

      GIGLIO, Italy - Officials said about 40 people were still unaccounted for on Saturday evening after the Costa Concordia ran aground off Giglio.
      """
    And an article "concordia-tuesday.txt":
      """
      Search goes on at Giglio
      Published: 2012-01-17

      GIGLIO, Italy - The civil protection agency said 29 people remain unaccounted for after the Costa Concordia ran aground off Giglio.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 40       |
      | 29       |
    And there are 0 conflicts

  Scenario: Two disasters years apart in one country, sharing only the president named in both
    Given an article "kursk.txt":
      """
      Submarine lost with all hands
      Published: 2000-08-21

      MOSCOW - Officials said all 118 people aboard the Kursk had died. Putin was criticised for staying on holiday as the Kursk lay on the seabed. Putin met the Kursk families in Vidyayevo.
      """
    And an article "beslan.txt":
      """
      School siege ends in bloodshed
      Published: 2004-09-04

      MOSCOW - Officials said 323 people were killed when the siege of the school in Beslan ended. Putin flew to Beslan on Saturday. Putin ordered the borders of North Ossetia sealed after Beslan.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 118      |
      | 323      |
    And there are 0 conflicts

  Scenario: A count of the dead up to a day, and a higher count months later
    Given an article "retrospective.txt":
      """
      Five years of yellow vests
      Published: 2023-11-17

      PARIS - Officials said ten people had died by Christmas 2018.
      """
    And an article "may.txt":
      """
      Yellow vests six months on
      Published: 2019-05-17

      PARIS - Officials said eleven people have died since the movement began.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 10       |
      | 11       |
    And there are 0 conflicts

  Scenario: The dead a group has identified by name are a part of the official toll
    Given an article "official.txt":
      """
      Twenty years on in Beijing
      Published: 2009-06-05

      BEIJING - The official toll remains 241 dead, including soldiers, and some 7,000 wounded.
      """
    And an article "mothers.txt":
      """
      Mothers keep their list
      Published: 2019-06-03

      BEIJING - The Tiananmen Mothers, a group of relatives of victims, have confirmed the identities of 202 people killed.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 241      |
      | 202      |
    And there are 0 conflicts

  Scenario: A range the tagger splits in two agrees with a figure inside it
    Given an article "federal.txt":
      """
      Otters of the sound
      Published: 1990-03-24

      VALDEZ, Alaska - Federal officials put the number of sea otters killed at 3,500 to 5,500.
      """
    And an article "council.txt":
      """
      Spill toll on wildlife
      Published: 1990-04-02

      VALDEZ, Alaska - The council said 4,000 sea otters were killed by the spill.
      """
    When the articles are ingested
    Then the claims include:
      | quantity | low  | high |
      |          | 3500 | 5500 |
      | 4000     |      |      |
    And there are 0 conflicts

  Scenario: Two Indonesian stories decades apart, one in East Timor and one in East Java
    Given an article "dili.txt":
      """
      Troops fire on mourners in Dili
      Published: 1991-11-13

      JAKARTA, Indonesia - The armed forces said 19 people were killed when troops fired on mourners in Dili, East Timor. Dili was quiet on Wednesday. East Timor has been ruled by Indonesia since 1976.
      """
    And an article "kanjuruhan.txt":
      """
      Stadium toll revised
      Published: 2022-10-03

      JAKARTA, Indonesia - Police in East Java said 125 people had died in the crush at the Kanjuruhan stadium. East Java mourned the dead of Kanjuruhan.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 19       |
      | 125      |
    And there are 0 conflicts

  Scenario: The toll of another disaster the story's came days after
    Given an article "heysel.txt":
      """
      Heysel toll
      Published: 1985-05-31

      BRUSSELS, Belgium - Thirty-nine people died at Heysel. The disaster came 18 days after 56 people died in a fire at Bradford City's Valley Parade ground.
      """
    And an article "heysel-later.txt":
      """
      Heysel inquiry
      Published: 1985-06-20

      BRUSSELS, Belgium - The inquiry said 39 people were killed at Heysel.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 39       |
      | 56       |
    And there are 0 conflicts

  Scenario: A toll without the attackers and one with them
    Given an article "government.txt":
      """
      Mumbai toll
      Published: 2008-12-30

      MUMBAI, India - According to the Maharashtra government, 166 people were killed in the attacks, not counting the nine attackers.
      """
    And an article "anniversary.txt":
      """
      Ten years on in Mumbai
      Published: 2009-11-26

      MUMBAI, India - Including the nine attackers killed by security forces, 175 people died in the Mumbai attacks.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 166      |
      | 175      |
    And there are 0 conflicts

  Scenario: The toll of an earthquake of another year, recalled in passing
    Given an article "assessment.txt":
      """
      Quake needs assessed
      Published: 2015-06-26

      KATHMANDU, Nepal - The assessment put the death toll from the Nepal earthquake at 8,790.
      """
    And an article "ten-years.txt":
      """
      Ten years after the Nepal earthquake
      Published: 2025-04-25

      KATHMANDU, Nepal - It was the deadliest earthquake in Nepal since 1934, when a quake killed 8,519 people in the country.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 8790     |
      | 8519     |
    And there are 0 conflicts

  Scenario: One side said to have fired first and the other only in answer
    Given an article "police.txt":
      """
      Police account of the shooting
      Published: 2012-08-17

      RUSTENBURG, South Africa - Police said strikers fired shots at officers before any police weapon was discharged.
      """
    And an article "commander.txt":
      """
      Commander testifies
      Published: 2013-01-20

      RUSTENBURG, South Africa - The commander said officers fired only after strikers attacked them.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A toll at a named building and the toll of the whole attack
    Given an article "railway.txt":
      """
      Station toll
      Published: 2008-11-30

      MUMBAI, India - At the Chhatrapati Shivaji Terminus railway station, two gunmen killed 58 people, according to railway police.
      """
    And an article "court.txt":
      """
      Mumbai verdict
      Published: 2010-05-06

      MUMBAI, India - The court said the Mumbai attacks killed 166 people.
      """
    When the articles are ingested
    Then the claims include:
      | quantity | place                                        |
      | 58       | Chhatrapati Shivaji Terminus railway station |
      | 166      |                                              |
    And there are 0 conflicts

  Scenario: The dead of one nation and the toll of everyone
    Given an article "minister.txt":
      """
      Toll climbs
      Published: 2002-10-15

      CANBERRA, Australia - The foreign minister said 14 Australians had been confirmed dead.
      """
    And an article "police.txt":
      """
      Police count
      Published: 2002-10-16

      DENPASAR, Indonesia - The death toll had reached 187, police said.
      """
    When the articles are ingested
    Then the claims include:
      | quantity | place                |
      | 14       | who were Australians |
      | 187      |                      |
    And there are 0 conflicts

  Scenario: Two towns' stories, in two countries, told through the same kinds of bodies
    Given an article "gdansk.txt":
      """
      Journalists in Gdansk: officials dispute figures
      Published: 2023-08-04

      The Gdansk Workers' Union said that 80 journalists were charged on July 27. The Gdansk City Council asked the Gdansk Workers' Union to wait for the inquiry. Polish police would not comment.
      """
    And an article "aarhus.txt":
      """
      Journalists in Aarhus: the latest
      Published: 2023-08-23

      According to the Aarhus Workers' Union, about 36 journalists were charged on July 27. The Aarhus City Council asked the Aarhus Workers' Union to wait for the inquiry.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 80       |
      | 36       |
    And there are 0 conflicts

  Scenario: The seriously injured and all the injured
    Given an article "trial.txt":
      """
      Rail crash trial opens
      Published: 2002-08-28

      CELLE, Germany - Prosecutors said 88 people were seriously injured in the derailment.
      """
    And an article "anniversary.txt":
      """
      Fifteen years after the derailment
      Published: 2013-06-03

      CELLE, Germany - More than 100 people were injured in the derailment, officials said.
      """
    When the articles are ingested
    Then the claims include:
      | quantity | low | place     |
      | 88       | 88  | seriously |
      |          | 101 |           |
    And there are 0 conflicts

  Scenario: A toll confirmed by the evening of the collapse and the final toll years later
    Given an article "first-day.txt":
      """
      Building collapses
      Published: 2013-04-25

      SAVAR, Bangladesh - The army said at least 194 people had been confirmed dead by the evening.
      """
    And an article "five-years.txt":
      """
      Five years on
      Published: 2018-04-24

      LONDON - Five years after the collapse of the Rana Plaza building near Dhaka killed 1,134 people, retailers and campaigners disagree about how much has changed.
      """
    When the articles are ingested
    Then the claims include:
      | low  |
      | 194  |
      | 1134 |
    And there are 0 conflicts

  Scenario: A toll brought higher days later
    Given an article "saturday.txt":
      """
      Crush at festival
      Published: 2010-07-25

      DUISBURG, Germany - Nineteen people were killed in the crush on Saturday, according to the fire service.
      """
    And an article "wednesday.txt":
      """
      Crush toll rises
      Published: 2010-07-28

      DUISBURG, Germany - A woman died in hospital, bringing the death toll from the crush to 21, police said.
      """
    When the articles are ingested
    Then the claims include:
      | low |
      | 19  |
      | 21  |
    And there are 0 conflicts

  Scenario: Two towns' stories told through their nations' adjectives
    Given an article "cork.txt":
      """
      Engineers displaced
      Published: 2024-10-05

      The Cork Chamber of Commerce said that 40 engineers were displaced on October 3. Irish police said the Cork Chamber of Commerce had been warned. The Irish Red Cross asked for help.
      """
    And an article "debrecen.txt":
      """
      Engineers displaced
      Published: 2024-10-07

      The Debrecen Chamber of Commerce said that 800 engineers were displaced in October. Hungarian police said the Debrecen Chamber of Commerce had been warned. The Hungarian Red Cross asked for help.
      """
    When the articles are ingested
    Then the claims include:
      | low |
      | 40  |
      | 800 |
    And there are 0 conflicts

  Scenario: Another disaster's toll, recalled in passing, is no part of the story's toll
    Given an article "twenty-years.txt":
      """
      Bradford remembers
      Published: 2005-05-11

      Bradford remembers its dead. The Hillsborough disaster four years later, in which 96 Liverpool fans died, changed the game. Bradford was rebuilt.
      """
    And an article "judge.txt":
      """
      Judge dismisses arson claims
      Published: 2015-04-16

      The Bradford fire killed 56 people, the judge said. Bradford supporters gathered on Saturday.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 96       |
      | 56       |
    And there are 0 conflicts

  Scenario: Another mine's toll, recalled as what happened in a year long past
    Given an article "blast.txt":
      """
      Second blast ends hope at Pike River
      Published: 2010-11-25

      GREYMOUTH, New Zealand - It is New Zealand's worst mining disaster at Pike River since 1914, when 43 men died in an explosion at Ralph's Mine in Huntly.
      """
    And an article "commission.txt":
      """
      Pike River commission reports
      Published: 2012-11-05

      WELLINGTON, New Zealand - The royal commission on Pike River concluded that the 29 men died immediately after the first explosion on 19 November 2010.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 43       |
      | 29       |
    And there are 0 conflicts

  Scenario: Deaths documented by name are a floor, which a higher toll takes in
    Given an article "archive.txt":
      """
      Archive names the dead of Tlatelolco
      Published: 2006-11-30

      MEXICO CITY - Researchers at the National Security Archive have documented 44 deaths at Tlatelolco, identifying the victims by name.
      """
    And an article "anniversary.txt":
      """
      Tlatelolco remembered
      Published: 2018-10-02

      MEXICO CITY - Human rights groups say more than 300 people were killed at Tlatelolco in 1968.
      """
    And an article "official.txt":
      """
      Troops clash with snipers at Tlatelolco
      Published: 1968-10-03

      MEXICO CITY - Twenty people were killed at Tlatelolco, according to official figures.
      """
    When the articles are ingested
    Then a numeric conflict between "official figures" and "National Security Archive" is flagged
    And no conflict pairs "44 deaths" with "more than 300"

  Scenario: A toll given as a floor on the night, against the final toll
    Given an article "aground.txt":
      """
      Cruise ship runs aground off Giglio
      Published: 2012-01-14

      GIGLIO, Italy - The cruise ship Costa Concordia ran aground off Giglio on Friday night, killing at least three people, Italian officials said.
      """
    And an article "righted.txt":
      """
      Costa Concordia righted off Giglio
      Published: 2013-09-17

      GIGLIO, Italy - Engineers righted the Costa Concordia off Giglio on Tuesday. Thirty-two people died in the disaster.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 3        |
      | 32       |
    And there are 0 conflicts

  Scenario: Students listed among those aboard, and students listed among the dead
    Given an article "capsized.txt":
      """
      Ferry capsizes off Jindo
      Published: 2014-04-16

      JINDO, South Korea - The ferry Sewol capsized off Jindo on Wednesday. Among those aboard were 325 students from Danwon High School.
      """
    And an article "decade.txt":
      """
      Ten years after the Sewol
      Published: 2024-04-16

      ANSAN, South Korea - The Sewol sank off Jindo in 2014 and 304 people died. Among them were 250 students from Danwon High School.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 325      |
      | 250      |
    And there are 0 conflicts

  Scenario: A minister who said he would not resign, and resigned
    Given an article "report.txt":
      """
      Commission finds Sharon bears personal responsibility
      Published: 1983-02-09

      JERUSALEM - Defence Minister Ariel Sharon told reporters last night he would not resign.
      """
    And an article "forty-years.txt":
      """
      Forty years after Sabra and Shatila
      Published: 2022-09-16

      JERUSALEM - Ariel Sharon resigned as defence minister in February 1983.
      """
    When the articles are ingested
    Then the claims include:
      | predicate | polarity |
      | resign    | negative |
      | resign    | positive |
    And there are 0 conflicts

  Scenario: A state's toll and a toll for no place whose sentence names the other states
    Given an article "anniversary.txt":
      """
      Katrina, one year on
      Published: 2006-08-29

      NEW ORLEANS - Church bells rang across New Orleans on Tuesday to mark one year since Hurricane Katrina. Louisiana health officials have counted 1,464 deaths in the state. Louisiana has rebuilt few of its levees.
      """
    And an article "decade.txt":
      """
      Katrina's toll, a decade on
      Published: 2015-08-28

      NEW ORLEANS - A decade after Hurricane Katrina, there is still no single count of its dead in Louisiana. The storm killed 1,833 people, according to the National Hurricane Center, a figure that includes deaths in Louisiana, Mississippi, Florida, Georgia and Alabama.
      """
    When the articles are ingested
    Then the claims include:
      | source                     | quantity |
      | Louisiana health officials | 1464     |
      | National Hurricane Center  | 1833     |
    And there are 0 conflicts

  Scenario: Deaths related to a disaster are not the disaster's toll
    Given an article "decade.txt":
      """
      Fukushima, ten years on
      Published: 2021-03-11

      FUKUSHIMA, Japan - More than 2,300 disaster-related deaths, mostly among elderly people moved from hospitals, have been recorded in Fukushima, the prefectural government says.
      """
    And an article "toll.txt":
      """
      Fukushima counts its dead
      Published: 2021-03-10

      FUKUSHIMA, Japan - About 1,600 people in Fukushima were killed by the earthquake and tsunami, according to prefectural figures.
      """
    When the articles are ingested
    Then the claims include:
      | source                 | quantity |
      | prefectural government | 2300     |
      | prefectural figures    | 1600     |
    And there are 0 conflicts

  Scenario: The dead of the day and the dead in all
    Given an article "report.txt":
      """
      Saville report published
      Published: 2010-06-15

      LONDON - The inquiry into Bloody Sunday in Derry reported on Tuesday. Thirteen people were shot dead on the day and another man died later of his wounds.
      """
    And an article "memorial.txt":
      """
      Derry remembers Bloody Sunday
      Published: 2022-01-30

      DERRY - Families gathered in Derry to mark fifty years since Bloody Sunday. In all, 14 people died as a result of the shooting.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 13       |
      | 14       |
    And there are 0 conflicts

  Scenario: Bodies recovered so far, and more recovered later
    Given an article "divers.txt":
      """
      Divers reach the Kursk
      Published: 2000-10-27

      MURMANSK, Russia - Divers working on the Kursk have so far recovered four bodies from the wreck of the Kursk.
      """
    And an article "raised.txt":
      """
      The Kursk raised
      Published: 2001-11-10

      MURMANSK, Russia - After the wreck of the Kursk was raised, 115 bodies have been recovered from the Kursk.
      """
    When the articles are ingested
    Then the claims include:
      | quantity |
      | 4        |
      | 115      |
    And there are 0 conflicts

  Scenario: The dead of one people are a part of the toll, not a rival figure
    Given an article "centenary.txt":
      """
      Armenia marks the centenary
      Published: 2015-04-24

      YEREVAN, Armenia - Armenia says the deportations of 1915 killed 1.5 million people.
      """
    And an article "historians.txt":
      """
      Historians on 1915
      Published: 2021-04-24

      YEREVAN, Armenia - Turkish historians say that hundreds of thousands of Muslims also died in 1915.
      """
    When the articles are ingested
    Then the claims include:
      | source             | quantity |
      | Armenia            | 1500000  |
    And there are 0 conflicts

  Scenario: The killing of a counted group is a part of the dead in all
    Given an article "inquiry.txt":
      """
      Commission reports on Marikana
      Published: 2015-06-26

      PRETORIA, South Africa - President Jacob Zuma released the report of the commission into the killing of 34 miners at Marikana in August 2012.
      """
    And an article "anniversary.txt":
      """
      Ten years after Marikana
      Published: 2022-08-16

      MARIKANA, South Africa - The union said that 44 people died in the strike-related violence at Marikana in August 2012.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity |
      | union  | 44       |
    And there are 0 conflicts

  Scenario: The dead of the week before a shooting are none of the shooting's dead
    Given an article "shooting.txt":
      """
      Police kill 34 miners at Marikana
      Published: 2012-08-17

      MARIKANA, South Africa - The police commissioner said officers shot dead 34 miners at Marikana on Thursday. Ten people were killed in violence at the mine in the week before the shooting, the union said.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity |
      | union  | 10       |
    And there are 0 conflicts

  Scenario: A toll "as high as" a round figure agrees with an exact figure just above it
    Given an article "tangshan.txt":
      """
      Tangshan, forty years on
      Published: 2016-07-28

      TANGSHAN, China - A provincial document says 655,237 people were killed in the earthquake. Some foreign researchers say the real toll may have been as high as 655,000.
      """
    When the articles are ingested
    Then the claims include:
      | source              | quantity |
      | foreign researchers | 655000   |
    And there are 0 conflicts

  Scenario: Most of those on a list of the missing found alive, and the toll of the dead
    Given an article "lahaina.txt":
      """
      Lahaina toll lowered
      Published: 2023-09-16

      LAHAINA, Hawaii - The governor's office said that 97 people had been confirmed dead in the Lahaina wildfire. In August, the FBI said 1,000 to 1,100 people were unaccounted for after the fire. Most of those on the list have since been found alive, officials said.
      """
    When the articles are ingested
    Then the claims include:
      | source    | quantity |
      | governor's office | 97 |
    And there are 0 conflicts

  Scenario: Another earthquake's toll, named after the story's own, dated in a clause
    Given an article "tangshan-forty-years.txt":
      """
      Forty years on, Tangshan remembers
      Published: 2016-07-28

      TANGSHAN, China - Survivors gathered in Tangshan on Thursday to mark 40 years since the earthquake that struck the city before dawn on July 28, 1976. More than 240,000 people died in the quake, according to official figures. The 2008 Sichuan earthquake killed 69,227 people, according to the government.
      """
    When the articles are ingested
    Then the claims include:
      | source | quantity | place                   |
      | China  | 69227    | from Sichuan earthquake |
    And there are 0 conflicts

  Scenario: A ferry's sinking of 1993, recalled with its toll in a piece on another ferry, is another event
    Given an article "sewol-toll.txt":
      """
      Sewol toll
      Published: 2014-05-20

      JINDO, South Korea - The coast guard said 304 people died in the sinking of the Sewol.
      """
    And an article "sewol-rules.txt":
      """
      A year after the Sewol
      Published: 2015-04-16

      SEOUL, South Korea - Officials said the 1993 sinking of the Seohae ferry, which killed 292 people, had led to new rules, which the owners of the Sewol ignored.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: The rescued counted so far on the second day, and the rescued counted when the rescue was over
    Given an article "day-two.txt":
      """
      Hundreds still trapped in Savar
      Published: 2013-04-25

      SAVAR, Bangladesh - Fire service officials said about 1,500 people had been rescued alive so far from the collapsed Rana Plaza building in Savar.
      """
    And an article "over.txt":
      """
      Rescue ends at Rana Plaza
      Published: 2013-05-14

      SAVAR, Bangladesh - The army said 2,438 people had been rescued alive from the collapsed Rana Plaza building in Savar.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: No hostage dead of the gas, and the hostages the siege killed
    Given an article "health.txt":
      """
      Moscow siege ends
      Published: 2002-10-26

      MOSCOW, Russia - The deputy interior minister said none of the hostages at the Dubrovka theatre had died as a result of the gas.
      """
    And an article "prosecutors.txt":
      """
      Dubrovka inquiry closed
      Published: 2007-10-23

      MOSCOW, Russia - Prosecutors said 130 hostages at the Dubrovka theatre died as a result of the siege.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Some of a group found on a mountain, some of the dead, and relatives of some who died are no rivals of the toll
    Given an article "first-day.txt":
      """
      Dozens found in cardiopulmonary arrest on Ontake
      Published: 2014-09-28

      NAGANO, Japan - Of the 31 people found in cardiopulmonary arrest on Mount Ontake, four were confirmed dead after being flown down by helicopter, police said.
      """
    And an article "search-ends.txt":
      """
      Ontake search ends
      Published: 2015-08-07

      NAGANO, Japan - The eruption of Mount Ontake killed 58 people, police said. According to police, 56 of the dead on Mount Ontake were killed by blunt injuries from falling rocks.
      """
    And an article "lawsuit.txt":
      """
      Ontake families sue the state
      Published: 2017-01-20

      NAGANO, Japan - The plaintiffs, relatives of 11 people who died on Mount Ontake and two survivors, filed the suit on Friday.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Two nations' own dead in one crush are two groups
    Given an article "iran.txt":
      """
      Iran raises its Mina toll
      Published: 2015-09-26

      MECCA, Saudi Arabia - Iran said 136 of its nationals had died in the crush at Mina.
      """
    And an article "india.txt":
      """
      India counts its Mina dead
      Published: 2015-10-19

      MECCA, Saudi Arabia - India said 120 of its nationals were killed in the crush at Mina.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: The toll of the previous worst disaster, recalled, is no rival of the story's toll
    Given an article "mina.txt":
      """
      Hundreds killed in crush at Mina
      Published: 2015-09-24

      MECCA, Saudi Arabia - Saudi Arabia's civil defence directorate said a crush of pilgrims at Mina killed 717 people on Thursday. The previous worst disaster at the Hajj, a stampede in a pedestrian tunnel in 1990, killed 1,426 people.
      """
    And an article "toll.txt":
      """
      Saudi Arabia raises Mina toll
      Published: 2015-09-26

      MECCA, Saudi Arabia - Saudi Arabia raised the death toll from the crush at Mina to 769.
      """
    When the articles are ingested
    Then no conflict pairs "1,426" with "769"

  Scenario: A nation's dead, listed beside other nations' figures, are no rival of the toll
    Given an article "tally.txt":
      """
      Mina toll far above Saudi count, tally shows
      Published: 2015-10-19

      MECCA, Saudi Arabia - Pilgrims from dozens of countries died in the crush at Mina. Nigeria has reported 199 dead, Egypt 182 and Indonesia 129.
      """
    And an article "saudi.txt":
      """
      Saudi Arabia keeps Mina toll
      Published: 2015-10-20

      MECCA, Saudi Arabia - Saudi Arabia said 769 pilgrims died in the crush at Mina.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A toll of an earlier year, recalled with its year, is not the year's own toll
    Given an article "exodus.txt":
      """
      Rohingya exodus passes 270,000
      Published: 2017-09-08

      COX'S BAZAR, Bangladesh - The army says about 400 people have been killed in Rakhine since the operations began. Communal violence in 2012 killed about 200 people and drove some 140,000 from their homes.
      """
    When the articles are ingested
    Then no conflict pairs "about 400 people" with "about 200 people"

  Scenario: A state's own count of the dead is a part of the country's toll
    Given an article "maharashtra.txt":
      """
      Maharashtra's toll passes 1,200
      Published: 2020-05-12

      MUMBAI, India — Maharashtra's official count now stands at 1,230 deaths, the most of any state.
      """
    And an article "india.txt":
      """
      India's toll passes 3,000
      Published: 2020-05-13

      NEW DELHI — India's health ministry said 3,029 people had died of COVID-19 since the pandemic began.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: The toll of an older pandemic, believed and dated by its name, is no rival of today's
    Given an article "who.txt":
      """
      WHO puts India's pandemic toll at 4.7 million
      Published: 2022-05-06

      GENEVA — The World Health Organization said 4.7 million people died in India during the COVID-19 pandemic. Even that falls short of the 1918 influenza pandemic, which is believed to have killed between 12 million and 17 million people in India.
      """
    When the articles are ingested
    Then no conflict pairs "4.7 million" with "12 million"

  Scenario: The world's toll is no rival of one country's
    Given an article "who.txt":
      """
      WHO puts India's pandemic toll at 4.7 million
      Published: 2022-05-06

      NEW DELHI — The WHO said on Thursday that 4.7 million people died of COVID-19 in 2020 and 2021. Worldwide, the WHO said, the pandemic caused 14.9 million excess deaths over 2020 and 2021.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Those who have fled since the violence began, counted two weeks in and a year on
    Given an article "exodus.txt":
      """
      Rohingya exodus passes 270,000
      Published: 2017-09-08

      COX'S BAZAR, Bangladesh - About 270,000 Rohingya have fled Myanmar into Bangladesh in the two weeks since violence erupted on Aug. 25, the UN refugee agency said.
      """
    And an article "year-on.txt":
      """
      A year on, Rohingya refugees wait in camps
      Published: 2018-08-30

      COX'S BAZAR, Bangladesh - More than 700,000 Rohingya have fled to Bangladesh since August 2017, according to the UN refugee agency.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A day's count of deaths is a part of the toll, not a rival of it
    Given an article "daily.txt":
      """
      India's toll passes 10,000
      Published: 2020-06-13

      NEW DELHI — The federal health ministry reported 6,148 deaths in 24 hours on Friday. The health ministry said 10,956 people had died of COVID-19 in India since the pandemic began.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A stretch's share of the dead is a part of the toll
    Given an article "study.txt":
      """
      Study finds India's pandemic toll far higher
      Published: 2022-01-07

      NEW DELHI — India's official count is far too low, researchers in India say. About 3.2 million Indians had died of COVID-19 by September 2021, the study estimated. It found that about 2.7 million of those deaths occurred between April and July 2021.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Every death of a month, of all causes, is no rival of a disaster's toll
    Given an article "registry.txt":
      """
      Deaths in Puerto Rico rose after Maria, registry shows
      Published: 2018-06-01

      SAN JUAN, Puerto Rico - The demographic registry said 2,928 deaths from all causes were registered in Puerto Rico in September 2017. A Harvard study estimated that 4,645 people died in Puerto Rico after the hurricane.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: "The state's" toll is the toll of the state named before, a part of the country's
    Given an article "gujarat.txt":
      """
      Gujarat reports 24 more deaths
      Published: 2020-05-21

      AHMEDABAD, India — Gujarat reported 24 more deaths on Thursday. The state's official toll stands at 1,038.
      """
    And an article "india.txt":
      """
      India's toll passes 3,500
      Published: 2020-05-22

      NEW DELHI — India's health ministry said 3,583 people had died of COVID-19 since the pandemic began.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A claim that no deaths were concealed counts no dead
    Given an article "bihar.txt":
      """
      Bihar adds 3,951 deaths to its toll
      Published: 2021-06-10

      PATNA, India — Bihar's health department said 9,429 people had died of COVID-19 in the state. As recently as last month, state officials maintained that no deaths were being concealed.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Those killed directly by a storm are a part of all its dead
    Given an article "direct.txt":
      """
      Puerto Rico raises Maria toll to 2,975
      Published: 2018-08-29

      SAN JUAN, Puerto Rico - Puerto Rico's governor said 2,975 people died as a result of Hurricane Maria. Government officials have said that dozens of people were killed directly by the storm's winds, floods and landslides.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: People said to be fleeing are not the people counted dead
    Given an article "speech.txt":
      """
      Suu Kyi says most Rohingya villages are intact
      Published: 2017-09-20

      NAYPYIDAW, Myanmar - Aung San Suu Kyi said her government wanted to find out why people were fleeing. The army says about 400 people have been killed since August 25.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A figure another figure is said to double, and a figure said to be exaggerated, are no counts of the dead
    Given an article "orb.txt":
      """
      Poll puts Iraqi deaths above one million
      Published: 2007-09-14

      LONDON — More than 1 million Iraqis have been killed since the invasion, according to a poll by Opinion Research Business. The poll's estimate is nearly double the 655,000 excess deaths estimated by a Johns Hopkins team in The Lancet last October.
      """
    And an article "census.txt":
      """
      Sri Lanka census counts 9,000 deaths in war zone
      Published: 2012-02-24

      COLOMBO, Sri Lanka — A government census recorded about 9,000 deaths in the Northern Province during 2009. Government officials said the estimate of up to 40,000 civilian deaths in a UN panel report was grossly exaggerated.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: Violent deaths are a part of all the dead, not their rival
    Given an article "ifhs.txt":
      """
      Survey puts violent deaths in Iraq at 151,000
      Published: 2008-01-31

      BAGHDAD, Iraq — A survey estimated that about 400,000 people had died in Iraq since the invasion. About 151,000 of them died violently, the survey found.
      """
    When the articles are ingested
    Then there are 0 conflicts

  Scenario: A figure denied is no rival of a range around it, nor of deaths told without a figure
    Given an article "harvard.txt":
      """
      Harvard study puts Maria toll far above official count
      Published: 2018-05-29

      SAN JUAN, Puerto Rico - The true toll lies between 793 and 8,498 deaths, the authors said. "People have died because their oxygen machines stopped working," said Marisol Vega, who runs a shelter.
      """
    And an article "tweet.txt":
      """
      Trump disputes Puerto Rico toll
      Published: 2018-09-14

      WASHINGTON - "3000 people did not die in the two hurricanes that hit Puerto Rico," Trump wrote on Twitter.
      """
    When the articles are ingested
    Then there are 0 conflicts
