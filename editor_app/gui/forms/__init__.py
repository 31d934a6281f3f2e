"""Forms generated from ../../ui by pyside6-uic: never edited by hand."""
