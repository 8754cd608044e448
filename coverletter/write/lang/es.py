"""Spanish letters: formal "usted", names after "en" (with "la"/"el" before an institution named by its kind),
job titles after "como"."""

from __future__ import annotations

import re

from .phrases import Phrases


def _fix(text: str) -> str:
    """'a el puesto' -> 'al puesto', 'de el puesto' -> 'del puesto'."""
    return re.sub(r"\b(a|de) el (?=puesto)", lambda m: ("al" if m.group(1) == "a" else "del") + " ", text)


PHRASES = Phrases(
    code="es",
    job="el puesto de {title}",
    job_untitled="el puesto ofertado",
    at_default="en {org}",
    at_rules=(
        ("universidad|universitat|universidade|université|università|universität|universiteit|university|escuela|fundación|fundacion|facultad|municipalidad|cámara|camara|"
         "clínica|clinica|secretaría|secretaria|dirección|direccion|agencia|consejería", "en la {org}"),
        ("instituto|hospital|centro|ministerio|ayuntamiento|gobierno|consejo|servicio|departamento|"
         "laboratorio|banco|colegio", "en el {org}"),
    ),
    freelance="por cuenta propia",
    at_unknown="en su organización",
    years_current="desde {start}",
    years_past="de {start} a {end}",
    years_one="en {start}",
    finish=", con fecha prevista de finalización en {month},",
    fix=_fix,
    quotes=("«", "»"),
    first_person=r"^(?:yo\b|\w{3,}(?:é|í)\b)",
    head_anywhere=True,
    slots={
        "open_current": [
            "Actualmente trabajo como {position} {at_org} y presento mi candidatura para {job} {at_employer}.",
            "Desde mi puesto actual de {position} {at_org}, presento mi candidatura para {job} {at_employer}.",
        ],
        "open_past": [
            "Después de trabajar como {position} {at_org}, presento mi candidatura para {job} {at_employer}.",
            "Mi último trabajo fue como {position} {at_org}; hoy presento mi candidatura para {job} "
            "{at_employer}.",
        ],
        "open_student": [
            "Actualmente estudio {area}{degree} {at_school}{finish} y presento mi candidatura para {job} "
            "{at_employer}.",
            "En este momento estudio {area}{degree} {at_school}{finish} y me postulo para {job} "
            "{at_employer}.",
        ],
        "open_plain": [
            "Presento mi candidatura para {job} {at_employer}.",
            "Me postulo para {job} {at_employer}.",
        ],
        "change_clause": [", aunque para mí supondría un cambio de área"],
        "change": [
            "Las tareas {at_employer} supondrían para mí un cambio de área.",
            "Mi trayectoria no lleva directamente a las tareas {at_employer}, pero parte de mi experiencia es "
            "transferible.",
            "Mi experiencia viene de otra área, pero una parte es transferible a las tareas {at_employer}.",
        ],
        "ask_skills": [
            "Su oferta pide experiencia con {skills}.",
            "Su oferta menciona {skills}.",
            "La experiencia con {skills} es uno de sus requisitos.",
            "Entre sus requisitos está {skills}.",
            "Para ustedes cuenta la experiencia con {skills}.",
        ],
        "ask_open": [
            "Para su trabajo {at_employer} puede contar esta experiencia.",
            "Lo que podría aportar {at_employer} se ve en mi trayectoria.",
        ],
        "ask_topic": [
            "Entre sus requisitos figura {topic}.",
            "Su oferta pide, entre otras cosas, {topic}.",
            "En su oferta se pide {topic}.",
        ],
        "role_current": [
            "{at_org} trabajo {years} como {position}.",
            "Soy {position} {at_org} {years}.",
        ],
        "role_past": [
            "{at_org} trabajé {years} como {position}.",
            "Fui {position} {at_org} {years}.",
        ],
        "quote_current": [
            "Como {position} {at_org} ({span}), mi currículum recoge, entre otras cosas, {quote}.",
            "Un ejemplo de mi trabajo actual como {position} {at_org}, tal como lo describe mi currículum: "
            "{quote}.",
            "{at_org} trabajo {years} como {position}; de ese trabajo mi currículum recoge {quote}.",
        ],
        "quote_past": [
            "Como {position} {at_org} ({span}) realicé, entre otras cosas, lo siguiente: {quote}.",
            "Un ejemplo de mi etapa como {position} {at_org} ({span}), tal como lo describe mi currículum: "
            "{quote}.",
            "{at_org} trabajé {years} como {position}; de esa etapa mi currículum recoge {quote}.",
        ],
        "quote_again_current": [
            "Mi trabajo {at_org} ofrece un ejemplo: {quote}.",
            "Un ejemplo de mi trabajo {at_org}: {quote}.",
        ],
        "quote_again_past": [
            "Mi etapa {at_org} ofrece un ejemplo: {quote}.",
            "Un ejemplo de mi etapa {at_org}: {quote}.",
        ],
        "quote_org_current": [
            "De mi trabajo {at_org} ({span}), mi currículum recoge {quote}.",
            "Un ejemplo de mi trabajo {at_org} ({span}): {quote}.",
        ],
        "quote_org_past": [
            "De mi trabajo {at_org} ({span}), mi currículum recoge {quote}.",
            "Un ejemplo de mi trabajo {at_org} ({span}): {quote}.",
        ],
        "quote_project": [
            "Fuera de mi empleo desarrollé el proyecto {org}: {quote}.",
            "Mi proyecto {org} es un ejemplo: {quote}.",
        ],
        "quote_project_again": [
            "Del mismo proyecto forma parte {quote}.",
            "El mismo proyecto incluye {quote}.",
        ],
        "quote_plain": [
            "Mi currículum recoge, por ejemplo, {quote}.",
        ],
        "role_tools_current": [
            "Como {position} {at_org} ({span}) trabajo con {skills}.",
            "{at_org} trabajo {years} como {position} con {skills}.",
        ],
        "role_tools_past": [
            "Como {position} {at_org} ({span}) trabajé con {skills}.",
            "{at_org} trabajé {years} como {position} con {skills}.",
        ],
        "tools_at_current": [
            "{at_org} trabajo con {skills}.",
            "Mis herramientas {at_org} son {skills}.",
        ],
        "tools_at_past": [
            "{at_org} trabajé con {skills}.",
            "Mis herramientas {at_org} fueron {skills}.",
        ],
        "tools_current": [
            "Allí trabajo con {skills}.",
            "Mis herramientas allí son, entre otras, {skills}.",
        ],
        "tools_past": [
            "Allí trabajé con {skills}.",
            "Allí utilicé, entre otras herramientas, {skills}.",
        ],
        "support": [
            "a ello se suma {quote}.",
            "además, {quote}.",
        ],
        "listed": [
            "De las herramientas que usan {at_employer}, conozco {tools} por experiencia propia.",
            "Conozco por experiencia herramientas que usan {at_employer}: {tools}.",
        ],
        "degree_done": [
            "En {year} terminé mis estudios {at_school} ({degree}).",
            "Obtuve mi título en {year} ({degree}, {school}).",
        ],
        "degree_studied": [
            "Mis estudios los cursé {at_school} ({degree}).",
            "Mi formación procede de mis estudios {at_school} ({degree}).",
        ],
        "paper": [
            "He publicado, entre otros trabajos, {name}.",
            "Entre mis publicaciones figura {name}.",
        ],
        "award": [
            "Mi trabajo recibió un reconocimiento: {name}.",
            "He recibido la distinción {name}.",
        ],
        "project": [
            "Fuera de mi empleo desarrollé el proyecto {name}.",
            "Además de mi empleo, he llevado a cabo el proyecto {name}.",
        ],
        "close": [
            "Con gusto les explicaría en una entrevista lo que puedo aportar {at_employer}.",
            "Me pongo a su disposición para una entrevista sobre {job}.",
            "Me gustaría conversar con ustedes sobre lo que podría aportar {at_employer}.",
            "En una entrevista podría contarles más sobre lo que aportaría a {job}.",
        ],
        "weak_close": [
            "Me gustaría hablar con ustedes de lo que mi experiencia puede aportar para {job}.",
            "Si mi experiencia puede ser útil {at_employer}, me gustaría hablarlo con ustedes.",
            "Me pongo a su disposición para ver en una entrevista qué puede aportar mi experiencia "
            "{at_employer}.",
            "En una entrevista podríamos ver si mi experiencia encaja en {job}.",
        ],
    },
)
