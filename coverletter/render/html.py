"""HTML: one self-contained, printable page (inline CSS, no scripts, no external assets).

Everything from the letter is HTML-escaped, so a posting or profile that holds markup comes out as text.
Email, phone and web addresses become mailto:, tel: and https: links.
"""

from __future__ import annotations

from html import escape as _escape

from ..letter import Letter
from .parts import clean, contact_href, contact_rows, letter_datetime, page_size_for, prose_segments

STYLE = """\
@page { size: %(page)s; margin: 2.5cm; }
html { background: #f2f1ee; }
body { margin: 0; color: #1b1b1b; font: 11pt/1.45 Georgia, Cambria, "Times New Roman", Times, serif; }
.letter { box-sizing: border-box; max-width: 21cm; margin: 2rem auto; padding: 2.5cm; background: #fff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
.sender { margin: 0 0 2.2em; font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
.sender-name { margin: 0 0 .25em; font-size: 17pt; font-weight: 700; letter-spacing: .01em; }
.sender-headline { margin: 0 0 .35em; font-size: 10.5pt; color: #333; }
.sender-contact { margin: 0; font-size: 9.5pt; font-style: normal; line-height: 1.45; color: #444; }
.sep { padding: 0 .3em; color: #888; }
p { margin: 0 0 .75em; }
.date, .recipient, .subject { margin-bottom: 1.5em; }
.subject { font-weight: 700; }
.salutation { margin-bottom: .9em; }
.closing { margin: 1.4em 0 0; }
.signature { margin: 2.6em 0 0; }
a { color: inherit; text-decoration: underline; text-decoration-color: #9a9a9a; }
@media (max-width: 22cm) { .letter { margin: 0; padding: 1.5rem; box-shadow: none; } }
@media print {
  html { background: none; }
  body { line-height: 1.3; }
  .date, .recipient, .subject { margin-bottom: 1.1em; }
  .sender { margin-bottom: 1.6em; }
  .letter { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { text-decoration: none; }
}
"""


def escape(text: str, quote: bool = False) -> str:
    """HTML-escape text; quotes too when it goes into an attribute."""
    return _escape(text, quote=quote)


def _link(text: str, href: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def prose(text: str) -> str:
    """Escaped prose with its email and web addresses as links."""
    return "".join(_link(s.text, s.href) if s.href else escape(s.text) for s in prose_segments(clean(text)))


def contact(line: str) -> str:
    """An escaped contact line, as a link when it is an email, phone or web address."""
    value = clean(line)
    href = contact_href(value)
    return _link(value, href) if href else escape(value)


def render_html(letter: Letter, *, page_size: str | None = None) -> str:
    """The letter as a complete HTML document."""
    name = clean(letter.sender.name)
    title = f"{clean(letter.subject) or 'Cover letter'} – {name}"
    when = letter_datetime(letter)
    date = escape(clean(letter.date))
    date_html = f'<time datetime="{when:%Y-%m-%d}">{date}</time>' if when else date
    rows = contact_rows(letter.sender)
    contact_html = "<br>\n".join(' <span class="sep">·</span> '.join(contact(x) for x in row) for row in rows)
    body = ['<header class="sender">', f'<h1 class="sender-name">{escape(name)}</h1>']
    if clean(letter.sender.label):
        body.append(f'<p class="sender-headline">{escape(clean(letter.sender.label))}</p>')
    if contact_html:
        body.append(f'<address class="sender-contact">\n{contact_html}\n</address>')
    body.append("</header>")
    body.append(f'<p class="date">{date_html}</p>')
    recipient = [escape(clean(x)) for x in letter.recipient.lines if clean(x)]
    if recipient:
        body.append('<p class="recipient">' + "<br>\n".join(recipient) + "</p>")
    if clean(letter.subject):
        body.append(f'<p class="subject">{prose(letter.subject or "")}</p>')
    body.append(f'<p class="salutation">{prose(letter.salutation)}</p>')
    body.extend(f"<p>{prose(p.text)}</p>" for p in letter.paragraphs if clean(p.text))
    body.append(f'<p class="closing">{prose(letter.closing)}</p>')
    body.append(f'<p class="signature">{prose(letter.signature)}</p>')
    style = STYLE % {"page": page_size_for(letter, page_size).upper().replace("LETTER", "letter")}
    lang = escape(clean(letter.language) or "en", quote=True)
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="author" content="{escape(name, quote=True)}">',
        '<meta name="generator" content="coverletter">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{style}</style>",
        "</head>",
        "<body>",
        '<main class="letter">',
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ])


def render(letter: Letter, *, page_size: str | None = None) -> bytes:
    """The HTML letter as UTF-8 bytes."""
    return render_html(letter, page_size=page_size).encode("utf-8")
