"""French letters: "vous", names after "chez" (a company) or "à l'"/"au"/"à la" (an institution named by its
kind), job titles after "en tant que", and "de"/"que" elided before a vowel."""

from __future__ import annotations

import re

from .phrases import MARK, Phrases

_VOWEL = "aeiouyàâäéèêëîïôöùûüœæhAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ"


def _fix(text: str) -> str:
    """'de Oracle' -> "d'Oracle" before a name (``MARK`` opens each name: a name's own words stay as written)."""
    text = re.sub(rf"\b([Dd]e|[Qq]ue|[Jj]e) (?={MARK}[{_VOWEL}])", lambda m: m.group(1)[:-1] + "'", text)
    text = re.sub(r"\bà le (?=poste)", "au ", text)
    return re.sub(r"\bde le (?=poste)", "du ", text)


PHRASES = Phrases(
    code="fr",
    job="le poste de {title}",
    job_untitled="le poste proposé",
    at_default="chez {org}",
    at_rules=(
        ("université|university|école|ecole|institut|institute|hôpital|hopital|académie|agence|observatoire|"
         "office|école-polytechnique", "à l'{org}"),
        ("centre|laboratoire|ministère|conseil|groupe|cabinet|département|service|musée|lycée|collège",
         "au {org}"),
        ("mairie|ville|commune|région|banque|caisse|direction|fondation|chambre|préfecture|société",
         "à la {org}"),
    ),
    at_unknown="chez vous",
    years_current="depuis {start}",
    years_past="de {start} à {end}",
    years_one="en {start}",
    finish=", que je terminerai en {month},",
    fix=_fix,
    slots={
        "open_current": [
            "Je travaille actuellement en tant que {position} {at_org} et je présente ma candidature pour {job} "
            "{at_employer}.",
            "Aujourd'hui {position} {at_org}, je pose ma candidature pour {job} {at_employer}.",
        ],
        "open_past": [
            "Après une expérience en tant que {position} {at_org}, je pose ma candidature pour {job} "
            "{at_employer}.",
            "J'ai travaillé en dernier lieu en tant que {position} {at_org}, et je présente aujourd'hui ma "
            "candidature pour {job} {at_employer}.",
        ],
        "open_student": [
            "Je suis actuellement des études en {area}{details}{finish} et je présente ma candidature pour {job} "
            "{at_employer}.",
            "Pendant mes études en {area}{details}{finish} je pose ma candidature pour {job} {at_employer}.",
        ],
        "open_plain": [
            "Je présente ma candidature pour {job} {at_employer}.",
            "Je pose ma candidature pour {job} {at_employer}.",
        ],
        "weak_intro": [
            "Pour moi, {job} représenterait un changement d'orientation ; voici ce que j'y apporterais.",
            "Mon parcours ne mène pas directement vers {job}, mais une partie de mon expérience s'y transpose.",
        ],
        "lead_current_skills": [
            "{at_org}, où je travaille {years} en tant que {position}, j'utilise {skills}.",
            "Votre annonce mentionne {skills} : c'est avec ces outils que je travaille {at_org}, en tant que "
            "{position} {years}.",
            "Je travaille avec {skills} {at_org}, où j'exerce {years} en tant que {position}.",
        ],
        "lead_past_skills": [
            "{at_org}, où j'ai travaillé {years} en tant que {position}, j'ai utilisé {skills}.",
            "J'ai acquis mon expérience de {skills} {at_org}, en tant que {position} {years}.",
            "Votre annonce cite {skills} : c'est {at_org}, en tant que {position} {years}, que j'ai travaillé "
            "avec ces outils.",
        ],
        "lead_current": [
            "Pour {job}, je m'appuie sur mon expérience {at_org}, où je travaille {years} en tant que {position}.",
            "{at_org}, je travaille {years} en tant que {position}, une expérience que je souhaite mettre à "
            "profit {at_employer}.",
        ],
        "lead_past": [
            "Pour {job}, je m'appuie aussi sur mon expérience {at_org}, où j'ai travaillé {years} en tant que "
            "{position}.",
            "{at_org}, j'ai travaillé {years} en tant que {position}, une expérience que je souhaite mettre à "
            "profit {at_employer}.",
        ],
        "topic": ["Votre annonce mentionne notamment : {topic}.", "Parmi vos exigences figure : {topic}."],
        "lines": [
            "De ce travail, j'apporterais notamment {at_employer} : {line}.",
            "Une expérience que je souhaite mettre à profit {at_employer} : {line}.",
            "Particulièrement utile pour le travail {at_employer} : {line}.",
        ],
        "more_skills_current": [
            "J'y travaille aussi avec {skills}, des compétences que je mettrais à profit {at_employer}.",
            "Mon travail avec {skills} {at_org} me servirait aussi {at_employer}.",
        ],
        "more_skills": [
            "J'y ai aussi travaillé avec {skills}, des compétences que je mettrais à profit {at_employer}.",
            "Mon travail avec {skills} {at_org} me servirait aussi {at_employer}.",
        ],
        "paper": [
            "Pour {job}, mes travaux de recherche peuvent aussi compter ; j'ai notamment publié {name}.",
            "Mes travaux de recherche pourraient aussi servir {at_employer} ; j'ai notamment publié {name}.",
        ],
        "awards": [
            "Pour {job}, je mentionne aussi une distinction : {name}.",
            "Mon travail a été distingué : {name}.",
        ],
        "project": [
            "Pour {job}, je mentionne aussi le projet {name}, mené en dehors de mon emploi.",
            "En dehors de mon emploi, j'ai travaillé sur le projet {name}.",
        ],
        "career": [
            "Pour {job}, j'apporte une expérience professionnelle acquise depuis {since}, notamment {orgs}.",
            "Depuis {since}, j'ai travaillé {orgs}, une expérience que j'apporterais {at_employer}.",
        ],
        "stations": [
            "Pour {job}, j'apporte l'expérience de ces postes : {stations}.",
            "Ce que j'apporterais {at_employer} vient de ces postes : {stations}.",
        ],
        "lines_at": [
            "De mon travail {at_org}, j'apporterais notamment {at_employer} : {line}.",
            "{at_org}, mes missions comprenaient, entre autres choses utiles {at_employer} : {line}.",
        ],
        "tools": [
            "Parmi les compétences citées dans votre annonce, j'ai déjà travaillé avec {tools}.",
            "Votre annonce cite aussi {tools}, que je connais par la pratique.",
        ],
        "degree": [
            "Pour {job}, j'apporte également un diplôme : {degree}.",
            "Ma formation, sur laquelle s'appuierait mon travail {at_employer} : {degree}.",
        ],
        "close": [
            "Je reste à votre disposition pour un entretien au sujet de {job}.",
            "Un entretien me permettrait de vous présenter plus en détail ce que j'apporterais {at_employer}.",
            "Je vous remercie de l'attention portée à ma candidature pour {job}.",
        ],
        "weak_close": [
            "Si ce parcours peut être utile {at_employer}, je me tiens à votre disposition pour en parler.",
            "Je serais disponible pour un entretien afin de voir ce que mon expérience peut apporter pour {job}.",
        ],
    },
)
