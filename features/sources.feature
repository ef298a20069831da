Feature: Knowing who is speaking
  A claim is only as good as its source. News names a speaker with a title, an apposition, a pronoun,
  a short name or a description ("the association", "the North", "officials"). claimtrack gives
  every claim the full name of the real source, and keeps the words the article used beside it.

  Scenario: A title before the name is not part of the name
    Given an article "title.txt":
      """
      Tokyo suspects abductions
      Published: 1997-03-25

      Deputy Cabinet spokesman Shinzo Abe said the government suspected that seven Japanese had been abducted by North Korea.
      """
    When the articles are ingested
    Then the claims include:
      | source     | source text                          | cue | content                                                                       |
      | Shinzo Abe | Deputy Cabinet spokesman Shinzo Abe  | say | the government suspected that seven Japanese had been abducted by North Korea |

  Scenario: An apposition after the name is not part of the name
    Given an article "apposition.txt":
      """
      Summit in Pyongyang
      Published: 2002-09-17

      Ryu Kyong, a North Korean official, told the Japanese delegation that eight of the abductees had died.
      """
    When the articles are ingested
    Then the claims include:
      | source    | source text | cue  | kind  | predicate | quantity |
      | Ryu Kyong | Ryu Kyong   | tell | count | dead      | 8        |

  Scenario: The name given after a description is the speaker, not a name inside the description
    Given an article "owner.txt":
      """
      Factory building collapses
      Published: 2013-04-24

      The owner of Rana Plaza, Sohel Rana, said the building was safe.
      """
    When the articles are ingested
    Then the claims include:
      | source     | cue | content               |
      | Sohel Rana | say | the building was safe |

  Scenario: A short name and a pronoun point back to the full name
    Given an article "short.txt":
      """
      Union leader
      Published: 2023-01-11

      CGT leader Philippe Martinez said 2 million people had marched. Martinez said the reform must be withdrawn. "We will not give up," he said.
      """
    When the articles are ingested
    Then the claims include:
      | source            | source text                 | quantity | content                      |
      | Philippe Martinez | CGT leader Philippe Martinez | 2000000  | 2 million people had marched |
      | Philippe Martinez | Martinez                    |          | the reform must be withdrawn |
      | Philippe Martinez | he                          |          | We will not give up          |

  Scenario: A description points back to the organisation named before
    Given an article "society.txt":
      """
      Relief effort
      Published: 2024-02-26

      The Japanese Red Cross Society met in Tokyo on Monday. The society said 300 volunteers had been sent to the region.
      """
    When the articles are ingested
    Then the claims include:
      | source                     | source text | cue | quantity |
      | Japanese Red Cross Society | The society | say | 300      |

  Scenario: "The union" is the union the story named
    Given an article "union.txt":
      """
      Turnout
      Published: 2023-01-20

      Philippe Martinez leads the CGT. The union said more than 2 million people had marched across France.
      """
    When the articles are ingested
    Then the claims include:
      | source | source text | kind  | quantity |
      | CGT    | The union   | count | 2000000  |

  Scenario: A country is one source whatever it is called
    Given an article "country.txt":
      """
      Two accounts
      Published: 2024-02-26

      North Korea denied the charges on Monday. The North said that eight of the abductees had died. Pyongyang says four never entered the country. The Japanese government says 17 citizens were abducted. Tokyo believes that some of the abductees may still be alive.
      """
    When the articles are ingested
    Then the claims include:
      | source      | source text             | predicate | quantity |
      | North Korea | The North               | dead      | 8        |
      | North Korea | Pyongyang               | enter     | 4        |
      | Japan       | The Japanese government | abduct    | 17       |
      | Japan       | Tokyo                   | alive     | some     |

  Scenario: Officials with no country are the article's country's
    Given an article "officials.txt":
      """
      Strikes spread
      Published: 2023-01-20

      Strikes spread across France as French unions marched in Paris and Marseille. Officials said that 1.12 million people had marched. The Interior Ministry said that 80,000 people had marched in Paris.
      """
    When the articles are ingested
    Then the claims include:
      | source                  | source text           | quantity |
      | France                  | Officials             | 1120000  |
      | French Interior Ministry | The Interior Ministry | 80000    |

  Scenario: A relative the story names is that person
    Given an article "relatives.txt":
      """
      A mother's wait
      Published: 2024-02-26

      Sakie Yokota, Megumi Yokota's mother, spoke in Tokyo. Her daughter was abducted in 1977. She said her daughter was still alive.
      """
    When the articles are ingested
    Then the claims include:
      | source       | source text | kind   | subject       | predicate |
      |              |             | event  | megumi yokota | abduct    |
      | Sakie Yokota | She         | status | megumi yokota | alive     |

  Scenario: "I" inside a quote is whoever the quote is by
    Given an article "mother.txt":
      """
      Mother keeps hope
      Published: 2024-02-16

      Sakie Yokota spoke to reporters in Tokyo. "I believe she will come home," Sakie Yokota said.
      """
    When the articles are ingested
    Then the claim "she will come home" is by "Sakie Yokota"
    And the claim "she will come home" has commitment "belief"

  Scenario: An aside, a place and the last sentence's subject do not change who is speaking
    Given an article "katyn.txt":
      """
      Soviet commission reports
      Published: 1944-01-26

      The commission said it had examined the graves after the Red Army retook the Smolensk area. It said the prisoners had been shot near the village of Katyn, which it said was under German control at the time. The Madhya Pradesh government said 3,787 people had died.
      """
    When the articles are ingested
    Then the claims include:
      | source         | content                                         |
      | commission     | the prisoners had been shot near the village of Katyn |
      | commission     | which it said was under German control at the time |
      | Madhya Pradesh | 3,787 people had died                           |

  Scenario: "It said" after what is said continues the body that spoke before
    Given an article "list.txt":
      """
      Japan adds a name to its list
      Published: 2005-04-25

      The ministry said the addition brings the list to 16 people. Five of them have returned home, it said.
      """
    When the articles are ingested
    Then the claims include:
      | source   | content                         |
      | ministry | Five of them have returned home |

  Scenario: An aside before the speaker is not the speaker
    Given an article "wounded.txt":
      """
      Dozens wounded on the island
      Published: 2011-07-23

      OSLO, Norway - Dozens of people were wounded on the island, many of them teenagers who had tried to swim to the mainland, hospital officials said.
      """
    When the articles are ingested
    Then the claims include:
      | source             | predicate |
      | hospital officials | injure    |

  Scenario: A description and the name it is put in other words, the name last
    Given an article "minister.txt":
      """
      Minister questions the number of the disappeared
      Published: 2016-01-27

      BUENOS AIRES, Argentina - The city's culture minister, Dario Loperfido, said that there were not 30,000 disappeared during the dictatorship.
      """
    When the articles are ingested
    Then the claims include:
      | source          | quantity |
      | Dario Loperfido | 30000    |

  Scenario: A speaker named after the cue, the quote ending on words of its own
    Given an article "church.txt":
      """
      Families celebrate
      Published: 2006-01-04

      TALLMANSVILLE, W.Va. - "They're alive, all of them," said a woman who had waited at the church.
      """
    When the articles are ingested
    Then the claims include:
      | source text | predicate |
      | a woman     | alive     |

  Scenario: A hyphen inside a name is part of the source, not the end of a dateline
    Given an article "nord-ost.txt":
      """
      Dubrovka victims keep their own count
      Published: 2012-10-26

      MOSCOW, Russia - The Nord-Ost victims' association puts the number of dead hostages at 174.
      """
    When the articles are ingested
    Then the claim "the number of dead hostages at 174" is by "Nord-Ost victims' association"

  Scenario: A ministry whose owner is named speaks for that owner, not for the story's country
    Given an article "blast.txt":
      """
      Israel blames misfired rocket for Gaza hospital blast
      Published: 2023-10-18

      JERUSALEM — Israel said the blast at the hospital was caused by a misfired rocket, and Israel's military published what it called evidence. Gaza's health ministry said 471 people had been killed. Israel's foreign ministry said the toll was inflated.
      """
    When the articles are ingested
    Then the claim "471 people had been killed" is by "Gaza health ministry"

  Scenario: A body run by a named group speaks as the body, not as the group
    Given an article "blast.txt":
      """
      Hundreds feared dead in Gaza hospital blast
      Published: 2023-10-17

      GAZA CITY — An explosion tore through the grounds of a crowded hospital on Tuesday evening, killing at least 500 people, according to the Hamas-run health ministry.
      """
    When the articles are ingested
    Then the claim "killing at least 500 people" is by "Hamas-run health ministry"

  Scenario: "The army" after a rebel army is named is the state's army
    Given an article "exodus.txt":
      """
      Rohingya exodus passes 270,000
      Published: 2017-09-08

      COX'S BAZAR, Bangladesh - The Arakan Rohingya Salvation Army attacked police posts on Aug. 25. The army says about 400 people have been killed since then.
      """
    When the articles are ingested
    Then the claim "about 400 people have been killed" is by "army"

  Scenario: A speaker's surname the tagger takes for a place keeps the whole name
    Given an article "encinas.txt":
      """
      Truth commission says some Ayotzinapa students were held alive
      Published: 2022-09-26

      MEXICO CITY — Alejandro Encinas told reporters that six of the students had been held alive for several days in a warehouse.
      """
    When the articles are ingested
    Then the claim "six of the students had been held alive" is by "Alejandro Encinas"
