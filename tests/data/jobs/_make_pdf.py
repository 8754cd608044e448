"""Writes pdf-posting.pdf: a two-page PDF posting with a real text layer, coded by hand (no PDF library).

Run once from the repository root: python tests/data/jobs/_make_pdf.py. The PDF is committed; this script
only documents how it was made. Text uses the standard Helvetica fonts in WinAnsiEncoding.
"""

from __future__ import annotations

from pathlib import Path

HEADER = "Marlowe Brewing Co.  |  Careers"
FOOTER = "marlowebrewing.example/careers  |  Page {page} of {pages}"

# (font, size, text); "" is a blank line. F2 is bold.
PAGE_1 = [
    ("F2", 16, "Environmental, Health & Safety Coordinator"),
    ("F1", 10, "Marlowe Brewing Co.  \u2013  Asheville, NC (on-site)  \u2013  Full-time"),
    ("F1", 10, "Posted November 3, 2026  \u2013  Requisition EHS-2026-07"),
    ("", 0, ""),
    ("F2", 12, "About us"),
    ("F1", 10, "Marlowe Brewing Co. is an employee-owned brewery that has made beer in Asheville since 1998. Our"),
    ("F1", 10, "140 people run a 120-barrel brewhouse, a canning line, a distribution warehouse and two taprooms."),
    ("", 0, ""),
    ("F2", 12, "About the role"),
    ("F1", 10, "The EHS Coordinator keeps our people safe and our permits in order. You will report to the Director"),
    ("F1", 10, "of Operations and work on the production floor every day with brewers, packaging and warehouse teams."),
    ("", 0, ""),
    ("F2", 12, "What you will do"),
    ("F1", 10, "\u2022 Run our safety programs: lockout/tagout, confined space entry, forklift certification and"),
    ("F1", 10, "   hazard communication"),
    ("F1", 10, "\u2022 Lead incident investigations and root-cause analysis, and track corrective actions to closure"),
    ("F1", 10, "\u2022 Keep OSHA 300 logs and prepare the annual OSHA 300A summary"),
    ("F1", 10, "\u2022 Manage wastewater pretreatment sampling and reports to the Metropolitan Sewerage District"),
    ("F1", 10, "\u2022 Plan and deliver safety training for new hires and annual refreshers, in English and Spanish"),
    ("F1", 10, "\u2022 Chair the monthly safety committee and run weekly floor audits"),
]
PAGE_2 = [
    ("F2", 12, "What you bring"),
    ("F1", 10, "\u2022 Bachelor's degree in Occupational Safety, Environmental Science or a related field, or"),
    ("F1", 10, "   equivalent experience"),
    ("F1", 10, "\u2022 2+ years of EHS experience in manufacturing, food and beverage or a similar industrial setting"),
    ("F1", 10, "\u2022 Working knowledge of OSHA general industry standards (29 CFR 1910)"),
    ("F1", 10, "\u2022 OSHA 30-hour General Industry card, or willingness to earn it within 6 months"),
    ("F1", 10, "\u2022 Confidence leading training sessions and investigations with people at every level"),
    ("F1", 10, "\u2022 Ability to lift 50 lbs and work in hot, wet and noisy production areas"),
    ("", 0, ""),
    ("F2", 12, "Nice to have"),
    ("F1", 10, "\u2022 Associate Safety Professional (ASP) or CSP certification"),
    ("F1", 10, "\u2022 Experience with wastewater permits or stormwater pollution prevention plans"),
    ("F1", 10, "\u2022 Conversational Spanish"),
    ("", 0, ""),
    ("F2", 12, "Pay and benefits"),
    ("F1", 10, "$62,000 \u2013 $74,000 a year, employee ownership (ESOP), medical and dental insurance, a 401(k) with"),
    ("F1", 10, "4% match, 18 days of paid time off and a monthly beer allowance for those who want it."),
    ("", 0, ""),
    ("F1", 10, "To apply, send your resume to careers@marlowebrewing.example with the subject EHS-2026-07."),
    ("F1", 10, "Marlowe Brewing Co. is an equal opportunity employer."),
]


def _literal(text: str) -> str:
    raw = text.encode("cp1252")
    out = []
    for byte in raw:
        char = chr(byte)
        if char in "()\\":
            out.append("\\" + char)
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def _content(lines: list[tuple[str, int, str]], page: int, pages: int) -> bytes:
    ops = ["BT", "/F1 8 Tf", "1 0 0 1 56 810 Tm", f"{_literal(HEADER)} Tj", "ET"]
    y = 770
    for font, size, text in lines:
        if not text:
            y -= 10
            continue
        ops += ["BT", f"/{font} {size} Tf", f"1 0 0 1 56 {y} Tm", f"{_literal(text)} Tj", "ET"]
        y -= size + 5
    ops += ["BT", "/F1 8 Tf", "1 0 0 1 56 30 Tm", f"{_literal(FOOTER.format(page=page, pages=pages))} Tj", "ET"]
    return "\n".join(ops).encode("latin-1")


def build() -> bytes:
    pages = [PAGE_1, PAGE_2]
    objects: list[bytes] = []
    kids = []
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # Pages, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for number, lines in enumerate(pages, start=1):
        stream = _content(lines, number, len(pages))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % content_id)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objects.append(b"<< /Title (EHS Coordinator - Marlowe Brewing Co.) "
                   b"/Producer (hand-written for coverletter tests) >>")
    info_id = len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_id, xref)
    return bytes(out)


if __name__ == "__main__":
    target = Path(__file__).with_name("pdf-posting.pdf")
    target.write_bytes(build())
    print(f"wrote {target}")
