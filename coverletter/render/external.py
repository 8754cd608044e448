"""Links to the outside in a reference DOCX: an attached template on a server, linked (not embedded) images,
hyperlinks. A letter made from the reference keeps none of them, so opening it fetches nothing and the letter
carries no address the user did not write.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def drop_external_links(document: Any) -> int:
    """Remove every external relationship of every part, and the XML that points at it; how many were removed."""
    removed = 0
    for part in document.part.package.iter_parts():
        external = {rid for rid, rel in part.rels.items() if rel.is_external}
        if not external:
            continue
        root = getattr(part, "_element", None)
        if root is not None:
            _unlink(root, external)
        for rid in external:
            del part.rels[rid]
            removed += 1
    return removed


def _unlink(root: Any, rids: set[str]) -> None:
    """Drop the elements and attributes of one part's XML that name one of rids."""
    for element in list(root.iter()):
        names = [name for name, value in element.attrib.items() if name.startswith(f"{{{_R_NS}}}") and value in rids]
        if not names:
            continue
        parent = element.getparent()
        if element.tag == qn("w:hyperlink") and parent is not None:  # keep the linked text, lose the link
            index = parent.index(element)
            for offset, child in enumerate(list(element)):
                parent.insert(index + offset, child)
            parent.remove(element)
        elif element.tag == qn("w:attachedTemplate") and parent is not None:
            parent.remove(element)
        else:
            for name in names:
                del element.attrib[name]
