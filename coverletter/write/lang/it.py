"""Italian letters: formal "voi" for the employer, every name after "presso" (which takes no article), job
titles after "come"."""

from __future__ import annotations

import re

from .phrases import Phrases

_ARTICLED = {"di": "della", "su": "sulla", "a": "alla", "da": "dalla", "in": "nella"}


def _fix(text: str) -> str:
    """'di la posizione' -> 'della posizione' (Italian joins a preposition and the article)."""
    return re.sub(r"\b(di|su|a|da|in) la (?=posizione)", lambda m: _ARTICLED[m.group(1)] + " ", text)


PHRASES = Phrases(
    code="it",
    job="la posizione di {title}",
    job_untitled="la posizione aperta",
    at_default="presso {org}",
    at_rules=(),
    at_unknown="presso di voi",
    years_current="dal {start}",
    years_past="dal {start} al {end}",
    years_one="nel {start}",
    finish=", con conclusione prevista a {month},",
    fix=_fix,
    slots={
        "open_current": [
            "In questo momento lavoro come {position} {at_org} e mi candido per {job} {at_employer}.",
            "Da {position} {at_org} desidero candidarmi per {job} {at_employer}.",
        ],
        "open_past": [
            "Dopo l'esperienza come {position} {at_org}, mi candido per {job} {at_employer}.",
            "Il mio ultimo incarico è stato come {position} {at_org}; ora mi candido per {job} {at_employer}.",
        ],
        "open_student": [
            "In questo momento studio {area}{details}{finish} e mi candido per {job} {at_employer}.",
            "Durante gli studi di {area}{details}{finish} desidero candidarmi per {job} {at_employer}.",
        ],
        "open_plain": [
            "Mi candido per {job} {at_employer}.",
            "Con questa lettera mi candido per {job} {at_employer}.",
        ],
        "weak_intro": [
            "Per me {job} rappresenterebbe un cambio di settore; ecco che cosa porterei.",
            "Il mio percorso non porta direttamente a {job}, ma una parte della mia esperienza è trasferibile.",
        ],
        "lead_current_skills": [
            "{at_org}, dove lavoro come {position} {years}, utilizzo {skills}.",
            "Il vostro annuncio cita {skills}, con cui lavoro {at_org} come {position} {years}.",
            "Nel mio lavoro {at_org}, dove sono {position} {years}, uso {skills}.",
        ],
        "lead_past_skills": [
            "{at_org}, dove ho lavorato come {position} {years}, ho utilizzato {skills}.",
            "Ho maturato esperienza con {skills} {at_org}, dove ho lavorato come {position} {years}.",
            "Il vostro annuncio cita {skills}, con cui ho lavorato {at_org} come {position} {years}.",
        ],
        "lead_current": [
            "Per {job} porto la mia esperienza {at_org}, dove lavoro come {position} {years}.",
            "{at_org} lavoro come {position} {years}, un'esperienza che vorrei mettere a frutto {at_employer}.",
        ],
        "lead_past": [
            "Per {job} metto a disposizione l'esperienza maturata {at_org}, dove ho lavorato come {position} "
            "{years}.",
            "{at_org} ho lavorato come {position} {years}, un'esperienza che vorrei mettere a frutto "
            "{at_employer}.",
        ],
        "topic": ["Tra i requisiti del vostro annuncio figura: {topic}.", "Il vostro annuncio chiede tra l'altro: "
                  "{topic}."],
        "lines": [
            "Di questo lavoro metterei a frutto {at_employer} soprattutto: {line}.",
            "Di questa esperienza vorrei mettere a frutto {at_employer}: {line}.",
            "Per il lavoro {at_employer} è particolarmente utile: {line}.",
        ],
        "more_skills_current": [
            "In quel ruolo lavoro anche con {skills}, competenze che potrei mettere a frutto {at_employer}.",
            "Anche il mio lavoro con {skills} {at_org} mi sarebbe utile {at_employer}.",
        ],
        "more_skills": [
            "In quel ruolo ho lavorato anche con {skills}, competenze che potrei mettere a frutto {at_employer}.",
            "Anche il mio lavoro con {skills} {at_org} mi sarebbe utile {at_employer}.",
        ],
        "paper": [
            "Per {job} può contare anche la mia ricerca; tra le mie pubblicazioni c'è {name}.",
            "Anche la mia ricerca potrebbe essere utile {at_employer}; tra le mie pubblicazioni c'è {name}.",
        ],
        "awards": [
            "Per {job} segnalo anche un riconoscimento: {name}.",
            "Il mio lavoro ha ricevuto riconoscimenti: {name}.",
        ],
        "project": [
            "Per {job} segnalo anche il progetto {name}, svolto al di fuori del mio impiego.",
            "Al di fuori del mio impiego ho lavorato al progetto {name}.",
        ],
        "career": [
            "Per {job} porto un'esperienza professionale che risale al {since}, tra l'altro {orgs}.",
            "Dal {since} ho lavorato {orgs}, un'esperienza che metterei a frutto {at_employer}.",
        ],
        "stations": [
            "Per {job} porto l'esperienza di questi ruoli: {stations}.",
            "Ciò che metterei a frutto {at_employer} viene da questi ruoli: {stations}.",
        ],
        "lines_at": [
            "Del mio lavoro {at_org} metterei a frutto {at_employer} soprattutto: {line}.",
            "{at_org}, tra le mie attività utili anche {at_employer}: {line}.",
        ],
        "tools": [
            "Delle competenze richieste nel vostro annuncio, ho già lavorato con {tools}.",
            "Il vostro annuncio cita anche {tools}, con cui ho già lavorato.",
        ],
        "degree": [
            "Per {job} porto anche un titolo di studio: {degree}.",
            "La mia formazione, su cui si baserebbe il mio lavoro {at_employer}: {degree}.",
        ],
        "close": [
            "Da parte mia, resto a disposizione per un colloquio su {job}.",
            "Mi farebbe piacere parlare con voi di {job} e di ciò che potrei portare {at_employer}.",
            "Vi ringrazio per l'attenzione dedicata alla mia candidatura per {job}.",
        ],
        "weak_close": [
            "Se il mio percorso può essere utile {at_employer}, mi farebbe piacere parlarne.",
            "Da parte mia, resto a disposizione per parlare di {job} e di ciò che la mia esperienza potrebbe offrire.",
        ],
    },
)
