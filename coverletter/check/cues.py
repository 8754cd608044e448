"""The cues around a mention that make it no claim of the writer's, or a claim of another kind: a person met, a
kind of people, a unit of an organisation, a disposition, a topic, a title in quotes, a day or a year of study, a
sentence about what would be; and the shapes of two claim kinds of their own, papers and bare websites. Used by
``coverletter.check.claims``.
"""

from __future__ import annotations

import re

# Before a person the writer spoke with or met: "While talking with Diego Gomes", "after meeting Ana Ruiz".
_SPOKEN_WITH = re.compile(r"\b(?:talk(?:ed|ing)?|spoke|speak(?:ing)?|chat(?:ted|ting)?|conversations?|met|meeting|"
                          r"interviewed)(?:\s+(?:with|to))?(?:\s+(?:Dr|Mr|Mrs|Ms|Prof)\.?)?\s*$", re.IGNORECASE)
# A person's name: two or three capitalised words, no initials-only or marked word ("Diego Gomes", "Ana M. Ruiz").
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:de|da|van|von|del|di|le|la)\b)?\s+[A-Z][a-z'’-]+")

# A bare domain name in prose ("outlier.org"), not a link with a path, an e-mail address or a file name.
_DOMAIN = re.compile(r"(?<![\w@/.:-])(?P<stem>[a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)*\."
                     r"(?:com|org|net|io|dev|ai|co|edu|gov|app|me|info)(?:\.[a-z]{2})?(?![\w/@-])(?!\.\w)",
                     re.IGNORECASE)

# Papers claimed: "first author papers", "published articles", "papers in peer-reviewed journals".
_PAPERS = re.compile(
    r"\b(?:first[- ]author(?:ed)?|co-?authored|peer[- ]reviewed|published|journal|conference)\s+(?:papers?|"
    r"publications?|articles?)\b|\b(?:papers?|publications?|articles?)\s+(?:in|at)\s+(?:peer[- ]reviewed\s+|"
    r"international\s+|top\s+)?(?:journals?|conferences?)\b", re.IGNORECASE)

# After an ordinal that names a year of study: "my 4th year", "5th semester".
_OF_STUDY = re.compile(r"[\s-]+(?:year|semester|term|grade)\b", re.IGNORECASE)

# Before a number that names a day or stage rather than counts: "from day 1", "in phase 2", "chapter 3".
_LABELLED = re.compile(r"\b(?:day|week|phase|step|stage|level|tier|round|part|chapter|season|episode|grade)\s+$",
                       re.IGNORECASE)

# Before a skill that is no claim of having it: a disposition towards it ("strong initiatives for continuous
# improvement", "a passion for"), or it as a topic ("the essential role of quality assurance", "the value of").
_NO_CLAIM_OF_SKILL = re.compile(
    r"(?:\b(?:passion|enthusiasm|love|initiatives?|appetite|eye|zeal|knack|flair|curiosity)\s+(?:for|about)|"
    r"\bthe\s+(?:[a-z]+\s+)?(?:role|importance|value|power|benefits?|significance|necessity)\s+of)\s+$",
    re.IGNORECASE)
# A skill that names a unit of people ("network with our automation QA teams"): no claim of the skill, unless the
# writer led, ran, built or joined that unit.
_UNIT_AFTER = re.compile(r"\s+(?:teams?|groups?|departments?|divisions?|units?|squads?)\b", re.IGNORECASE)
_A_UNIT = re.compile(r"\b(?:our|the|their|your|its|other)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_RAN_A_UNIT = re.compile(r"\b(?:led|lead|leading|managed?|managing|head(?:ed|ing)?|ran|run|running|built|"
                         r"founded|started|joined|grew)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A list of qualities something was examined for: "reviewed our suites for redundancy, efficiency, and compliance
# to acceptance criteria" (everyday words there name what was looked for, not skills).
_EXAMINED_FOR = re.compile(
    r"\b(?:review|check|test|audit|scan|inspect|screen|assess|evaluat|analy[sz])\w*\s+(?:[\w'’-]+\s+){0,4}?for\s+"
    r"(?:(?-i:[a-z][\w-]*),?\s+(?:(?:and|or|to|with)\s+)?){0,4}$", re.IGNORECASE)

# After a word that names a kind of people rather than the writer's record: "Masters' students", "British parents",
# "an Italian citizen".
_OF_PEOPLE = re.compile(r"['’]?s?['’]?\s+(?:students?|candidates?|graduates?|citizens?|citizenship|nationals?|"
                        r"parents?|family|father|mother|descent|heritage|passport|roots)\b", re.IGNORECASE)
_OF_KIN = re.compile(r"['’]?s?['’]?\s+(?:citizens?|citizenship|nationals?|nationality|parents?|family|father|mother|"
                     r"descent|heritage|passport|roots)\b", re.IGNORECASE)
_DEGREE_WORDS = r"masters?|master['’]s|ph\.?d\.?s?|bachelors?|bachelor['’]s|doctoral|undergraduates?|postgraduates?"

# A sentence about what would be: "Working for MongoDB has always been a dream of mine", "Joining X would ...".
_WOULD_BE = re.compile(r"\s*(?:working|joining|interning|being|to work|to join)\b(?=[^.;]*?\b(?:would|could|will|"
                       r"might|dream|goal|ambition|aspiration|wish)\b)", re.IGNORECASE)

# A title in double quotes ("Forecasting tumour evolution", "Functional Programming Principles in Scala"): three
# words or more, the title of a paper, theme, course or award, whose words are no skills one by one.
_QUOTED_TITLE = re.compile(r"[\"“](?P<title>[^\"“”]+?(?:\s+[^\s\"“”]+){2,})[\"”]")

# After the name of a unit of another organisation: "(the Developer Ecosystems) group at Arm".
_UNIT_OF = re.compile(r"\s+(?:group|team|division|department|unit|lab|organi[sz]ation)\s+(?:at|of|in)\s+"
                      r"(?P<of>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")

_UNITS_OWN = re.compile(r"\s+(?:group|team|division|department|unit|lab)['’]s\b", re.IGNORECASE)

# Words after a product's name that name no other product: "Google Cloud Computing('s services)", "AWS Services".
_GENERIC_PARTS = {"computing", "services", "service", "platform", "platforms", "software", "suite", "system", "systems",
                  "technologies", "technology", "solutions", "tools", "framework", "frameworks", "stack", "cloud"}
