Feature: Bad files do not stop a batch
  A newsroom folder always holds something that is not an article. claimtrack names each bad
  input with its reason, stores every good article anyway, and keeps what was stored before.

  Scenario: An empty file, a file that is not UTF-8 and a binary file among good articles
    Given the article "corpus/japanese-abductee-families-seek-us-support.txt"
    And an article "empty.txt":
      """
      """
    And a file "latin1.txt" holding the bytes 4e 6f 72 74 68 20 4b 6f 72 65 61 20 e9 74 e9 0a
    And a file "photo.txt" holding the bytes 89 50 4e 47 00 00 00 0d 49 48 44 52
    When the articles are ingested
    Then 1 new article is stored
    And the input "empty.txt" is reported as failed because "empty"
    And the input "latin1.txt" is reported as failed because "not valid UTF-8"
    And the input "photo.txt" is reported as failed because "binary"
    And there are 2 conflicts

  Scenario: A missing path is named
    Given the article "corpus/no-such-article.txt"
    When the articles are ingested
    Then the input "no-such-article.txt" is reported as failed because "no such file"
