"""German letters: formal "Sie", names after "bei"/"an der"/"am" so that no name is declined (an adjective that
opens a university's name takes its dative ending: "an der Technischen Universität München")."""

from __future__ import annotations

import re

from .phrases import MARK, Phrases


def _fix(text: str) -> str:
    """'an der Technische Universität' -> 'an der Technischen Universität' (the one ending a name needs)."""
    text = re.sub(r"\bzu die (?=Stelle)", "zur ", text)  # 'zu' takes the dative: 'zur Stelle als ...'
    return re.sub(rf"\b(an|bei) der {MARK}(Technische|Freie|Katholische|Evangelische|Medizinische|Private|Hessische|"
                  rf"Deutsche)\b", lambda m: f"{m.group(1)} der {MARK}{m.group(2)}n", text)


PHRASES = Phrases(
    code="de",
    job="die Stelle als {title}",
    job_untitled="die ausgeschriebene Stelle",
    at_default="bei {org}",
    at_rules=(
        ("universität|hochschule|fachhochschule|technische|freie|katholische|evangelische|medizinische|"
         "university|universidad|université|universiteit|universitet|universita|università|universidade|tu|eth|lmu|"
         "rwth|-universität|school|schule|-schule|"
         "-hochschule|-akademie", "an der {org}"),
        ("institut|klinikum|zentrum|forschungszentrum|institute|center|centre|laboratory|lab|college|gymnasium|"
         "-institut|-zentrum|-klinikum", "am {org}"),
        ("stadt|landeshauptstadt|gemeinde|stadtverwaltung|bundeswehr|bundesagentur|deutsche|polizei|-stadt|"
         "-verwaltung",
         "bei der {org}"),
    ),
    freelance="freiberuflich",
    at_unknown="in Ihrem Haus",
    years_current="seit {start}",
    years_past="von {start} bis {end}",
    years_one="im Jahr {start}",
    finish=", mit voraussichtlichem Abschluss im {month},",
    fix=_fix,
    quotes=("„", "“"),
    first_person=r"^(?:ich|mein|meine|meinen|meinem)\b",
    head_anywhere=True,
    slots={
        "open_current": [
            "Derzeit arbeite ich als {position} {at_org}; mit diesem Schreiben bewerbe ich mich um {job} "
            "{at_employer}.",
            "Um {job} {at_employer} bewerbe ich mich aus meiner jetzigen Tätigkeit als {position} {at_org} "
            "heraus.",
            "Seit einiger Zeit bin ich als {position} {at_org} tätig und bewerbe mich nun um {job} "
            "{at_employer}.",
        ],
        "open_past": [
            "Zuletzt war ich als {position} {at_org} tätig; nun bewerbe ich mich um {job} {at_employer}.",
            "Nach meiner Tätigkeit als {position} {at_org} bewerbe ich mich um {job} {at_employer}.",
        ],
        "open_student": [
            "Ich studiere {area}{degree} {at_school}{finish} und bewerbe mich um {job} {at_employer}.",
            "Derzeit studiere ich {area}{degree} {at_school}{finish} und bewerbe mich um {job} {at_employer}.",
        ],
        "open_plain": [
            "Ich bewerbe mich um {job} {at_employer}.",
            "Gern bewerbe ich mich um {job} {at_employer}.",
        ],
        "change_clause": [", auch wenn das für mich ein Wechsel des Fachgebiets wäre"],
        "change": [
            "Die Aufgaben {at_employer} wären für mich ein Wechsel des Fachgebiets.",
            "Mein bisheriger Weg führt nicht geradlinig zu den Aufgaben {at_employer}, doch einiges davon "
            "lässt sich übertragen.",
            "Ich käme {at_employer} aus einem anderen Fachgebiet; einiges aus meiner bisherigen Arbeit lässt "
            "sich aber übertragen.",
        ],
        "ask_skills": [
            "Sie suchen Erfahrung mit {skills}.",
            "Ihre Ausschreibung nennt {skills}.",
            "Ihnen ist Erfahrung mit {skills} wichtig.",
            "Zu Ihren Anforderungen gehört {skills}.",
            "Auch {skills} steht in Ihrer Ausschreibung.",
        ],
        "ask_open": [
            "Für Ihre Aufgaben {at_employer} ist vielleicht diese Erfahrung nützlich.",
            "Was ich {at_employer} einbringen kann, zeigt meine bisherige Arbeit.",
        ],
        "ask_topic": [
            "Zu Ihren Anforderungen zählt {topic}.",
            "Als Anforderung nennen Sie {topic}.",
            "In Ihrer Ausschreibung heißt es {topic}.",
        ],
        "role_current": [
            "{at_org} arbeite ich {years} als {position}.",
            "Als {position} bin ich {years} {at_org} tätig.",
        ],
        "role_past": [
            "{at_org} war ich {years} als {position} tätig.",
            "Als {position} habe ich {years} {at_org} gearbeitet.",
        ],
        "quote_current": [
            "Als {position} {at_org} ({span}) habe ich dazu unter anderem Folgendes beigetragen: {quote}.",
            "Ein Beispiel aus meiner jetzigen Arbeit als {position} {at_org}, wie es in meinem Lebenslauf "
            "steht: {quote}.",
            "{at_org} arbeite ich {years} als {position}; mein Lebenslauf nennt daraus unter anderem {quote}.",
        ],
        "quote_past": [
            "Als {position} {at_org} habe ich {years} unter anderem Folgendes umgesetzt: {quote}.",
            "Ein Beispiel aus meiner Zeit als {position} {at_org} ({span}), wie es in meinem Lebenslauf "
            "steht: {quote}.",
            "{at_org} war ich {years} als {position} tätig; mein Lebenslauf nennt daraus unter anderem "
            "{quote}.",
        ],
        "quote_again_current": [
            "Aus meiner Arbeit {at_org} stammt zum Beispiel {quote}.",
            "Ein Beispiel aus meiner Arbeit {at_org}: {quote}.",
        ],
        "quote_again_past": [
            "Aus meiner Zeit {at_org} stammt zum Beispiel {quote}.",
            "Ein Beispiel aus meiner Zeit {at_org}: {quote}.",
        ],
        "quote_org_current": [
            "Aus meiner Arbeit {at_org} ({span}) nennt mein Lebenslauf {quote}.",
            "Ein Beispiel aus meiner Arbeit {at_org} ({span}): {quote}.",
        ],
        "quote_org_past": [
            "Aus meiner Arbeit {at_org} ({span}) nennt mein Lebenslauf {quote}.",
            "Ein Beispiel aus meiner Arbeit {at_org} ({span}): {quote}.",
        ],
        "quote_project": [
            "Außerhalb meiner Anstellung habe ich das Projekt {org} umgesetzt: {quote}.",
            "Ein Beispiel dafür ist mein Projekt {org}: {quote}.",
        ],
        "quote_project_again": [
            "Zum selben Projekt gehört {quote}.",
            "Aus demselben Projekt stammt {quote}.",
        ],
        "quote_plain": [
            "Aus meinem Lebenslauf gehört dazu {quote}.",
        ],
        "role_tools_current": [
            "Als {position} {at_org} ({span}) arbeite ich mit {skills}.",
            "{at_org} arbeite ich {years} als {position} mit {skills}.",
        ],
        "role_tools_past": [
            "Als {position} {at_org} ({span}) habe ich mit {skills} gearbeitet.",
            "{at_org} habe ich {years} als {position} mit {skills} gearbeitet.",
        ],
        "tools_at_current": [
            "{at_org} arbeite ich mit {skills}.",
            "Meine Werkzeuge {at_org} sind {skills}.",
        ],
        "tools_at_past": [
            "{at_org} habe ich mit {skills} gearbeitet.",
            "Meine Werkzeuge {at_org} waren {skills}.",
        ],
        "tools_current": [
            "Dabei arbeite ich mit {skills}.",
            "Meine Werkzeuge dort sind unter anderem {skills}.",
        ],
        "tools_past": [
            "Dabei habe ich mit {skills} gearbeitet.",
            "Eingesetzt habe ich dabei unter anderem {skills}.",
        ],
        "support": [
            "dazu gehörte auch {quote}.",
            "außerdem {quote}.",
        ],
        "listed": [
            "Von den Werkzeugen, die Sie {at_employer} einsetzen, kenne ich {tools} aus der Praxis.",
            "Aus Ihrer Ausschreibung {at_employer} kenne ich {tools} aus der Praxis.",
        ],
        "degree_done": [
            "Mein Studium habe ich {year} {at_school} abgeschlossen ({degree}).",
            "{year} habe ich mein Studium abgeschlossen ({degree}, {school}).",
        ],
        "degree_studied": [
            "Studiert habe ich {at_school} ({degree}).",
            "Fachlich stütze ich mich auf mein Studium {at_school} ({degree}).",
        ],
        "paper": [
            "Veröffentlicht habe ich unter anderem {name}.",
            "Zu meinen Veröffentlichungen gehört {name}.",
        ],
        "award": [
            "Für meine Arbeit erhielt ich die Auszeichnung {name}.",
            "Ausgezeichnet wurde meine Arbeit mit: {name}.",
        ],
        "project": [
            "Neben meiner Anstellung habe ich das Projekt {name} umgesetzt.",
            "Außerhalb meiner Anstellung ist das Projekt {name} entstanden.",
        ],
        "close": [
            "Gern erläutere ich Ihnen in einem Gespräch, was ich {at_employer} einbringen kann.",
            "Wenn Sie mehr über meine Arbeit erfahren möchten, spreche ich gern mit Ihnen über {job}.",
            "Für ein Gespräch darüber, wie ich {at_employer} beitragen kann, stehe ich Ihnen gern zur "
            "Verfügung.",
            "Über ein Gespräch zu {job} freue ich mich.",
        ],
        "weak_close": [
            "Ob meine Erfahrung für {job} nützen kann, bespreche ich gern mit Ihnen.",
            "Ob meine Erfahrung {at_employer} nützen kann, bespreche ich gern mit Ihnen.",
            "Gern spreche ich mit Ihnen darüber, was ich {at_employer} einbringen kann.",
            "Ob meine Erfahrung für {job} passt, klären wir am besten in einem Gespräch.",
        ],
    },
)
