"""A board's template left unfilled, and a board's word for an employer it does not give.

Boards that take postings through a form or an issue template leave marks when the poster skips a field: the
template's own example ("Back-end developer - NomeDaEmpresa", "[Company Name]") or the board's placeholder for
an employer it withholds ("Empresa não Informado", "Company not disclosed", "Confidential"). Neither is a name;
a title line holding a template's example is no title either.
"""

from __future__ import annotations

import re

# a template's field names ("NomeDaEmpresa", "{company}", "[Nome da empresa]"), never filled in by the poster
_TEMPLATE = re.compile(
    r"(?<![\w-])(?:Nome[\s_]?Da[\s_]?Empresa|NomeEmpresa|Nombre_?(?:De_?La_?)?Empresa|Company_?Name|YourCompany|"
    r"Nom_?(?:De_?L_?)?Entreprise|Nome_?(?:Dell_?)?Azienda|Firmen_?Name|Bedrijfs_?Naam)(?![\w-])|"
    r"[\[{<]\s*(?:company(?: name)?|nome da empresa|nombre de la empresa|empresa|nom de l['’]entreprise|"
    r"firmenname|bedrijfsnaam|nome dell['’]azienda)\s*[\]}>]",
    re.IGNORECASE,
)
_ORG_WORD = r"(?:empresa|company|employer|entreprise|unternehmen|arbeitgeber|azienda|bedrijf|werkgever|companhia)"
_NOT = r"(?:não|nao|no|not|non|nicht|niet|sin)"
_GIVEN = (r"(?:informad[oa]|divulgad[oa]|identificad[oa]|revelad[oa]|disclosed|given|specified|named|revealed|"
          r"listed|communiqu[ée]e?|précisée?|mentionnée?|angegeben|genannt|indicat[oa]|specificat[oa]|"
          r"vermeld|bekend|especificad[oa]|indicad[oa])")
# an employer the board withholds: "Empresa não Informado", "Company not disclosed", "Confidential"
_WITHHELD = re.compile(
    rf"^(?:{_ORG_WORD}\s+)?{_NOT}\s+{_GIVEN}$|^{_ORG_WORD}\s+(?:confidencial|confidential|confidentielle|"
    rf"vertraulich|riservata|vertrouwelijk|sigilosa|anônima|anónima|anonyme|anonymous|undisclosed)$|"
    rf"^(?:confidencial|confidential|confidentiel(?:le)?|vertraulich|riservat[oa]|vertrouwelijk|sigilos[oa]|"
    rf"undisclosed)$",
    re.IGNORECASE,
)
# the withheld employer at the end of a title line: "Analista (PO) na Empresa não Informado"
_TITLE_TAIL = re.compile(
    rf"\s+(?:na|no|at|@|bei|chez|presso|bij|en|-|–|—|\|)\s+(?P<name>(?:{_ORG_WORD}\s+)?{_NOT}\s+{_GIVEN}|"
    rf"{_ORG_WORD}\s+(?:confidencial|confidential|confidentielle|vertraulich|riservata|vertrouwelijk|sigilosa)|"
    rf"confidencial|confidential|undisclosed)\s*$",
    re.IGNORECASE,
)


# a template's example address ("feedbacks@empresasuperlegal.com.br", "jobs@example.com"): a made-up company
_PLACEHOLDER_DOMAIN = re.compile(r"^(?:(?:sua|tu|your|votre|ihre|la|the)?(?:empresa|company|companhia|compania|firma|"
                                 r"entreprise|azienda|bedrijf|unternehmen)|example|exemplo|ejemplo|exemple|"
                                 r"beispiel|voorbeeld|esempio)", re.IGNORECASE)


def is_placeholder_domain(stem: str) -> bool:
    """Whether a domain's stem is a template's made-up company ("empresasuperlegal", "example")."""
    return bool(_PLACEHOLDER_DOMAIN.match(stem))


def is_template(text: str) -> bool:
    """Whether a line holds a template's field name left unfilled ("Back-end developer - NomeDaEmpresa")."""
    return bool(_TEMPLATE.search(text))


def is_withheld(name: str) -> bool:
    """Whether a would-be employer's name is a board's word for an employer it does not give."""
    return bool(_WITHHELD.match(" ".join(name.split()).strip(" .,;:()[]")))


def withheld_in_title(title: str) -> str | None:
    """The placeholder a title line ends with for a withheld employer ("... na Empresa não Informado"), or None."""
    match = _TITLE_TAIL.search(title)
    return match.group("name") if match else None


def strip_withheld(title: str) -> str:
    """A title line without the withheld employer it ends with."""
    return _TITLE_TAIL.sub("", title).strip()


__all__ = ["is_placeholder_domain", "is_template", "is_withheld", "strip_withheld", "withheld_in_title"]
