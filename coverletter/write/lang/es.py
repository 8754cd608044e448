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
        ("universidad|universitat|university|escuela|fundación|fundacion|facultad|municipalidad|cámara|camara|"
         "clínica|clinica|secretaría|secretaria|dirección|direccion|agencia|consejería", "en la {org}"),
        ("instituto|hospital|centro|ministerio|ayuntamiento|gobierno|consejo|servicio|departamento|"
         "laboratorio|banco|colegio", "en el {org}"),
    ),
    at_unknown="en su organización",
    years_current="desde {start}",
    years_past="de {start} a {end}",
    years_one="en {start}",
    finish=", con fecha prevista de finalización en {month},",
    fix=_fix,
    slots={
        "open_current": [
            "En este momento trabajo como {position} {at_org} y presento mi candidatura para {job} {at_employer}.",
            "Desde mi trabajo actual como {position} {at_org}, presento mi candidatura para {job} {at_employer}.",
        ],
        "open_past": [
            "Después de trabajar como {position} {at_org}, presento mi candidatura para {job} {at_employer}.",
            "Mi último trabajo fue como {position} {at_org}; hoy presento mi candidatura para {job} "
            "{at_employer}.",
        ],
        "open_student": [
            "En este momento estudio {area}{details}{finish} y presento mi candidatura para {job} {at_employer}.",
            "Mientras curso mis estudios de {area}{details}{finish} presento mi candidatura para {job} "
            "{at_employer}.",
        ],
        "open_plain": [
            "Con esta carta presento mi candidatura para {job} {at_employer}.",
            "Me dirijo a ustedes para presentar mi candidatura para {job} {at_employer}.",
        ],
        "weak_intro": [
            "Para mí, {job} supondría un cambio de rumbo; esto es lo que aportaría.",
            "Mi trayectoria no lleva directamente a {job}, pero parte de mi experiencia es aplicable.",
        ],
        "lead_current_skills": [
            "{at_org}, donde trabajo como {position} {years}, utilizo {skills}.",
            "Su oferta menciona {skills}: trabajo con ello {at_org}, como {position} {years}.",
            "Trabajo con {skills} {at_org}, donde soy {position} {years}.",
        ],
        "lead_past_skills": [
            "{at_org}, donde trabajé como {position} {years}, utilicé {skills}.",
            "Mi experiencia con {skills} viene de mi etapa {at_org}, donde trabajé como {position} {years}.",
            "Su oferta menciona {skills}: con ello trabajé {at_org}, como {position} {years}.",
        ],
        "lead_current": [
            "Para {job} aporto mi experiencia {at_org}, donde trabajo como {position} {years}.",
            "{at_org} trabajo como {position} {years}, una experiencia que me gustaría aportar {at_employer}.",
        ],
        "lead_past": [
            "Para {job} aporto también mi experiencia {at_org}, donde trabajé como {position} {years}.",
            "{at_org} trabajé como {position} {years}, una experiencia que me gustaría aportar {at_employer}.",
        ],
        "topic": ["Su oferta menciona, entre otros requisitos: {topic}.", "Entre sus requisitos figura: {topic}."],
        "lines": [
            "De este trabajo, aportaría {at_employer} especialmente: {line}.",
            "Una experiencia que me gustaría aplicar {at_employer}: {line}.",
            "Algo especialmente útil para el trabajo {at_employer}: {line}.",
        ],
        "more_skills_current": [
            "Allí trabajo también con {skills}, conocimientos que podría aplicar {at_employer}.",
            "Mi trabajo con {skills} {at_org} también me serviría {at_employer}.",
        ],
        "more_skills": [
            "Allí trabajé también con {skills}, conocimientos que podría aplicar {at_employer}.",
            "Mi trabajo con {skills} {at_org} también me serviría {at_employer}.",
        ],
        "paper": [
            "Para {job} también puede contar mi investigación; entre mis publicaciones está {name}.",
            "Mi investigación también podría ser útil {at_employer}; entre mis publicaciones está {name}.",
        ],
        "awards": [
            "Para {job} menciono también un reconocimiento: {name}.",
            "Mi trabajo ha recibido reconocimientos: {name}.",
        ],
        "project": [
            "Para {job} menciono también el proyecto {name}, realizado fuera de mi empleo.",
            "Fuera de mi empleo, he trabajado en el proyecto {name}.",
        ],
        "career": [
            "Para {job} aporto experiencia profesional desde {since}, entre otros lugares {orgs}.",
            "Desde {since} he trabajado {orgs}, una experiencia que aportaría {at_employer}.",
        ],
        "stations": [
            "Para {job} aporto la experiencia de estos puestos: {stations}.",
            "Lo que aportaría {at_employer} viene de estos puestos: {stations}.",
        ],
        "lines_at": [
            "De mi trabajo {at_org}, aportaría {at_employer} especialmente: {line}.",
            "{at_org}, entre mis tareas útiles también {at_employer} estaban: {line}.",
        ],
        "tools": [
            "De los conocimientos que menciona su oferta, he trabajado con {tools}.",
            "Su oferta menciona también {tools}, con lo que ya he trabajado.",
        ],
        "degree": [
            "Para {job} aporto también una titulación: {degree}.",
            "Mi formación, que sería la base de mi trabajo {at_employer}: {degree}.",
        ],
        "close": [
            "Me gustaría conversar con ustedes sobre {job} y sobre lo que podría aportar {at_employer}.",
            "Por mi parte, quedo a su disposición para una entrevista sobre {job}.",
            "Les agradezco la atención prestada a mi candidatura para {job}.",
        ],
        "weak_close": [
            "Si mi trayectoria puede ser útil {at_employer}, me gustaría hablar con ustedes.",
            "Por mi parte, quedo a su disposición para hablar de lo que mi experiencia podría aportar para {job}.",
        ],
    },
)
