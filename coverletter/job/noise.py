"""Job-board chrome: the buttons, badges, banners, ads and FAQs that a board wraps around a posting.

A pasted posting carries the board's page with it ("Apply now", "Save job", "Posted 3 days ago",
"Why Apply Through X?", cookie banners). This module finds the board's name and marks the lines that are
chrome, so that neither the board nor its buttons ever become the employer, the title or a requirement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..text import strip_line_marks as plain

# Job boards, aggregators and applicant-tracking systems whose names appear around postings.
KNOWN_BOARDS = (
    "LinkedIn", "Indeed", "Glassdoor", "Monster", "ZipRecruiter", "SimplyHired", "CareerBuilder", "Dice",
    "AngelList", "Wellfound", "Otta", "Welcome to the Jungle", "Hired", "Stack Overflow Jobs",
    "We Work Remotely", "WeWorkRemotely", "Remote OK", "RemoteOK", "Remotive", "FlexJobs", "Working Nomads",
    "Jobspresso", "Himalayas", "Built In", "BuiltIn", "Greenhouse", "Lever", "Workday", "SmartRecruiters",
    "Recruitee", "Workable", "BambooHR", "Ashby", "JazzHR", "Jobvite", "iCIMS", "Taleo", "SuccessFactors",
    "Teamtailor", "Personio", "StepStone", "XING", "SEEK", "Naukri", "Reed", "Totaljobs", "Jobindex",
    "MisuJob", "Jooble", "Adzuna", "Talent.com", "Handshake", "Work at a Startup", "Dribbble Jobs",
    "Upwork", "Toptal", "Arbeitnow", "Arbeitsagentur", "Jobware", "Kununu", "Welcome to the Jungle",
    "Indeed Prime", "Jobteaser", "HelloWork", "Cadremploi", "APEC", "InfoJobs", "Computrabajo", "Bumeran",
    "Tecnoempleo", "Jobbsafari", "Jobylon", "EURES", "Google Jobs", "Jobgether", "Remote.co", "Jobicy",
    "JustRemote", "NoDesk", "Landing.jobs", "Honeypot", "Hacker News", "Y Combinator", "Levels.fyi",
    "Dice.com", "Monster.com", "Indeed.com", "Glassdoor.com", "Jora", "CV-Library", "Guardian Jobs",
    "Remote Rocketship", "Jobright", "Simplify", "Teal", "Huntr",
)
# Each known board by its casefolded name, and a pattern that finds any of them (longest name first).
KNOWN_BY_FOLDED = {b.casefold(): b for b in KNOWN_BOARDS}
_KNOWN_RX = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(k) for k in sorted(KNOWN_BOARDS, key=len, reverse=True))
                       + r")(?![\w])", re.IGNORECASE)

# Phrases that name the board itself: "Why Apply Through X?", "X - AI Job Search Platform", "Is X free".
_NAME = r"(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2})"
_NAME1 = r"(?P<name>[A-Z][\w.&'-]*)"
_BOARD_NAMERS = [
    re.compile(p, re.MULTILINE)
    for p in (
        rf"\b(?i:why (?:apply|search|join) (?:through|with|on|via)) {_NAME}",
        rf"\b(?i:apply (?:through|via|on|with)) {_NAME}\b",
        rf"^{_NAME} [-–—|:] .{{0,60}}\b(?i:jobs? (?:search|board|platform|site|portal)|careers? (?:platform|site))",
        rf"\b(?i:is) {_NAME1} (?i:(?:completely )?free)\b",
        rf"\b(?i:free) {_NAME1} (?i:account)\b",
        # "Esta é uma vaga de um parceiro da plataforma Coodesh": the platform that carries a partner's posting
        rf"\b(?i:parceiro da plataforma|partner on the platform|socio de la plataforma|partenaire de la plateforme) "
        rf"{_NAME1}\b",
        # weaker phrases from here on: a name they give needs a second sighting

        rf"\b(?i:job seekers using) {_NAME1}",
        rf"\b{_NAME1}(?:'s|’s)? (?i:ai|matching algorithm) (?i:analy[sz]es|uses|to find)",
        rf"\b{_NAME1} (?i:features|lists|aggregates) (?i:jobs)\b",
        rf"\b(?i:create (?:a|your) (?:free )?){_NAME1} (?i:account|profile)\b",
        rf"\b(?i:(?:sign in|log in|register) (?:to|on|with)) {_NAME1}\b",
        rf"\b(?i:similar jobs on) {_NAME1}\b",
        rf"\b{_NAME1} (?i:job (?:alerts?|matching))\b",
    )
]
_STRONG_NAMERS = 6
_SCAN = 400  # characters of a line that board detection looks at
_EDGE = 40_000  # characters at the top and at the bottom of a long text where boards are looked for
_NOT_A_NAME = {"the", "a", "an", "us", "our", "this", "your", "my", "one", "click", "ai", "email", "google",
               "apple", "linkedin profile", "it", "we", "you", "job", "jobs",
               "apply", "ai-powered", "beyond", "one-click", "easy", "quick", "register", "login", "sign", "smart",
               "instant", "free", "our ai", "linkedin premium"}

# Whole lines that are a board's buttons, badges, banners or meta (matched case-insensitively, after
# markdown decoration is removed).
_CHROME_LINES = [
    r"archived",
    r"(?:this )?(?:job|position|listing|posting|vacancy)(?: listing| posting)? (?:has been archived|has expired|"
    r"has closed|is (?:no longer|not) (?:available|active|accepting applications)|is closed)\b.*",
    r".*\bno longer accepting applications\b.*",
    r"(?:we(?:'|’)re sorry, )?this job has (?:closed|expired)\.?",
    r"(?:easy )?apply(?: now| today| here| for this job| for this position| on company (?:website|site))?",
    r"apply (?:with|using) (?:linkedin|indeed|your profile|resume|cv)",
    r"(?:i(?:'|’)m )?interested(?: in this (?:position|job|role))?\??",
    r"(?:register|sign up|sign in|log ?in|join now|create (?:a )?(?:free )?account)(?: to apply)?(?:[.!]| now)?",
    r"register to apply",
    r"create a free account to .*",
    r"ready to apply\??",
    r"(?:un)?save(?:d)?(?: job| this job)?",
    r"share(?: this)?(?: job| posting)?",
    r"report(?: this)? (?:job|listing|posting)",
    r"(?:back to|return to) (?:search(?: results)?|jobs|all jobs|job list|results|listings?)",
    r"(?:see|view|show) (?:more|less|all)(?: jobs| details| of this)?(?: \w+)?",
    r"(?:show|see) more(?: \.\.\.|…)?",
    r"\.\.\. ?(?:more|show more)|…\s*more",
    r"similar jobs?|jobs you may (?:be interested in|like)|people also (?:viewed|searched)",
    r"more jobs (?:like this|at .*)",
    r"promoted(?: by hirer)?|sponsored|featured(?: job)?|hot job|new|verified(?: employer| company)?",
    r"actively (?:recruiting|hiring)|urgently hiring|hiring multiple candidates|be an early applicant",
    r"(?:re)?posted:? .*\b(?:ago|today|yesterday)\b.*|(?:re)?posted (?:today|yesterday|just now)",
    r"\d+\+? (?:applicants?|applications|people clicked apply|views?)\b.*",
    r"(?:over |about )?\d+ (?:applicants|people applied).*",
    r"see how you compare to .*|how you match|your (?:profile|skills) match(?:es)?.*|\d+% match",
    r"(?:try|retry|get) premium.*|meet the hiring team|message|follow|following|connect",
    r"responses managed off \w+.*|apply on company (?:website|site)",
    r"(?:get|set|create|turn on)(?: a)? job alerts?.*|job alert.*|get notified .*",
    r"skip to (?:main )?content|skip to .*navigation|main menu|menu|navigation|toggle navigation|close",
    # a page's skip link in the other languages ("Ir para conteúdo principal", "Aller au contenu principal")
    r"(?:ir|saltar|pular) (?:para|al?|ao) (?:o )?conte[úu]d[oa]s?(?: principal)?|"
    r"(?:aller|passer) au contenu(?: principal)?|(?:direkt )?zum (?:haupt)?inhalt(?: springen)?|"
    r"vai al contenuto(?: principale)?|(?:ga )?(?:direct )?naar (?:de )?(?:hoofd)?inhoud",
    r"(?:accept|reject|allow|manage)(?: all)? cookies?(?: settings| preferences)?",
    r"cookie (?:settings|preferences|policy)",
    r".*\bwe use cookies\b.*|.*\bthis (?:site|website) uses cookies\b.*|.*\bby (?:continuing|clicking).*cookies\b.*",
    r"(?:privacy policy|terms of (?:use|service)|terms and conditions|imprint|impressum|sitemap|help center)"
    r"(?: [|·•] .*)?",
    r"©.*|copyright .*|all rights reserved\.?",
    r"company logo|logo|image|photo|\[image.*\]",
    r"(?:job )?(?:id|reference|ref|req(?:uisition)?(?: id)?)\s*[:#]\s*[\w-]+",
    r"(?:full job description|job info(?:rmation)?|details)",
    r"(?:top job picks for you|recommended for you|your job search|job search|search (?:for )?jobs|find jobs|"
    r"browse jobs|view all jobs|all jobs)",
    r"(?:save|apply|share|report)(?: [|·•/] (?:save|apply|share|report))+",
    r"\d+ (?:days?|hours?|weeks?|months?) ago",
    r"(?:via|from|on) (?:linkedin|indeed|glassdoor|ziprecruiter)",
    r"(?:loading|please wait)\.*",
    r"print|email|email this job|send to a friend|tweet|facebook|twitter|x",
    r"(?:save|share|report) .{3,80} at .{2,60}|show match details|hiring insights|job activity|company reviews",
    # German, French, Spanish buttons and counters
    r"jetzt bewerben|(?:job|stelle) merken|gemerkt|teilen|einfach bewerben|schnellbewerbung|"
    r"vor \d+ (?:tagen|stunden|wochen|monaten)(?: veröffentlicht)?|(?:heute|gestern) veröffentlicht",
    r"postuler(?: maintenant)?|candidater|sauvegarder|enregistrer(?: l'offre)?|partager|"
    r"(?:publiée? )?il y a \d+ (?:jours?|heures?|semaines?|mois)",
    r"(?:postular|inscribirme|aplicar)(?: ahora| a esta oferta)?|guardar(?: oferta)?|compartir|"
    r"(?:publicad[oa] )?hace \d+ (?:días?|horas?|semanas?|mes(?:es)?)",
    r"email me (?:similar )?jobs(?: like this)?|post a job|recruiters|terms|privacy|cookies|contact us",
    r"(?:home|start|jobs?|careers?)\s*[>›»/]\s*.*|[^>›»\n]{1,40}(?:\s[>›»]\s[^>›»\n]{1,40}){2,}",
    r"find (?:jobs|salaries)|upload your (?:resume|cv)|post a job|employers?|for employers|"
    r"\d(?:\.\d)? out of 5 stars?|\d(?:\.\d)? ★.*|\d+ reviews?",
    # an issue-tracker board (a GitHub "vagas"/"jobs" repository): its repository line, labels, author lines
    r"[\w.-]+/[\w.-]+ · (?:issue|pull request) #\d+ · (?:open|closed|merged)(?: · [\w#+ .-]+)?",
    r"labels: .*",
    # a document-sharing site's frame around a posting saved as a document
    r"protected|copied!?|n/a|academic year: \d{4}|share \".*\"|bezig met laden.*|hele tekst|full text|"
    r"•? ?no results found|\(\d{1,3}\)",
    r"\S+ · (?:description|comment|review|review thread) · \d{4}-\d{2}-\d{2}",
    r"(?:click to )?\[?apply\]?(?:\(https?://\S+\))?",
]
_CHROME = re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in _CHROME_LINES) + r")[\s.!?:]*$", re.IGNORECASE)

# Headings that start a block belonging to the board, not the posting: everything up to the next heading
# of the posting's own is dropped.
_BOARD_SECTION = re.compile(
    r"^(?:why (?:apply|search|join) (?:through|with|on|via) .+|frequently asked questions|faqs?|"
    r"similar jobs?|related jobs?|more jobs(?: like this| at .+| from .+)?|jobs you may (?:be interested in|like)|"
    r"people also (?:viewed|searched)|recommended jobs|other jobs.*|explore (?:more )?jobs.*|"
    r"about (?:the )?(?:job board|platform)|how (?:it|\w+) works|salary insights|ready to apply|"
    r"interested in this (?:position|job)|job seekers also viewed|top companies.*|"
    r"apply for this (?:job|position|role)|submit (?:your )?application|application form|\* required|"
    r"ähnliche (?:jobs|stellen(?:angebote)?)|weitere jobs.*|offres similaires|d'autres offres.*|"
    r"empleos similares|ofertas similares|otras ofertas.*)[\s?!:.]*$",
    re.IGNORECASE,
)

def find_boards(lines: Iterable[str]) -> set[str]:
    """Names of the job boards that the text itself shows it was pasted from.

    A name counts when a board phrase names it ("Why Apply Through X?", "X - AI Job Search Platform",
    "Is X free for job seekers?"), or when a known board's name appears in a line that is chrome.
    """
    names: Counter[str] = Counter()
    strong: set[str] = set()
    joined = "\n".join(plain(line[:_SCAN]) for line in lines)
    if len(joined) > 2 * _EDGE:  # a board's chrome sits above and below the posting
        joined = joined[:_EDGE] + "\n" + joined[-_EDGE:]
    for index, pattern in enumerate(_BOARD_NAMERS):
        for match in pattern.finditer(joined):
            name = re.sub(r"(?:'s|’s)$", "", match.group("name").strip(" .,:;!?'’"))
            if name and name.casefold() not in _NOT_A_NAME and not name.isdigit():
                names[name] += 1
                if index < _STRONG_NAMERS:
                    strong.add(name)
    found = {n for n, count in names.items() if n in strong or count >= 2 or n.casefold() in KNOWN_BY_FOLDED}
    for match in _KNOWN_RX.finditer(joined):
        line_start = joined.rfind("\n", 0, match.start()) + 1
        line_end = joined.find("\n", match.end())
        bare = joined[line_start : line_end if line_end >= 0 else len(joined)]
        name = KNOWN_BY_FOLDED.get(match.group(0).casefold(), match.group(0))
        if name not in found and len(bare) <= 200 and (is_chrome(bare) or _board_framed(bare, name)):
            found.add(name)
    return {n for n in found if n}


def _board_framed(line: str, name: str) -> bool:
    """A short line that presents the name as the site the reader is on ("Apply via X", "X Jobs", "X logo")."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"(?:via|through|on|with|from|back to|sign in to|join|register on|powered by) {n}\b|"
            rf"\b{n} (?:jobs?|careers?|premium|logo|account|profile|job search|home)\b|^{n}$",
            line,
            re.IGNORECASE,
        )
    )


