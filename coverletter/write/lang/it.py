"""Italian letters: formal "voi" for the employer, every name after "presso" (which takes no article), job
titles after "come"."""

from __future__ import annotations

import re

from .phrases import MARK, Phrases

_ARTICLED = {"di": "della", "su": "sulla", "a": "alla", "da": "dalla", "in": "nella"}


def _fix(text: str) -> str:
    """'di la posizione' -> 'della posizione' (Italian joins a preposition and the article)."""
    text = re.sub(rf"\b(?:la|il) {MARK}(?=[AEIOUÀÈÉÌÒÙaeiou])", f"l'{MARK}", text)  # 'l'Arizona State University'
    return re.sub(r"\b(di|su|a|da|in) la (?=posizione)", lambda m: _ARTICLED[m.group(1)] + " ", text)


PHRASES = Phrases(
    code="it",
    job="la posizione di {title}",
    job_untitled="la posizione aperta",
    at_default="presso {org}",
    at_rules=(
        ("università|universita|accademia|azienda|agenzia|istituto|ospedale|università", "presso l'{org}"),
        ("fondazione|scuola|regione|provincia|camera|banca|città|citta|university|società|societa", "presso la {org}"),
        ("politecnico|comune|ministero|centro|consiglio|dipartimento|laboratorio|gruppo|museo", "presso il {org}"),
    ),
    freelance="in proprio",
    at_unknown="nella vostra organizzazione",
    years_current="dal {start}",
    years_past="dal {start} al {end}",
    years_one="nel {start}",
    finish=", con conclusione prevista per {month},",
    fix=_fix,
    quotes=("«", "»"),
    first_person=r"^(?:io\b|ho\b|sono\b)",
    slots={
        "open_current": [
            "In questo momento lavoro come {position} {at_org} e mi candido per {job} {at_employer}.",
            "Dal mio ruolo attuale di {position} {at_org} presento la mia candidatura per {job} "
            "{at_employer}.",
        ],
        "open_past": [
            "Dopo l'esperienza come {position} {at_org}, mi candido per {job} {at_employer}.",
            "Il mio ultimo incarico è stato come {position} {at_org}; ora mi candido per {job} {at_employer}.",
        ],
        "open_student": [
            "Studio {area}{degree} {at_school}{finish} e mi candido per {job} {at_employer}.",
            "In questo momento studio {area}{degree} {at_school}{finish} e presento la mia candidatura per "
            "{job} {at_employer}.",
        ],
        "open_plain": [
            "Mi candido per {job} {at_employer}.",
            "Con questa lettera presento la mia candidatura per {job} {at_employer}.",
        ],
        "change_clause": [", anche se per me sarebbe un cambio di settore"],
        "change": [
            "Per me le attività {at_employer} rappresenterebbero un cambio di settore.",
            "Il mio percorso non porta direttamente alle attività {at_employer}, ma una parte della mia "
            "esperienza è trasferibile.",
            "La mia esperienza viene da un altro settore, ma una parte è trasferibile alle attività "
            "{at_employer}.",
        ],
        "ask_skills": [
            "Nel vostro annuncio cercate esperienza con {skills}.",
            "Il vostro annuncio menziona {skills}.",
            "Tra i vostri requisiti c'è l'esperienza con {skills}.",
            "Per voi conta l'esperienza con {skills}.",
            "Nel vostro annuncio compare {skills}.",
        ],
        "ask_open": [
            "Per il vostro lavoro {at_employer} può contare questa esperienza.",
            "Ciò che porterei {at_employer} emerge dal mio percorso.",
        ],
        "ask_topic": [
            "Tra i vostri requisiti figura {topic}.",
            "Il vostro annuncio chiede {topic}.",
            "Nel vostro annuncio si chiede {topic}.",
        ],
        "role_current": [
            "Lavoro {years} come {position} {at_org}.",
            "Sono {position} {at_org} {years}.",
        ],
        "role_past": [
            "Ho lavorato come {position} {at_org} {years}.",
            "Per un periodo ({span}) ho lavorato come {position} {at_org}.",
        ],
        "quote_current": [
            "Come {position} {at_org} ({span}), il mio curriculum riporta tra le altre cose {quote}.",
            "Un esempio dal mio lavoro attuale come {position} {at_org}, come lo descrive il mio curriculum: "
            "{quote}.",
            "Lavoro {years} come {position} {at_org}; di questo lavoro il mio curriculum riporta {quote}.",
        ],
        "quote_past": [
            "Come {position} {at_org} ({span}) ho realizzato, tra le altre cose, quanto segue: {quote}.",
            "Un esempio dal mio periodo come {position} {at_org} ({span}), come lo descrive il mio "
            "curriculum: {quote}.",
            "Ho lavorato {years} come {position} {at_org}; di quel periodo il mio curriculum riporta {quote}.",
        ],
        "quote_again_current": [
            "Il mio lavoro {at_org} ne offre un esempio: {quote}.",
            "Un esempio dal mio lavoro {at_org}: {quote}.",
        ],
        "quote_again_past": [
            "Il mio periodo {at_org} ne offre un esempio: {quote}.",
            "Un esempio dal mio periodo {at_org}: {quote}.",
        ],
        "quote_org_current": [
            "Del mio lavoro {at_org} ({span}) il mio curriculum riporta {quote}.",
            "Un esempio dal mio lavoro {at_org} ({span}): {quote}.",
        ],
        "quote_org_past": [
            "Del mio lavoro {at_org} ({span}) il mio curriculum riporta {quote}.",
            "Un esempio dal mio lavoro {at_org} ({span}): {quote}.",
        ],
        "quote_project": [
            "Al di fuori del mio impiego ho realizzato il progetto {org}: {quote}.",
            "Un esempio è il mio progetto {org}: {quote}.",
        ],
        "quote_project_again": [
            "Dello stesso progetto fa parte {quote}.",
            "Lo stesso progetto comprende {quote}.",
        ],
        "quote_plain": [
            "Il mio curriculum riporta, per esempio, {quote}.",
        ],
        "role_tools_current": [
            "Come {position} {at_org} ({span}) lavoro con {skills}.",
            "Lavoro {years} come {position} {at_org} con {skills}.",
        ],
        "role_tools_past": [
            "Come {position} {at_org} ({span}) ho lavorato con {skills}.",
            "Ho lavorato {years} come {position} {at_org} con {skills}.",
        ],
        "tools_at_current": [
            "Lavoro con {skills} {at_org}.",
            "I miei strumenti {at_org} sono {skills}.",
        ],
        "tools_at_past": [
            "Ho lavorato con {skills} {at_org}.",
            "I miei strumenti {at_org} erano {skills}.",
        ],
        "tools_current": [
            "Lì lavoro con {skills}.",
            "Tra i miei strumenti di lavoro ci sono {skills}.",
        ],
        "tools_past": [
            "Lì ho lavorato con {skills}.",
            "Ho usato, tra gli altri strumenti, {skills}.",
        ],
        "support": [
            "a questo si aggiunge {quote}.",
            "e inoltre {quote}.",
        ],
        "listed": [
            "Degli strumenti che usate {at_employer} conosco {tools} per esperienza diretta.",
            "Conosco per esperienza diretta strumenti che usate {at_employer}: {tools}.",
        ],
        "degree_done": [
            "Nel {year} ho concluso gli studi {at_school} ({degree}).",
            "Ho conseguito il titolo nel {year} ({degree}, {school}).",
        ],
        "degree_studied": [
            "Ho studiato {at_school} ({degree}).",
            "La mia formazione viene dagli studi {at_school} ({degree}).",
        ],
        "paper": [
            "Tra le mie pubblicazioni c'è {name}.",
            "Ho pubblicato, tra gli altri lavori, {name}.",
        ],
        "award": [
            "Il mio lavoro ha ricevuto un riconoscimento: {name}.",
            "Ho ricevuto il riconoscimento {name}.",
        ],
        "project": [
            "Al di fuori del mio impiego ho realizzato il progetto {name}.",
            "Oltre al mio impiego ho portato avanti il progetto {name}.",
        ],
        "close": [
            "Sono a disposizione per un colloquio su ciò che posso portare {at_employer}.",
            "In un colloquio potrei illustrarvi meglio che cosa porterei {at_employer}.",
            "Sono a disposizione per parlare di {job}.",
            "In un colloquio potrei raccontarvi meglio che cosa porterei a {job}.",
        ],
        "weak_close": [
            "Sono a disposizione per un colloquio su ciò che la mia esperienza può portare per {job}.",
            "Se la mia esperienza può essere utile {at_employer}, ne parlerei volentieri con voi.",
            "Sono a disposizione per capire insieme che cosa la mia esperienza può portare {at_employer}.",
            "In un colloquio potremmo capire se la mia esperienza è adatta a {job}.",
        ],
    },
)
