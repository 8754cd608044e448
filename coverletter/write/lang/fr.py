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
    freelance="à mon compte",
    at_unknown="dans votre organisation",
    years_current="depuis {start}",
    years_past="de {start} à {end}",
    years_one="en {start}",
    finish=", que je terminerai en {month},",
    fix=_fix,
    quotes=("«\u00a0", "\u00a0»"),
    school="à {org}",
    first_person=r"^(?:j['’]|je\b|nous\b)",
    slots={
        "open_current": [
            "Je suis actuellement {position} {at_org} et je vous propose ma candidature pour {job} "
            "{at_employer}.",
            "C'est depuis mon poste actuel de {position} {at_org} que je présente ma candidature pour {job} "
            "{at_employer}.",
            "Je travaille aujourd'hui en tant que {position} {at_org} et je pose ma candidature pour {job} "
            "{at_employer}.",
        ],
        "open_past": [
            "Après une expérience en tant que {position} {at_org}, je présente ma candidature pour {job} "
            "{at_employer}.",
            "J'ai travaillé en dernier lieu en tant que {position} {at_org} et je pose aujourd'hui ma "
            "candidature pour {job} {at_employer}.",
        ],
        "open_student": [
            "Je suis actuellement des études en {area}{degree} {at_school}{finish} et je présente ma "
            "candidature pour {job} {at_employer}.",
            "Je poursuis des études en {area}{degree} {at_school}{finish} et je pose ma candidature pour "
            "{job} {at_employer}.",
        ],
        "open_plain": [
            "Je présente ma candidature pour {job} {at_employer}.",
            "Je pose ma candidature pour {job} {at_employer}.",
        ],
        "change_clause": [", même si ce serait pour moi un changement de domaine"],
        "change": [
            "Les missions {at_employer} représenteraient pour moi un changement de domaine.",
            "Mon parcours ne mène pas directement aux missions proposées {at_employer}, mais une partie de "
            "mon expérience s'y transpose.",
            "Je viendrais {at_employer} d'un autre domaine ; une partie de mon expérience s'y transpose "
            "néanmoins.",
        ],
        "ask_skills": [
            "Vous recherchez une expérience de {skills}.",
            "Votre annonce mentionne {skills}.",
            "Votre annonce cite {skills} parmi les compétences attendues.",
            "Parmi les compétences attendues figure {skills}.",
            "Il est question dans votre annonce de {skills}.",
        ],
        "ask_open": [
            "Pour votre travail {at_employer}, cette expérience peut compter.",
            "Ce que j'apporterais {at_employer} ressort de mon parcours.",
        ],
        "ask_topic": [
            "Parmi vos exigences figure {topic}.",
            "Votre annonce demande notamment {topic}.",
            "Vous attendez notamment {topic}.",
        ],
        "role_current": [
            "{at_org}, je travaille {years} en tant que {position}.",
            "Je suis {position} {at_org} {years}.",
        ],
        "role_past": [
            "{at_org}, j'ai travaillé {years} en tant que {position}.",
            "J'ai été {position} {at_org} {years}.",
        ],
        "quote_current": [
            "En tant que {position} {at_org} ({span}), voici ce que mon curriculum vitae retient de mon "
            "travail : {quote}.",
            "Un exemple tiré de mon poste actuel de {position} {at_org}, tel que mon curriculum vitae le "
            "décrit : {quote}.",
            "{at_org}, je travaille {years} en tant que {position} ; mon curriculum vitae en retient "
            "notamment {quote}.",
        ],
        "quote_past": [
            "En tant que {position} {at_org} ({span}), j'ai notamment réalisé ceci : {quote}.",
            "Un exemple tiré de mon expérience de {position} {at_org} ({span}), tel que mon curriculum vitae "
            "le décrit : {quote}.",
            "{at_org}, j'ai travaillé {years} en tant que {position} ; mon curriculum vitae en retient "
            "notamment {quote}.",
        ],
        "quote_again_current": [
            "Mon travail {at_org} en offre un exemple : {quote}.",
            "Un exemple tiré de mon travail {at_org} : {quote}.",
        ],
        "quote_again_past": [
            "Mon expérience {at_org} en offre un exemple : {quote}.",
            "Un exemple tiré de mon expérience {at_org} : {quote}.",
        ],
        "quote_org_current": [
            "De mon travail {at_org} ({span}), mon curriculum vitae retient {quote}.",
            "Un exemple tiré de mon travail {at_org} ({span}) : {quote}.",
        ],
        "quote_org_past": [
            "De mon travail {at_org} ({span}), mon curriculum vitae retient {quote}.",
            "Un exemple tiré de mon travail {at_org} ({span}) : {quote}.",
        ],
        "quote_project": [
            "En dehors de mon emploi, j'ai mené le projet {org} : {quote}.",
            "Mon projet {org} en est un exemple : {quote}.",
        ],
        "quote_project_again": [
            "Le même projet comprend {quote}.",
            "Du même projet vient {quote}.",
        ],
        "quote_plain": [
            "Mon curriculum vitae en donne un exemple : {quote}.",
        ],
        "role_tools_current": [
            "En tant que {position} {at_org} ({span}), je travaille avec {skills}.",
            "{at_org}, je travaille {years} en tant que {position} avec {skills}.",
        ],
        "role_tools_past": [
            "En tant que {position} {at_org} ({span}), j'ai travaillé avec {skills}.",
            "{at_org}, j'ai travaillé {years} en tant que {position} avec {skills}.",
        ],
        "tools_at_current": [
            "{at_org}, je travaille avec {skills}.",
            "Mes outils {at_org} sont {skills}.",
        ],
        "tools_at_past": [
            "{at_org}, j'ai travaillé avec {skills}.",
            "Mes outils {at_org} étaient {skills}.",
        ],
        "tools_current": [
            "J'y travaille avec {skills}.",
            "Mes outils y sont notamment {skills}.",
        ],
        "tools_past": [
            "J'y ai travaillé avec {skills}.",
            "J'y ai notamment utilisé {skills}.",
        ],
        "support": [
            "s'y ajoute {quote}.",
            "ainsi que {quote}.",
        ],
        "listed": [
            "Parmi les outils que vous utilisez {at_employer}, je connais {tools} par la pratique.",
            "Je connais par la pratique des outils que vous utilisez {at_employer} : {tools}.",
        ],
        "degree_done": [
            "En {year}, j'ai terminé mes études {at_school} ({degree}).",
            "J'ai obtenu mon diplôme en {year} ({degree}, {school}).",
        ],
        "degree_studied": [
            "J'ai étudié {at_school} ({degree}).",
            "Ma formation s'appuie sur mes études {at_school} ({degree}).",
        ],
        "paper": [
            "J'ai notamment publié {name}.",
            "Parmi mes publications figure {name}.",
        ],
        "award": [
            "Mon travail a été récompensé : {name}.",
            "J'ai reçu la distinction {name}.",
        ],
        "project": [
            "En dehors de mon emploi, j'ai mené le projet {name}.",
            "J'ai également réalisé le projet {name}, en dehors de mon emploi.",
        ],
        "close": [
            "Je me tiens à votre disposition pour un entretien sur ce que je pourrais apporter {at_employer}.",
            "Un entretien me permettrait de vous présenter plus en détail ce que j'apporterais {at_employer}.",
            "Je reste à votre disposition pour échanger au sujet de {job}.",
            "Un entretien serait l'occasion de parler plus en détail de {job}.",
        ],
        "weak_close": [
            "Je suis disponible pour un entretien afin de voir ce que mon expérience peut apporter pour "
            "{job}.",
            "Si ce parcours peut être utile {at_employer}, je suis disponible pour en parler.",
            "Je serais disponible pour un entretien afin de voir ce que mon expérience peut apporter "
            "{at_employer}.",
            "Un entretien nous permettrait de voir si mon parcours convient pour {job}.",
        ],
    },
)
