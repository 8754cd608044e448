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
        ("ministerie|instituut|ziekenhuis|rijksmuseum|centrum|bureau|kadaster|waterschap|institute|center|centre|"
         "laboratory", "bij het {org}"),
    ),
    freelance="op freelancebasis",
    at_unknown="bij uw organisatie",
    years_current="sinds {start}",
    years_past="van {start} tot {end}",
    years_one="in {start}",
    finish=", met als verwachte afstudeerdatum {month},",
    quotes=("“", "”"),
    first_person=r"^(?:ik\b)",
    head_anywhere=True,
    school="aan de {org}",
    school_always=True,
    slots={
        "open_current": [
            "Op dit moment werk ik als {position} {at_org}; met deze brief solliciteer ik naar {job} "
            "{at_employer}.",
            "Vanuit mijn huidige functie als {position} {at_org} solliciteer ik naar {job} {at_employer}.",
        ],
        "open_past": [
            "Na mijn werk als {position} {at_org} solliciteer ik naar {job} {at_employer}.",
            "Mijn laatste functie was {position} {at_org}; nu solliciteer ik naar {job} {at_employer}.",
        ],
        "open_student": [
            "Ik studeer {area}{degree} {at_school}{finish} en solliciteer naar {job} {at_employer}.",
            "Op dit moment studeer ik {area}{degree} {at_school}{finish} en solliciteer ik naar {job} "
            "{at_employer}.",
        ],
        "open_plain": [
            "Met deze brief solliciteer ik naar {job} {at_employer}.",
            "Ik solliciteer graag naar {job} {at_employer}.",
        ],
        "change_clause": [", ook al zou het voor mij een overstap naar een ander vakgebied zijn"],
        "change": [
            "Voor mij zou het werk {at_employer} een overstap naar een ander vakgebied zijn.",
            "Mijn loopbaan leidt niet rechtstreeks naar het werk {at_employer}, maar een deel van mijn "
            "ervaring is overdraagbaar.",
            "Mijn ervaring komt uit een ander vakgebied, maar een deel ervan is overdraagbaar naar het werk "
            "{at_employer}.",
        ],
        "ask_skills": [
            "U zoekt ervaring met {skills}.",
            "Uw vacature noemt {skills}.",
            "Ervaring met {skills} is voor u belangrijk.",
            "Voor u telt ervaring met {skills}.",
            "In uw vacature wordt gevraagd naar {skills}.",
        ],
        "ask_open": [
            "Voor het werk {at_employer} kan deze ervaring van nut zijn.",
            "Wat ik {at_employer} kan bijdragen, blijkt uit mijn werk.",
        ],
        "ask_topic": [
            "Tot uw eisen behoort {topic}.",
            "Uw vacature vraagt om {topic}.",
            "Uw vacature noemt als eis {topic}.",
        ],
        "role_current": [
            "{at_org} werk ik {years} als {position}.",
            "Ik ben {years} {position} {at_org}.",
        ],
        "role_past": [
            "{at_org} werkte ik {years} als {position}.",
            "Ik was {years} {position} {at_org}.",
        ],
        "quote_current": [
            "Als {position} {at_org} ({span}) heb ik daar onder meer aan bijgedragen: {quote}.",
            "Een voorbeeld uit mijn huidige werk als {position} {at_org}, zoals mijn cv het beschrijft: "
            "{quote}.",
            "{at_org} werk ik {years} als {position}; mijn cv noemt daaruit onder meer {quote}.",
        ],
        "quote_past": [
            "Als {position} {at_org} ({span}) heb ik onder meer het volgende gedaan: {quote}.",
            "Een voorbeeld uit mijn tijd als {position} {at_org} ({span}), zoals mijn cv het beschrijft: "
            "{quote}.",
            "{at_org} werkte ik {years} als {position}; mijn cv noemt daaruit onder meer {quote}.",
        ],
        "quote_again_current": [
            "Mijn werk {at_org} geeft daarvan een voorbeeld: {quote}.",
            "Een voorbeeld uit mijn werk {at_org}: {quote}.",
        ],
        "quote_again_past": [
            "Mijn tijd {at_org} geeft daarvan een voorbeeld: {quote}.",
            "Een voorbeeld uit mijn tijd {at_org}: {quote}.",
        ],
        "quote_org_current": [
            "Uit mijn werk {at_org} ({span}) noemt mijn cv {quote}.",
            "Een voorbeeld uit mijn werk {at_org} ({span}): {quote}.",
        ],
        "quote_org_past": [
            "Uit mijn werk {at_org} ({span}) noemt mijn cv {quote}.",
            "Een voorbeeld uit mijn werk {at_org} ({span}): {quote}.",
        ],
        "quote_project": [
            "Ik heb naast mijn baan het project {org} uitgevoerd: {quote}.",
            "Een voorbeeld is mijn project {org}: {quote}.",
        ],
        "quote_project_again": [
            "Bij hetzelfde project hoort {quote}.",
            "Uit hetzelfde project komt {quote}.",
        ],
        "quote_plain": [
            "Mijn cv noemt bijvoorbeeld {quote}.",
        ],
        "role_tools_current": [
            "Als {position} {at_org} ({span}) werk ik met {skills}.",
            "{at_org} werk ik {years} als {position} met {skills}.",
        ],
        "role_tools_past": [
            "Als {position} {at_org} ({span}) werkte ik met {skills}.",
            "{at_org} werkte ik {years} als {position} met {skills}.",
        ],
        "tools_at_current": [
            "{at_org} werk ik met {skills}.",
            "Mijn tools {at_org} zijn {skills}.",
        ],
        "tools_at_past": [
            "{at_org} werkte ik met {skills}.",
            "Mijn tools {at_org} waren {skills}.",
        ],
        "tools_current": [
            "Ik werk daarbij met {skills}.",
            "Ik gebruik daar onder meer {skills}.",
        ],
        "tools_past": [
            "Ik werkte daarbij met {skills}.",
            "Ik gebruikte daar onder meer {skills}.",
        ],
        "support": [
            "daarnaast {quote}.",
            "ook hoort daarbij {quote}.",
        ],
        "listed": [
            "Van de tools die u {at_employer} gebruikt, ken ik {tools} uit de praktijk.",
            "Tools die u {at_employer} gebruikt, ken ik uit de praktijk: {tools}.",
        ],
        "degree_done": [
            "In {year} ben ik afgestudeerd {at_school} ({degree}).",
            "Mijn opleiding heb ik in {year} afgerond ({degree}, {school}).",
        ],
        "degree_studied": [
            "Ik heb gestudeerd {at_school} ({degree}).",
            "Mijn vakkennis rust op mijn studie {at_school} ({degree}).",
        ],
        "paper": [
            "Ik heb onder meer {name} gepubliceerd.",
            "Tot mijn publicaties behoort {name}.",
        ],
        "award": [
            "Mijn werk is onderscheiden: {name}.",
            "Ik ontving de onderscheiding {name}.",
        ],
        "project": [
            "Ik heb naast mijn baan het project {name} uitgevoerd.",
            "Buiten mijn werk om ontstond het project {name}.",
        ],
        "close": [
            "Ik licht in een gesprek graag toe wat ik {at_employer} kan bijdragen.",
            "Ik vertel u in een gesprek graag meer over mijn werk en over {job}.",
            "Voor een gesprek over wat ik {at_employer} kan bijdragen, ben ik graag beschikbaar.",
            "In een gesprek vertel ik u graag meer over wat ik voor {job} meebreng.",
        ],
        "weak_close": [
            "Ik bespreek graag met u wat mijn ervaring kan betekenen voor {job}.",
            "Of mijn ervaring {at_employer} van nut kan zijn, bespreek ik graag met u.",
            "Ik bespreek graag met u wat ik {at_employer} kan bijdragen.",
            "In een gesprek kunnen we nagaan of mijn ervaring past bij {job}.",
        ],
    },
)
