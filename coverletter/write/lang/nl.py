"""Dutch letters: formal "u", names after "bij" (with "de"/"het" before an institution named by its kind), job
titles after "als", verbs at the end of subordinate clauses."""

from __future__ import annotations

from .phrases import Phrases

PHRASES = Phrases(
    code="nl",
    job="de functie van {title}",
    job_untitled="de openstaande functie",
    at_default="bij {org}",
    at_rules=(
        ("universiteit|rijksuniversiteit|hogeschool|gemeente|provincie|university|politie|belastingdienst|"
         "technische|vrije|radboud|-universiteit|-hogeschool", "bij de {org}"),
        ("ministerie|instituut|ziekenhuis|rijksmuseum|centrum|bureau|kadaster|waterschap", "bij het {org}"),
    ),
    at_unknown="bij u",
    years_current="sinds {start}",
    years_past="van {start} tot {end}",
    years_one="in {start}",
    finish=", met als verwachte afstudeerdatum {month},",
    slots={
        "open_current": [
            "Op dit moment werk ik als {position} {at_org}, en ik solliciteer naar {job} {at_employer}.",
            "Vanuit mijn huidige werk als {position} {at_org} solliciteer ik naar {job} {at_employer}.",
        ],
        "open_past": [
            "Na mijn werk als {position} {at_org} solliciteer ik naar {job} {at_employer}.",
            "Mijn laatste functie was {position} {at_org}; nu solliciteer ik naar {job} {at_employer}.",
        ],
        "open_student": [
            "Ik studeer momenteel {area}{details}{finish} en solliciteer naar {job} {at_employer}.",
            "Tijdens mijn studie {area}{details}{finish} solliciteer ik naar {job} {at_employer}.",
        ],
        "open_plain": [
            "Ik solliciteer naar {job} {at_employer}.",
            "Met deze brief solliciteer ik naar {job} {at_employer}.",
        ],
        "weak_intro": [
            "Voor mij zou {job} een overstap naar een nieuw vakgebied zijn; dit is wat ik meebreng.",
            "Mijn loopbaan leidt niet rechtstreeks naar {job}, maar een deel van mijn ervaring is bruikbaar.",
        ],
        "lead_current_skills": [
            "{at_org}, waar ik {years} als {position} werk, gebruik ik {skills}.",
            "Uw vacature noemt {skills}; daarmee werk ik {at_org}, waar ik {years} {position} ben.",
            "Ik werk met {skills} {at_org}, waar ik {years} als {position} actief ben.",
        ],
        "lead_past_skills": [
            "{at_org}, waar ik {years} als {position} werkte, heb ik {skills} gebruikt.",
            "Met {skills} heb ik ervaring opgedaan {at_org}, waar ik {years} als {position} werkte.",
            "Uw vacature noemt {skills}; daarmee heb ik {years} als {position} {at_org} gewerkt.",
        ],
        "lead_current": [
            "Voor {job} breng ik mijn ervaring {at_org} mee, waar ik {years} als {position} werk.",
            "{at_org} werk ik {years} als {position}; die ervaring wil ik graag {at_employer} inzetten.",
        ],
        "lead_past": [
            "Voor {job} breng ik ook de ervaring mee die ik {years} als {position} {at_org} heb opgedaan.",
            "{at_org} heb ik {years} als {position} gewerkt; ook die ervaring wil ik graag {at_employer} "
            "inzetten.",
        ],
        "topic": ["Uw vacature noemt onder meer: {topic}.", "Tot uw eisen behoort: {topic}."],
        "lines": [
            "Uit dit werk breng ik {at_employer} vooral mee: {line}.",
            "Dit is ervaring die ik graag {at_employer} inzet: {line}.",
            "Vooral bruikbaar voor het werk {at_employer}: {line}.",
        ],
        "more_skills_current": [
            "Daar werk ik ook met {skills}, kennis die ik {at_employer} kan inzetten.",
            "Ook mijn werk met {skills} {at_org} komt mij {at_employer} van pas.",
        ],
        "more_skills": [
            "Daar werkte ik ook met {skills}, kennis die ik {at_employer} kan inzetten.",
            "Ook mijn werk met {skills} {at_org} komt mij {at_employer} van pas.",
        ],
        "paper": [
            "Voor {job} telt misschien ook mijn onderzoek; ik publiceerde onder meer {name}.",
            "Ook mijn onderzoek kan {at_employer} van nut zijn; ik publiceerde onder meer {name}.",
        ],
        "awards": [
            "Voor {job} noem ik ook een onderscheiding: {name}.",
            "Mijn werk werd onderscheiden: {name}.",
        ],
        "project": [
            "Voor {job} noem ik ook het project {name}, dat ik naast mijn baan deed.",
            "Naast mijn baan werkte ik aan het project {name}.",
        ],
        "career": [
            "Voor {job} breng ik werkervaring sinds {since} mee, onder meer {orgs}.",
            "Sinds {since} heb ik {orgs} gewerkt, ervaring die ik {at_employer} wil inzetten.",
        ],
        "stations": [
            "Voor {job} breng ik ervaring uit deze functies mee: {stations}.",
            "Wat ik {at_employer} kan inzetten, komt uit deze functies: {stations}.",
        ],
        "lines_at": [
            "Uit mijn werk {at_org} breng ik {at_employer} vooral mee: {line}.",
            "{at_org} behoorde tot mijn taken, ook van belang {at_employer}: {line}.",
        ],
        "tools": [
            "Van de kennis die uw vacature noemt, heb ik gewerkt met {tools}.",
            "Uw vacature noemt ook {tools}; daarmee heb ik al gewerkt.",
        ],
        "degree": [
            "Voor {job} breng ik ook een afgeronde opleiding mee: {degree}.",
            "Mijn opleiding, de basis voor mijn werk {at_employer}: {degree}.",
        ],
        "close": [
            "Ik vertel u graag in een gesprek meer over wat ik voor {job} meebreng.",
            "Ik licht graag in een gesprek toe wat ik {at_employer} kan bijdragen in {job}.",
            "Ik dank u voor uw aandacht voor mijn sollicitatie naar {job}.",
        ],
        "weak_close": [
            "Als mijn achtergrond {at_employer} van pas kan komen, ga ik graag met u in gesprek.",
            "Ik bespreek graag met u wat mijn ervaring voor {job} kan betekenen.",
        ],
    },
)
