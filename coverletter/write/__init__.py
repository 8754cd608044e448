"""write: the letter's text, offline from a template or through a model.

Template views and evidence selection, English phrasing, the skill guard, word-band fitting, the offline
composer; the frame (sender, date, recipient, salutation, closing); the prompt, the LLM client, the local
server, reply parsing and the write-revise loop. May import: the leaves, profile, job, match and
templating; never check (a checker is passed in by the pipeline).
"""