def is_chrome(line: str, boards: Iterable[str] = ()) -> bool:
    """Whether a single line is a board's chrome: a button, badge, banner, counter or the board's own line."""
    bare = plain(line)
    if not bare or len(bare) > _SCAN:
        return False  # chrome is short: a button, a badge, a banner
    if _CHROME.match(bare):
        return True
    parts = [p for p in re.split(r"\s+[|·•]\s+|\s{3,}", bare) if p.strip()]
    if len(parts) > 1 and all(_CHROME.match(p.strip()) for p in parts):
        return True  # "Sign in | Register | Post a job", "Apply now   Save job"
    for name in boards:
        n = re.escape(name)
        if re.fullmatch(rf"(?:{n}\W*)+", bare, re.IGNORECASE):
            return True
        if re.search(rf"\b{n}\b", bare, re.IGNORECASE) and (
            _board_framed(bare, name)
            or re.search(r"jobs? (?:search|board|platform|site)|job seekers|sign ?up|register", bare, re.I)
        ):
            return True
    return False


def is_board_section(line: str, boards: Iterable[str] = ()) -> bool:
    """Whether a heading-like line starts a block that belongs to the board (its pitch, FAQ, other jobs)."""
    bare = plain(line).rstrip(":")
    if len(bare) > 90:
        return False
    if _BOARD_SECTION.match(bare):
        return True
    for name in boards:
        n = re.escape(name)
        if re.match(rf"^(?:about|why|how|what is|join|using) {n}\b", bare, re.IGNORECASE):
            return True
    return False
