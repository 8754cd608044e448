"""German letters: formal "Sie", names after "bei"/"an der"/"am" so that no name is declined (an adjective that
opens a university's name takes its dative ending: "an der Technischen Universität München")."""

from __future__ import annotations

import re

from .phrases import MARK, Phrases


def _fix(text: str) -> str:
    """'an der Technische Universität' -> 'an der Technischen Universität' (the one ending a name needs)."""
    return re.sub(rf"\ban der {MARK}(Technische|Freie|Katholische|Evangelische|Medizinische|Private|Hessische)\b",
                  lambda m: f"an der {MARK}{m.group(1)}n", text)


PHRASES = Phrases(
    code="de",
    job="die Stelle als {title}",
    job_untitled="die ausgeschriebene Stelle",
    at_default="bei {org}",
    at_rules=(
        ("universität|hochschule|fachhochschule|technische|freie|katholische|evangelische|medizinische|"
         "university|universidad|université|universiteit|universita|università|tu|eth|lmu|rwth|-universität|"
         "-hochschule|-akademie", "an der {org}"),
        ("institut|klinikum|zentrum|forschungszentrum|institute|-institut|-zentrum|-klinikum",
         "am {org}"),
        ("stadt|landeshauptstadt|gemeinde|stadtverwaltung|bundeswehr|bundesagentur|deutsche|polizei|-stadt|"
         "-verwaltung",
         "bei der {org}"),
    ),
    at_unknown="bei Ihnen",
    years_current="seit {start}",
    years_past="von {start} bis {end}",
    years_one="im Jahr {start}",
    finish=", voraussichtlich bis {month},",
    fix=_fix,
    lower_after_colon=False,
    slots={
        "open_current": [
            "Ich arbeite derzeit als {position} {at_org} und bewerbe mich um {job} {at_employer}.",
            "Derzeit bin ich als {position} {at_org} tätig; nun bewerbe ich mich um {job} {at_employer}.",
            "Um {job} {at_employer} bewerbe ich mich aus meiner jetzigen Tätigkeit als {position} {at_org}.",
        ],
        "open_past": [
            "Zuletzt war ich als {position} {at_org} tätig und bewerbe mich nun um {job} {at_employer}.",
            "Nach meiner Tätigkeit als {position} {at_org} bewerbe ich mich um {job} {at_employer}.",
        ],
        "open_student": [
            "Ich studiere derzeit {area}{details}{finish} und bewerbe mich um {job} {at_employer}.",
            "Neben meinem Studium {area}{details}{finish} bewerbe ich mich um {job} {at_employer}.",
        ],
        "open_plain": [
            "Ich bewerbe mich um {job} {at_employer}.",
            "Gern bewerbe ich mich um {job} {at_employer}.",
        ],
        "weak_intro": [
            "Für mich wäre {job} ein Wechsel in ein neues Fachgebiet; was ich dafür mitbringe, "
            "beschreibe ich im Folgenden.",
            "Mein bisheriger Weg führt nicht geradlinig zu {job}; einiges davon lässt sich aber übertragen.",
        ],
        "lead_current_skills": [
            "Mit {skills} arbeite ich {at_org}, wo ich {years} als {position} tätig bin.",
            "{at_org} bin ich {years} als {position} tätig und arbeite dort mit {skills}.",
            "Ihre Ausschreibung nennt {skills}; damit arbeite ich {at_org}, wo ich {years} als {position} "
            "beschäftigt bin.",
        ],
        "lead_past_skills": [
            "Erfahrung mit {skills} habe ich {at_org} gesammelt, wo ich {years} als {position} gearbeitet habe.",
            "{at_org} war ich {years} als {position} tätig und habe dort mit {skills} gearbeitet.",
            "Ihre Ausschreibung nennt {skills}; damit habe ich {years} als {position} {at_org} gearbeitet.",
        ],
        "lead_current": [
            "Für {job} bringe ich meine Erfahrung als {position} {at_org} mit, wo ich {years} arbeite.",
            "{at_org} arbeite ich {years} als {position}; diese Erfahrung möchte ich {at_employer} einbringen.",
        ],
        "lead_past": [
            "Für {job} bringe ich auch meine Erfahrung als {position} {at_org} mit, wo ich {years} gearbeitet "
            "habe.",
            "{at_org} habe ich {years} als {position} gearbeitet; auch diese Erfahrung möchte ich "
            "{at_employer} einbringen.",
        ],
        "topic": ["In Ihrer Ausschreibung nennen Sie unter anderem: {topic}.",
                  "Zu Ihren Anforderungen gehört: {topic}."],
        "lines": [
            "Aus dieser Arbeit möchte ich {at_employer} vor allem einbringen: {line}.",
            "Erfahrungen, die ich {at_employer} einbringen kann: {line}.",
            "Für die Arbeit {at_employer} besonders nützlich: {line}.",
        ],
        "more_skills_current": [
            "Dort arbeite ich außerdem mit {skills} – Kenntnisse, die ich auch {at_employer} einbringen kann.",
            "Meine Arbeit mit {skills} {at_org} kann ich {at_employer} ebenfalls einbringen.",
        ],
        "more_skills": [
            "Dort habe ich außerdem mit {skills} gearbeitet – Kenntnisse, die ich auch {at_employer} einbringen kann.",
            "Meine Arbeit mit {skills} {at_org} kann ich {at_employer} ebenfalls einbringen.",
        ],
        "paper": [
            "Für {job} ist vielleicht auch meine Forschung von Interesse; veröffentlicht habe ich unter anderem "
            "{name}.",
            "Meine Forschung kann ich {at_employer} ebenfalls einbringen; veröffentlicht habe ich unter anderem "
            "{name}.",
        ],
        "awards": [
            "Für {job} mag auch zählen, dass meine Arbeit ausgezeichnet wurde: {name}.",
            "Für meine Arbeit wurde ich ausgezeichnet: {name}.",
        ],
        "project": [
            "Neben meiner Anstellung habe ich am Projekt {name} gearbeitet, das auch für {job} von Interesse sein "
            "kann.",
            "Neben meiner Anstellung habe ich am Projekt {name} gearbeitet.",
        ],
        "career": [
            "Für {job} bringe ich Berufserfahrung seit {since} mit, unter anderem {orgs}.",
            "Seit {since} habe ich {orgs} gearbeitet; diese Erfahrung bringe ich {at_employer} ein.",
        ],
        "stations": [
            "Für {job} bringe ich Erfahrung aus diesen Tätigkeiten mit: {stations}.",
            "Was ich {at_employer} einbringen kann, stammt aus diesen Tätigkeiten: {stations}.",
        ],
        "lines_at": [
            "Aus meiner Arbeit {at_org} möchte ich {at_employer} vor allem einbringen: {line}.",
            "{at_org} gehörte zu meinen Aufgaben, was auch {at_employer} zählen dürfte: {line}.",
        ],
        "tools": [
            "Von den Kenntnissen aus Ihrer Ausschreibung bringe ich {tools} mit.",
            "Ihre Ausschreibung nennt außerdem {tools}; auch damit habe ich gearbeitet.",
        ],
        "degree": [
            "Für {job} bringe ich zudem einen Studienabschluss mit: {degree}.",
            "Die fachliche Grundlage für meine Arbeit {at_employer} bildet mein Studium: {degree}.",
        ],
        "close": [
            "Gern erläutere ich Ihnen in einem Gespräch, was ich für {job} mitbringe.",
            "Über eine Einladung zu einem Gespräch über {job} {at_employer} freue ich mich.",
            "Wenn Sie mehr über meine Erfahrung wissen möchten, spreche ich gern mit Ihnen über {job}.",
        ],
        "weak_close": [
            "Ob meine Erfahrung {at_employer} nützen kann, bespreche ich gern mit Ihnen.",
            "Gern spreche ich mit Ihnen darüber, was ich {at_employer} für {job} mitbringen kann.",
        ],
    },
)
