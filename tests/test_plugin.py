"""The pytest plugin lets a desk run .feature files of its own, with no Python test module."""

FEATURE = '''
Feature: Our story about the march
  Scenario: Police and organisers disagree on the turnout
    Given an article "march.txt":
      """
      Thousands march in Lyon
      Published: 2024-03-02

      The organisers said that 40,000 people marched on Saturday. Police said that 12,000 people marched on Saturday.
      """
    When the articles are ingested
    Then the claims include:
      | source     | kind  | quantity |
      | organisers | count | 40000    |
      | Police     | count | 12000    |
    And a numeric conflict between "organisers" and "Police" is flagged
'''


def test_a_feature_file_alone_runs_with_the_ini_switch(pytester):
    pytester.makeini("[pytest]\nclaimtrack_features = true\n")
    pytester.makefile(".feature", our_story=FEATURE)
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(passed=1)


def test_a_wrong_expectation_fails(pytester):
    pytester.makeini("[pytest]\nclaimtrack_features = true\n")
    pytester.makefile(".feature", our_story=FEATURE.replace("12000", "13000"))
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(failed=1)


def test_feature_files_are_left_alone_without_the_switch(pytester):
    pytester.makefile(".feature", our_story=FEATURE)
    result = pytester.runpytest_subprocess("-q")
    assert result.ret == 5  # nothing collected
