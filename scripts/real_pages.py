#!/usr/bin/env python3
"""The real-page dev set: seal drafts into labels, and score the parser on pages.

    real_pages.py seal DRAFTS LABELS      drafts (plain text, never committed) -> labels (facts)
    real_pages.py score PAGES LABELS BIN  parse PAGES/<name>.txt with BIN, compare with labels

Tests/RealPages/README.md says what a label holds and how it is matched.
"""

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'"})
QUOTE_MARKS = re.compile(r"[«»\"“”„]")
SPACES = re.compile(r"\s+")
OIM_KEYS = {"oim", "iom", "organisation internationale pour les migrations"}


def normalise(text):
    """NFC, lower case, one apostrophe, no quote marks, single spaces, no final period."""
    text = unicodedata.normalize("NFC", text or "").lower().translate(APOSTROPHES)
    text = SPACES.sub(" ", QUOTE_MARKS.sub(" ", text)).strip()
    text = re.sub(r" ([:;!?])", r"\1", text)
    return text.rstrip(".").strip()


def sha(text):
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def opening(text, words=5):
    """The first words of a quote, as labels hash them."""
    cleaned = re.sub(r"^[^\w]+", "", normalise(text))
    return " ".join(cleaned.split(" ")[:words])


def seal(drafts, labels):
    labels.mkdir(parents=True, exist_ok=True)
    count = 0
    for draft_path in sorted(drafts.glob("*.json")):
        draft = json.loads(draft_path.read_text(encoding="utf-8"))
        label = {
            "url": draft["url"],
            "titleSha256": sha(draft["title"]) if draft.get("title") else None,
            "datelinePlace": draft.get("datelinePlace"),
            "people": [{"name": p["name"], "role": p.get("role")} for p in draft.get("people", [])],
            "organisations": [
                {"name": o["name"], "acronym": o.get("acronym"), "aliases": o.get("aliases", [])}
                for o in draft.get("organisations", [])
            ],
            "quotes": [
                {"startSha256": sha(opening(q["start"])), "speaker": q.get("speaker")}
                for q in draft.get("quotes", [])
            ],
            "contacts": draft.get("contacts", []),
        }
        out = labels / draft_path.name
        out.write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        count += 1
    print(f"{count} label(s) written to {labels}")


class Tally:
    """True positives, false positives and false negatives of one field."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def line(self, name):
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return (f"{name:<28} P {precision:.2f}  R {recall:.2f}  F1 {f1:.2f}"
                f"   (tp {self.tp}, fp {self.fp}, fn {self.fn})")


def organisation_keys(name, acronym, aliases):
    keys = {normalise(name)} | {normalise(a) for a in aliases or []}
    if acronym:
        keys.add(normalise(acronym))
    return {k for k in keys if k}


def is_oim(keys):
    return bool(keys & OIM_KEYS)


HEADER_REMNANT = re.compile(
    r"^(\[block:.*\]|\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\w*\.? \d{4}"
    r"|(published date|country|date)\s*:.*|- .{0,60})$",
    re.IGNORECASE)


def header_lines(page_text, title_sha):
    """The page's lines before its title line (its header), normalised."""
    lines = [line.strip() for line in page_text.splitlines()]
    if title_sha is None:
        return set()
    for index, line in enumerate(lines):
        if line and (sha(line) == title_sha or sha(line.split(" : ")[0]) == title_sha):
            return {normalise(l) for l in lines[:index] if len(normalise(l)) > 1}
    return set()


