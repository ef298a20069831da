Feature: Negation conflicts
  One source affirms what another negates or denies.

  Scenario: A claim and its negation
    Given an article "remains.txt":
      """
      Dispute over remains
      Published: 2004-12-08

      North Korean officials said that the bones belonged to Megumi Yokota. Japanese officials said that the bones did not belong to Megumi Yokota.
      """
    When the articles are ingested
    Then a negation conflict between "North Korea" and "Japan" is flagged
    And its explanation mentions "affirmed vs negated"

  Scenario: A plant that will or will not close
    Given an article "plant.txt":
      """
      Future of the plant
      Published: 2024-03-05

      The company said that the plant would close. The union said that the plant would not close.
      """
    When the articles are ingested
    Then a negation conflict between "company" and "union" is flagged

  Scenario: A claim and its denial
    Given an article "talks.txt":
      """
      Trade talks in doubt
      Published: 2024-03-08

      The minister said that the talks had collapsed. The embassy denied that the talks had collapsed.
      """
    When the articles are ingested
    Then a negation conflict between "minister" and "embassy" is flagged
    And its explanation mentions "a claim and its denial"

  Scenario: A denial of what the other side says happened
    Given an article "ballots.txt":
      """
      Ballots row
      Published: 2024-03-07

      The electoral commission denied that ballots were destroyed. The opposition said that ballots were destroyed.
      """
    When the articles are ingested
    Then a negation conflict between "electoral commission" and "opposition" is flagged

  Scenario: "No sign that" and "no way to" deny what another source claims
    Given an article "figures.txt":
      """
      Row over the jobs figures
      Published: 2025-08-04

      The president said that the monthly figures had been rigged. The former commissioner said that a commissioner had no way to alter the monthly figures.
      """
    When the articles are ingested
    Then a negation conflict between "president" and "former commissioner" is flagged
    And its explanation mentions "affirmed vs negated"

  Scenario: Having none of something denies having it, and only that thing
    Given an article "weapons.txt":
      """
      Iraq hands over its declaration
      Published: 2002-12-08

      BAGHDAD - Iraq insisted that it has no weapons of mass destruction. Vice President Dick Cheney said Iraq has weapons of mass destruction. Colin Powell said Iraq had seven mobile production facilities.
      """
    When the articles are ingested
    Then a negation conflict between "Iraq" and "Dick Cheney" is flagged
    And there are 1 conflicts

  Scenario: Remains that "do not belong" to her, and remains that "belonged to other people"
    Given an article "remains-2004.txt":
      """
      DNA tests on the remains
      Published: 2004-12-08

      TOKYO - Human remains that North Korea handed over last month as those of abductee Megumi Yokota do not belong to her, the Japanese government said on Wednesday. North Korean officials said the bones belonged to Megumi.
      """
    And an article "remains-2020.txt":
      """
      Megumi's father dies
      Published: 2020-06-05

      Japanese DNA tests found the remains belonged to other people.
      """
    When the articles are ingested
    Then a negation conflict between "Japan" and "North Korea" is flagged
    And no conflict pairs "do not belong to her" with "belonged to other people"

  Scenario: Who sank the ship: a torpedo fired by one country's submarine, and that country's denial
    Given an article "cheonan.txt":
      """
      Investigators blame North Korea for sinking warship
      Published: 2010-05-20

      SEOUL - A team of international investigators concluded that a torpedo fired by a North Korean submarine sank the South Korean warship Cheonan. North Korea's National Defence Commission said the findings were "a sheer fabrication" and insisted that the North had nothing to do with the sinking.
      """
    When the articles are ingested
    Then a negation conflict between "team of international investigators" and "National Defence Commission" is flagged

  Scenario: A finding of guilt in other words, and a denial of any involvement
    Given an article "finding.txt":
      """
      Britain blames Russia for nerve agent attack
      Published: 2018-03-13

      LONDON - Prime Minister Theresa May said there was no alternative conclusion other than that the Russian state was culpable for the attack.
      """
    And an article "denial.txt":
      """
      Moscow rejects British accusations
      Published: 2018-03-14

      MOSCOW - The Kremlin denied any involvement in the poisoning. Foreign Minister Sergei Lavrov said Britain had presented no evidence of Russian involvement.
      """
    When the articles are ingested
    Then a negation conflict between "Theresa May" and "Russia" is flagged

  Scenario: A denial of involvement, then responsibility accepted
    Given an article "denial.txt":
      """
      Indictment over the airliner bombing
      Published: 1991-11-15

      Ruritania denied any involvement in the bombing of the airliner.
      """
    And an article "acceptance.txt":
      """
      Ruritania owns up to the airliner bombing
      Published: 2003-08-16

      Ruritania formally accepted responsibility for the bombing of the airliner in a letter to the Security Council.
      """
    When the articles are ingested
    Then a negation revision by "Ruritania" is flagged
    And its explanation mentions "denial"

  Scenario: A verdict against the convicted man's word, naming him in full after an article that gave only his surname
    Given an article "appeal.txt":
      """
      Mladic loses his appeal
      Published: 2021-06-08

      Mladic maintained his innocence throughout the appeal. Mladic will serve a life sentence.
      """
    And an article "verdict.txt":
      """
      Mladic convicted of genocide
      Published: 2017-11-22

      Ratko Mladic has been found guilty of genocide by a UN tribunal in The Hague. Mladic was the Bosnian Serb commander.
      """
    When the articles are ingested
    Then a negation conflict between "Mladic" and the article's own "found guilty" is flagged

  Scenario: Whether the killings were genocide, each side naming the event in its own words
    Given an article "ruling.txt":
      """
      Tribunal rules Srebrenica killings were genocide
      Published: 2004-04-19

      THE HAGUE - The appeals chamber of the tribunal ruled that the massacre at Srebrenica amounted to genocide.
      """
    And an article "denial.txt":
      """
      Srebrenica anniversary passes amid denial
      Published: 2021-07-11

      BELGRADE - Serbian officials have long maintained that there was no genocide at Srebrenica.
      """
    When the articles are ingested
    Then a negation conflict between "appeals chamber of the tribunal" and "Serbia" is flagged

  Scenario: The article says he did not apologize; historians say he did
    Given an article "visit.txt":
      """
      Putin and Tusk mark Katyn anniversary together
      Published: 2010-04-08

      KATYN, Russia - Putin did not apologize on behalf of Russia, and he told reporters that the Russian people had also suffered under Stalin.
      """
    And an article "anniversary.txt":
      """
      Katyn, eighty years on
      Published: 2020-04-13

      WARSAW - Russian President Vladimir Putin apologized for the massacre during a visit to Katyn in 2010, historians note.
      """
    When the articles are ingested
    Then a negation conflict between "historians" and the article's own "did not apologize" is flagged

  Scenario: He stopped short of an apology; a later report says he apologised
    Given an article "visit.txt":
      """
      Cameron calls Amritsar massacre deeply shameful
      Published: 2013-02-20

      AMRITSAR, India - David Cameron described the 1919 Amritsar massacre as deeply shameful during a visit to the site, but stopped short of a formal apology.
      """
    And an article "apology.txt":
      """
      Amritsar families welcome the archbishop's apology
      Published: 2019-09-10

      AMRITSAR, India - The families of the Amritsar victims welcomed the apology. David Cameron, who apologised for the massacre during a 2013 visit, was criticised for refusing to discuss compensation.
      """
    When the articles are ingested
    Then a negation conflict between "David Cameron" and the article's own "who apologised for the massacre" is flagged

  Scenario: The story's event called genocide under one name, denied under another
    Given an article "pope.txt":
      """
      Genocide recognised
      Published: 2015-04-24

      YEREVAN - Pope Francis called the massacres the first genocide of the 20th century.
      """
    And an article "ankara.txt":
      """
      Ankara rejects genocide label
      Published: 2015-04-25

      ANKARA - Turkey accepts that many Armenians died in 1915 but denies that the deaths amounted to genocide.
      """
    When the articles are ingested
    Then a negation conflict between "Francis" and "Turkey" is flagged

  Scenario: Assurances given, by one capital's account, and none given, by the other's
    Given an article "london.txt":
      """
      Marbles meeting cancelled
      Published: 2023-11-28

      LONDON - Downing Street said Athens had given assurances that the marbles would not be raised during the visit.
      """
    And an article "athens.txt":
      """
      Athens answers London
      Published: 2023-11-29

      ATHENS - A Greek government spokesman said the Greek side gave no assurances that the marbles would not be raised during the visit.
      """
    When the articles are ingested
    Then a negation conflict between "Downing Street" and "Greece" is flagged

  Scenario: An apology told by one outlet, and one not yet made told by another
    Given an article "berlin.txt":
      """
      Germany apologises for colonial killings
      Published: 2021-05-28

      BERLIN - Germany apologised on Friday for the killing of tens of thousands of Herero and Nama people.
      """
    And an article "windhoek.txt":
      """
      Reparations talks stall
      Published: 2025-05-28

      WINDHOEK - Four years after the announcement, Germany has yet to formally apologise.
      """
    When the articles are ingested
    Then a negation conflict between the articles' own "Germany apologised on Friday" and "Germany has yet to formally apologise" is flagged

  Scenario: An apology a leader stopped short of, and one an outlet says she offered
    Given an article "commons.txt":
      """
      May expresses regret over Amritsar
      Published: 2019-04-10

      LONDON - Prime Minister Theresa May told parliament on Wednesday that the Amritsar massacre was a shameful scar on British Indian history, expressing deep regret but stopping short of a formal apology.
      """
    And an article "amritsar.txt":
      """
      Amritsar remembers
      Published: 2021-08-29

      AMRITSAR - Descendants said the apology offered by then British prime minister Theresa May in the House of Commons in 2019 had come a century too late for the Amritsar dead.
      """
    When the articles are ingested
    Then a negation conflict between the articles' own "stopping short of a formal apology" and "the apology offered by then British prime minister Theresa May" is flagged

  Scenario: Reports called fake news, against a finding that it happened
    Given an article "lekki-army.txt":
      """
      Army denies shooting at toll gate
      Published: 2020-10-21

      LAGOS - The Nigerian Army said on Twitter that reports of soldiers shooting at protesters at the Lekki toll gate were fake news.
      """
    And an article "lekki-panel.txt":
      """
      Panel report on the Lekki shooting
      Published: 2021-11-16

      LAGOS - The Lagos judicial panel of inquiry found that soldiers shot at protesters at the Lekki toll gate on October 20, 2020.
      """
    When the articles are ingested
    Then a negation conflict between "Nigerian Army" and "Lagos judicial panel of inquiry" is flagged

  Scenario: Two sides each said to have fired first
    Given an article "police.txt":
      """
      Police account of the shooting
      Published: 2012-08-17

      RUSTENBURG, South Africa - Police said strikers fired shots at officers before any police weapon was discharged.
      """
    And an article "survivors.txt":
      """
      A year after the shooting
      Published: 2013-08-16

      RUSTENBURG, South Africa - Survivors insist that police opened fire first.
      """
    When the articles are ingested
    Then a negation conflict between "Police" and "Survivors" is flagged
    And its explanation mentions "strikers fired first vs police fired first"

  Scenario: The side said to have fired first, and where the first shots came from
    Given an article "minister.txt":
      """
      Former minister testifies on Tlatelolco
      Published: 1998-02-10

      MEXICO CITY - Luis Echeverria told a congressional commission that the students at Tlatelolco were armed and had fired on the soldiers first.
      """
    And an article "prosecutor.txt":
      """
      Prosecutor's report on Tlatelolco
      Published: 2006-11-18

      MEXICO CITY - The special prosecutor's report on Tlatelolco concluded that the first shots came from members of the Olimpia Battalion.
      """
    When the articles are ingested
    Then a negation conflict between "Luis Echeverria" and "special prosecutor's report on Tlatelolco" is flagged
    And its explanation mentions "the Olimpia Battalion fired first"

  Scenario: A collision suggested, and denied with the sea it would have happened in
    Given an article "documentary.txt":
      """
      Documentary revives questions over the Estonia
      Published: 2020-09-28

      STOCKHOLM - A documentary shows a hole in the hull of the ferry Estonia. The filmmakers suggest the ferry may have collided with a submarine.
      """
    And an article "seabed.txt":
      """
      Investigators report on the Estonia wreck
      Published: 2023-01-16

      TALLINN - Investigators from Estonia, Finland and Sweden said on Monday that they had found no evidence that the passenger ferry Estonia collided with another vessel or object before it sank in the Baltic Sea in 1994.
      """
    When the articles are ingested
    Then a negation conflict between "filmmakers" and "Investigators from Estonia, Finland and Sweden" is flagged

  Scenario: A company's denial before an inquiry named in the telling, and the inquiry's finding
    Given an article "hearing.md":
      """
      ---
      title: Fire chief tells Grenfell inquiry she would not change the response
      published: 2018-09-27
      ---
      The head of the London Fire Brigade told the Grenfell Tower inquiry on Thursday that she would not change anything about the response. Arconic, which made the Reynobond panels fitted to the tower, has denied that it concealed any risks associated with the panels.

      At least 470 high-rise buildings in England have similar cladding. The inquiry, chaired by Sir Martin Moore-Bick, is expected to report next year.
      """
    And an article "report.md":
      """
      ---
      title: Grenfell inquiry blames companies for the fire
      published: 2024-09-04
      ---
      LONDON - The final report of the Grenfell Tower inquiry found that Arconic deliberately concealed the true extent of the danger of its panels. The report said every death at Grenfell was avoidable.
      """
    When the articles are ingested
    Then a negation conflict between "Arconic" and "final report of the Grenfell Tower inquiry" is flagged

  Scenario: A commander who denies ordering the killings he is said to have ordered
    Given an article "trial.txt":
      """
      Mladic trial opens in The Hague
      Published: 2012-05-16

      THE HAGUE - The trial of Ratko Mladic over the Srebrenica massacre opened on Wednesday. Prosecutors said Mladic personally ordered the executions of the prisoners and oversaw the burial of the bodies.
      """
    And an article "verdict.txt":
      """
      Mladic convicted of genocide
      Published: 2017-11-22

      THE HAGUE - Ratko Mladic, the wartime commander of the Bosnian Serb army, was convicted of genocide for the Srebrenica massacre. Mladic has always denied ordering the killings.
      """
    When the articles are ingested
    Then a negation conflict between "Prosecutors" and "Mladic" is flagged

  Scenario: A deed denied, and said to have been kept up
    Given an article "denial.txt":
      """
      Paris denies arms deliveries
      Published: 1998-04-22

      PARIS - The French Foreign Ministry denied that France had delivered any weapons to the Rwandan government after the massacres in Rwanda began.
      """
    And an article "commission.txt":
      """
      Rwanda accuses France
      Published: 2008-08-05

      KIGALI, Rwanda - A Rwandan commission said France continued to deliver arms to the Rwandan government during the genocide in Rwanda.
      """
    When the articles are ingested
    Then a negation conflict between "France" and "Rwandan commission" is flagged

  Scenario: An event called a crime but not genocide, and ruled genocide
    Given an article "verdict.txt":
      """
      Genocide verdict
      Published: 2004-04-19

      THE HAGUE - The judges ruled that the killings at Srebrenica constituted genocide.
      """
    And an article "dodik.txt":
      """
      Dodik on Srebrenica
      Published: 2010-07-11

      BANJA LUKA - Milorad Dodik said what happened in Srebrenica was a grave crime but not genocide.
      """
    When the articles are ingested
    Then a negation conflict between "judges" and "Milorad Dodik" is flagged

  Scenario: A finding of no evidence for what another source asserts
    Given an article "commission.txt":
      """
      Rwanda accuses France
      Published: 2008-08-05

      KIGALI, Rwanda - A Rwandan commission said French soldiers were directly involved in the killings during the genocide in Rwanda.
      """
    And an article "report.txt":
      """
      French report on Rwanda
      Published: 2008-11-20

      PARIS - A French parliamentary report on the genocide in Rwanda found no evidence that France was complicit in the killings.
      """
    When the articles are ingested
    Then a negation conflict between "Rwandan commission" and "French parliamentary report on the genocide in Rwanda" is flagged

  Scenario: A building said not to be at risk, and declared unsafe
    Given an article "owner.txt":
      """
      Owner says building is safe
      Published: 2013-04-24

      SAVAR, Bangladesh - Sohel Rana, who owns Rana Plaza, said on Tuesday that the cracks in Rana Plaza were minor and that the building was not at risk.
      """
    And an article "engineer.txt":
      """
      Engineer warned of Rana Plaza cracks
      Published: 2013-05-02

      SAVAR, Bangladesh - A government engineer had declared the building unsafe on Tuesday, the day before Rana Plaza collapsed.
      """
    When the articles are ingested
    Then a negation conflict between "Sohel Rana" and "government engineer" is flagged

  Scenario: An event called a massacre, not a riot, against those who called it a riot
    Given an article "grand-jury.txt":
      """
      Grand jury reports on Tulsa
      Published: 1921-06-26

      TULSA, Okla. - A grand jury said the events of May 31 and June 1 were a riot.
      """
    And an article "centennial.txt":
      """
      Tulsa remembers Greenwood
      Published: 2021-05-31

      TULSA, Okla. - The centennial commission said what happened in 1921 was a massacre, not a riot.
      """
    When the articles are ingested
    Then a negation conflict between "grand jury" and "centennial commission" is flagged

  Scenario: "There were not 30,000 disappeared", against the 30,000 the rights groups count
    Given an article "loperfido.txt":
      """
      Minister questions the number of the disappeared
      Published: 2016-01-27

      BUENOS AIRES, Argentina - Dario Loperfido, the city's culture minister, said that there were not 30,000 disappeared during the dictatorship. Estela de Carlotto said that 30,000 people disappeared.
      """
    When the articles are ingested
    Then a negation conflict between "Loperfido" and "Estela de Carlotto" is flagged

  Scenario: "Iran, not Iraq, was responsible", against Iran's denial
    Given an article "halabja-study.txt":
      """
      Study blames Iran for Halabja
      Published: 1990-05-03

      WASHINGTON - A US Army War College study said Iran, not Iraq, was responsible for the deaths at Halabja. Iran denied that it was responsible for the deaths at Halabja.
      """
    When the articles are ingested
    Then a negation conflict between "US Army War College" and "Iran" is flagged

  Scenario: One government accuses another of a deed the other denies
    Given an article "halabja-gas.txt":
      """
      Gas attack on Halabja
      Published: 1988-03-25

      BAGHDAD, Iraq - The Iraqi government accused Iran of using poison gas at Halabja. Iran denied using poison gas at Halabja.
      """
    When the articles are ingested
    Then a negation conflict between "Iraq" and "Iran" is flagged

  Scenario: A building said to be safe, and declared unsafe
    Given an article "owner-safe.txt":
      """
      Owner says building is safe
      Published: 2013-04-24

      SAVAR, Bangladesh - Sohel Rana, who owns Rana Plaza, said on Tuesday that the building was safe.
      """
    And an article "engineer-unsafe.txt":
      """
      Engineer warned of Rana Plaza cracks
      Published: 2013-05-02

      SAVAR, Bangladesh - A government engineer had declared the building unsafe on Tuesday, the day before Rana Plaza collapsed.
      """
    When the articles are ingested
    Then a negation conflict between "Sohel Rana" and "government engineer" is flagged

  Scenario: An attack described as a war crime, against a strike said not to amount to one
    Given an article "msf.txt":
      """
      MSF calls Kunduz strike a war crime
      Published: 2015-10-06

      KABUL, Afghanistan - Medecins Sans Frontieres described the attack on its hospital in Kunduz as a war crime.
      """
    And an article "centcom.txt":
      """
      US military releases Kunduz findings
      Published: 2016-04-29

      KABUL, Afghanistan - Gen. Joseph Votel said the strike on the hospital in Kunduz did not amount to a war crime.
      """
    When the articles are ingested
    Then a negation conflict between "Medecins Sans Frontieres" and "Gen. Joseph Votel" is flagged

  Scenario: Fighters said to shelter inside a compound, against none there when the bombing began
    Given an article "officials.txt":
      """
      Afghan officials defend strike
      Published: 2015-10-05

      KUNDUZ, Afghanistan - Afghan officials in Kunduz maintain that Taliban fighters were sheltering inside the hospital compound at the time of the strike.
      """
    And an article "msf.txt":
      """
      MSF rejects claims of fighters in Kunduz hospital
      Published: 2015-10-07

      KABUL, Afghanistan - Medecins Sans Frontieres said there were no armed combatants inside the hospital compound in Kunduz when the bombing began.
      """
    When the articles are ingested
    Then a negation conflict between "Afghan officials in Kunduz" and "Medecins Sans Frontieres" is flagged

  Scenario: Some of a group captured alive, against none of them surviving
    Given an article "fsb.txt":
      """
      Moscow siege ends
      Published: 2002-10-26

      MOSCOW, Russia - Three of the hostage-takers at the Dubrovka theatre were captured alive, an FSB spokesman said.
      """
    And an article "inquiry.txt":
      """
      Dubrovka inquiry
      Published: 2007-10-23

      MOSCOW, Russia - None of the hostage-takers at the Dubrovka theatre survived the assault, investigators said.
      """
    When the articles are ingested
    Then a negation conflict between "FSB" and "investigators" is flagged

  Scenario: What investigators established, denied by a panel of experts
    Given an article "historical-truth.txt":
      """
      Mexico says 43 students were killed and burned
      Published: 2015-01-27

      MEXICO CITY — Attorney General Jesús Murillo Karam said investigators had established "without any doubt" that the students were murdered and burned at the Cocula rubbish dump.
      """
    And an article "experts.txt":
      """
      Experts reject Mexico's account of missing students
      Published: 2015-09-07

      MEXICO CITY — A panel of independent experts concluded that the students were not incinerated at the Cocula dump.
      """
    When the articles are ingested
    Then a negation conflict between "investigators" and "panel of independent experts" is flagged

  Scenario: A round figure denied is the figure in circulation
    Given an article "toll.txt":
      """
      Puerto Rico raises Maria toll to 2,975
      Published: 2018-08-29

      SAN JUAN, Puerto Rico - The government of Puerto Rico said 2,975 people died as a result of Hurricane Maria.
      """
    And an article "tweet.txt":
      """
      Trump disputes Puerto Rico toll
      Published: 2018-09-14

      WASHINGTON - "3000 people did not die in the two hurricanes that hit Puerto Rico," Trump wrote on Twitter.
      """
    When the articles are ingested
    Then a negation conflict between "government of Puerto Rico" and "Trump" is flagged

  Scenario: Forces said to have set the fires, and soldiers said to have burned homes
    Given an article "refugees.txt":
      """
      Rohingya refugees describe villages set ablaze
      Published: 2017-09-08

      COX'S BAZAR, Bangladesh - Refugees arriving from Myanmar's Rakhine state said Myanmar's soldiers had burned their homes in Rakhine.
      """
    And an article "denial.txt":
      """
      Myanmar denies burning Rohingya villages
      Published: 2017-09-12

      YANGON, Myanmar - Myanmar's government denies that its forces set the fires in Rakhine.
      """
    When the articles are ingested
    Then a negation conflict between "Refugees" and "Myanmar" is flagged
