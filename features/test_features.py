"""Binds every feature file under features/ to pytest; the steps come from claimtrack's pytest plugin."""

from pytest_bdd import scenarios

scenarios(".")