def score(pages, labels, binary):
    label_files = sorted(labels.glob("*.json"))
    present = [(l, pages / (l.stem + ".txt")) for l in label_files if (pages / (l.stem + ".txt")).exists()]
    if not present:
        print(f"Aucune page réelle dans {pages} pour les {len(label_files)} étiquettes de {labels} :"
              " rien à mesurer (les pages ne sont pas dans le dépôt, voir Tests/RealPages/README.md).")
        return 0
    parsed = {}
    for label_path, page_path in present:
        # One page a call: pages are judged alone, with no folder to learn boilerplate from.
        output = subprocess.run([binary, "parse", "--json", str(page_path)],
                                check=True, capture_output=True, text=True).stdout
        parsed[label_path.stem] = json.loads(output)

    titles = places = 0
    people, orgs, orgs_no_oim, emails = Tally(), Tally(), Tally(), Tally()
    quotes_total = quotes_right = 0
    boilerplate = 0
    misses = []
    for label_path, page_path in present:
        name = label_path.stem
        label = json.loads(label_path.read_text(encoding="utf-8"))
        release = parsed[name]
        page_misses = []
        full_title = release.get("title", "")
        if release.get("subtitle"):
            full_title += " : " + release["subtitle"]
        untitled = any("pas de titre" in w.get("message", "") for w in release.get("warnings", []))
        if label["titleSha256"] is None and untitled:
            titles += 1
        elif sha(full_title) == label["titleSha256"] or sha(release.get("title", "")) == label["titleSha256"]:
            titles += 1
        else:
            page_misses.append(f"titre : {full_title[:90]!r}")
        place = (release.get("dateline") or {}).get("place")
        if normalise(place) == normalise(label.get("datelinePlace")):
            places += 1
        else:
            page_misses.append(f"lieu : {place!r} au lieu de {label.get('datelinePlace')!r}")

        wanted = {normalise(p["name"]): p["name"] for p in label["people"]}
        got = {normalise(p["name"]): p["name"] for p in release.get("people", [])}
        people.tp += len(wanted.keys() & got.keys())
        for key in wanted.keys() - got.keys():
            people.fn += 1
            page_misses.append(f"personne manquée : {wanted[key]}")
        for key in got.keys() - wanted.keys():
            people.fp += 1
            page_misses.append(f"personne en trop : {got[key]}")

        label_orgs = [organisation_keys(o["name"], o.get("acronym"), o.get("aliases")) for o in label["organisations"]]
        found_orgs = [(o["name"], organisation_keys(o["name"], o.get("acronym"), o.get("aliases")))
                      for o in release.get("organisations", [])]
        matched_labels = set()
        for found_name, keys in found_orgs:
            hit = next((i for i, lk in enumerate(label_orgs) if lk & keys), None)
            for tally in ([orgs] + ([] if is_oim(keys) else [orgs_no_oim])):
                if hit is None:
                    tally.fp += 1
                elif hit not in matched_labels:
                    tally.tp += 1
            if hit is None:
                page_misses.append(f"organisation en trop : {found_name}")
            else:
                matched_labels.add(hit)
        for i, keys in enumerate(label_orgs):
            if i not in matched_labels:
                orgs.fn += 1
                if not is_oim(keys):
                    orgs_no_oim.fn += 1
                page_misses.append(f"organisation manquée : {label['organisations'][i]['name']}")

        by_opening = {}
        for quote in release.get("quotes", []):
            by_opening.setdefault(sha(opening(quote.get("text", ""))), quote.get("speaker"))
        for quote in label["quotes"]:
            if not quote.get("speaker"):
                continue
            quotes_total += 1
            speaker = by_opening.get(quote["startSha256"], "(citation non trouvée)")
            if normalise(speaker) == normalise(quote["speaker"]):
                quotes_right += 1
            else:
                page_misses.append(f"orateur : {speaker!r} au lieu de {quote['speaker']!r}")

        wanted_mails = {normalise(m) for c in label.get("contacts", []) for m in c.get("emails", [])}
        got_mails = {normalise(m) for c in release.get("contacts", []) for m in c.get("emails", [])}
        emails.tp += len(wanted_mails & got_mails)
        emails.fn += len(wanted_mails - got_mails)
        emails.fp += len(got_mails - wanted_mails)

        header = header_lines(page_path.read_text(encoding="utf-8", errors="replace"), label["titleSha256"])
        texts = [release.get("title", "")] + [p.get("text", "") for p in release.get("paragraphs", [])]
        for text in texts:
            key = normalise(text)
            if key and (key in header or HEADER_REMNANT.match(text.strip())):
                boilerplate += 1
                page_misses.append(f"ligne d’en-tête dans le texte : {text[:80]!r}")
        if page_misses:
            misses.append((name, page_misses))

    count = len(present)
    print(f"Pages notées : {count} (étiquettes : {len(label_files)})")
    print(f"{'titre':<28} {titles}/{count} ({titles / count:.0%})")
    print(f"{'lieu du chapeau':<28} {places}/{count} ({places / count:.0%})")
    print(people.line("personnes"))
    print(orgs.line("organisations"))
    print(orgs_no_oim.line("organisations hors OIM"))
    share = quotes_right / quotes_total if quotes_total else 1.0
    print(f"{'orateurs des citations':<28} {quotes_right}/{quotes_total} ({share:.0%})")
    print(emails.line("contacts (e-mails)"))
    print(f"{'lignes d’en-tête gardées':<28} {boilerplate}")
    if misses and "--quiet" not in sys.argv:
        print("\nÉcarts :")
        for name, page_misses in misses:
            print(f"  {name}")
            for miss in page_misses:
                print(f"    - {miss}")
    return 0


def main(argv):
    if len(argv) >= 4 and argv[1] == "seal":
        seal(Path(argv[2]), Path(argv[3]))
        return 0
    if len(argv) >= 5 and argv[1] == "score":
        return score(Path(argv[2]), Path(argv[3]), argv[4])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except BrokenPipeError:
        # The reader of the output (head, less) stopped reading: nothing left to say.
        sys.stderr.close()
        sys.exit(0)
