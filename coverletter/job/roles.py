"""Role words beyond the office and software ones, in the seven languages: care, teaching, public service,
research posts, and plurals ("Developers").

``fields.ROLE_WORDS`` holds the common ones; this module adds the rest and the phrases that carry a title
inside a sentence ("die Stelle einer Wissenschaftlichen Mitarbeiterin (m/w/d)", "n. 6 posti di Istruttore").
"""

from __future__ import annotations

import re

MORE_ROLES = re.compile(
    r"\b(?:"
    # plurals and research posts (en)
    r"(?:engineer|developer|designer|analyst|manager|specialist|consultant|nurse|teacher|technician|"
    r"officer|assistant|scientist|researcher|writer|editor)s|"
    r"post-?doc(?:toral)?(?: fellow| researcher| position)?|ph\.?d\.?|doctoral|doctorate|studentship|"
    r"scholarship|traineeship|clinician|physician|pharmacist|caregiver|carer|paramedic|librarian|"
    r"secretary|receptionist|educator|instructor|counsel(?:l)?or|inspector|supervisor|"
    # trades, kitchens, gardens and shops in the seven languages (a sous chef's or gardener's post)
    r"(?:sous[- ])?chefs?|cooks?|bakers?|butchers?|waiters?|waitress(?:es)?|bartenders?|baristas?|dishwashers?|"
    r"housekeepers?|janitors?|custodians?|cleaners?|gardeners?|groundskeepers?|landscapers?|plumbers?|"
    r"carpenters?|welders?|roofers?|bricklayers?|machinists?|"
    r"koch|köchin|gärtner(?:in)?|elektriker(?:in)?|schreiner(?:in)?|tischler(?:in)?|reinigungskraft|"
    r"cuisini(?:er|ère)|jardini(?:er|ère)|serveu(?:r|se)|plombi(?:er|ère)|menuisi(?:er|ère)|électricien(?:ne)?|"
    r"cociner[oa]|camarer[oa]|jardiner[oa]|fontaner[oa]|electricista|"
    r"cuoc[oa]|camerier[ea]|giardinier[ea]|idraulic[oa]|elettricista|"
    r"kok|tuinman|hovenier|schoonmaker|loodgieter|elektricien|"
    r"cozinheir[oa]|garçom|jardineir[oa]|eletricista|est[áa]gio|"
    # de
    r"doktorand(?:in)?|promotionsstelle|wissenschaftliche[nr]?|pflegefachkraft|pflegekraft|erzieher(?:in)?|"
    r"lehrkraft|sekretär(?:in)?|assistenz|sachbearbeitung|abteilungsleitung|referendar(?:in)?|"
    # fr
    r"doctorant(?:e)?|contrat doctoral|post-?doctorant(?:e)?|infirmi(?:er|ère)|enseignant(?:e)?|"
    r"secr[ée]taire|[ée]ducat(?:eur|rice)|aide-soignant(?:e)?|technicien(?:ne)?|"
    # es
    r"enfermer[oa](?:\(a\))?|doctorand[oa]|investigador(?:a)?|predoctoral|auxiliar(?:es)?|secretari[oa]|"
    r"conserjes?|celador(?:a|es)?|operari[oa]s?|peón|peones|bomber[oa]s?|socorristas?|"
    r"limpiador(?:a|es|as)?|personal de limpieza|agentes?|"
    r"educador(?:a)?|maestr[oa]|médic[oa]|docente|administrativ[oa]|supervisor(?:a)?(?:\(a\))?|"
    # it
    r"agenti|istrut(?:tore|trice)|educat(?:ore|ori|rice|rici)|infermier[ei]|dottorand[oi]|assegnista|ricercat(?:ore|rice)|"
    r"dirigente|funzionari[oa]|insegnante|operat(?:ore|rice)|tecnolog[oi]|collaborat(?:ore|rice)|"
    # nl
    r"promovendus|promovenda|onderzoeker|verpleegkundigen?|docent|leerkracht|begeleider|"
    r"\w+(?:ondersteuner|medewerker|adviseur|coördinator|coordinator|consulent|behandelaar|deskundige)(?:s|n)?|"
    r"\w*ambtena(?:ar|ren)|afdelingshoofd(?:en)?|diensthoofd(?:en)?|"
    # pt
    r"auxiliar administrativo|assistente|recrutador(?:a)?|enfermeir[oa]|professor(?:a)?|secretári[oa]|bolseir[oa]|"
    r"pesquisador(?:a)?|analistas?|bolsas? de (?:iniciação|investigação|doutoramento|pós-doutoramento)"
    r")\b",
    re.IGNORECASE,
)

# "die ... Stelle einer*eines Wissenschaftlichen Mitarbeiterin*Mitarbeiters (m-w-d)": the title inside a sentence
TITLE_IN_SENTENCE = re.compile(
    r"\bStelle (?:als|eines|einer)(?:\*(?:eines|einer))?\s+"
    r"(?P<t>[^.,;]{3,80}?\([mwdfx][-/][mwdfx][-/][mwdfx]\))|"
    r"\b(?i:posti|posto|plazas?|vagas?|postes?) (?i:di|de|d['’])\s*[“\"«]?"
    r"(?P<t2>[A-ZÀ-Þ][^–—,;:()\n“”\"«»]{3,60}?)\s*(?:[”\"»]|[–—,;:(]|$|\s(?i:vacanti|vacantes?)\b)|"
    # "l’assunzione a tempo pieno e indeterminato di n. 6 Agenti di Polizia Locale, Categoria C"
    r"\b(?i:di|de) n\.\s?\d+\s+(?P<t3>[A-ZÀ-Þ][^–—,;:()\n]{3,60}?)\s*(?:[–—,;:(]|$)|"
    # "contratos laborales temporales con la categoría de personal de limpieza"
    r"\b(?i:con la categoría|en la categoría|na categoria|nella categoria) (?:profesional )?(?i:de|di) "
    r"(?P<t4>[\wÀ-ÿ/ ]{3,40}?)(?=[.,;:]|$)",
    re.MULTILINE,
)


def title_in_sentence(text: str) -> str | None:
    """A title stated inside a sentence of a public or academic notice, or None."""
    match = TITLE_IN_SENTENCE.search(text)
    if not match:
        return None
    title = (match.group("t") or match.group("t2") or match.group("t3") or match.group("t4") or "").strip()
    return title or None


__all__ = ["MORE_ROLES", "TITLE_IN_SENTENCE", "title_in_sentence"]
