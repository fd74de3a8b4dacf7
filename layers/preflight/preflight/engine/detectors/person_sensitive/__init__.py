"""``person_sensitive``: a named person together with sensitive information about them.

A cheap pass first: the policy's trigger terms (health, salary, dismissal, home address, age,
religion, orientation, criminal record) are found with one compiled expression. Only the sentences
that hold a trigger are handed to NER (``ner_spans``), in the draft's single NER pass; a PERSON entity
in the same sentence as a trigger makes the finding. Most drafts hold no trigger and pay nothing.

Terms written with capitals (``ALS``, ``HIV``) match case-sensitively, so that "als" or "hiv" inside
other words or languages do not fire; all-lower-case terms match in any case.

Each language is a rule of its own (``rules/default/person_sensitive*.yaml``), with its vocabulary. The
English model finds names in other languages only partly and labels capitalised common words there as
people ("Buchhaltung", "Lindenstraße 14"), so the rules of other languages take an entity as a person
only through its name-shaped words (``trim_entities_to_names``): capitalised words, with particles
such as "de" or "van" between them, at least two of them. A title ("Mme", "Herr", "Sr.", "dhr.")
followed by capitalised words names a person in every language, whatever the model says.

The package: ``options`` (the rule's options), ``names`` (how names, titles and ages look),
``terms`` (the trigger terms, compiled and found), ``people`` (who a fact is about) and ``detector``
(the two together, sentence by sentence).
"""

from preflight.engine.detectors.person_sensitive.detector import PersonSensitiveDetector
from preflight.engine.detectors.person_sensitive.options import PersonSensitiveOptions

__all__ = ["PersonSensitiveDetector", "PersonSensitiveOptions"]
