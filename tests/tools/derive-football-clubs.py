#!/usr/bin/env python3
"""Derives src/resolve/football-clubs.txt, the football clubs that org.club-listed reads in a
document about sport, from a public list in the public domain:

  - openfootball/clubs, https://github.com/openfootball/clubs, commit
    ae3800227c449447b3a337fc0aac79a8f02f4c8b (2025-01-03); licence: CC0 1.0 Universal
    (LICENSE.md: its authors waive all copyright and related rights, a dedication to the
    public domain); the files */*/*.clubs.txt, one a country (not the .lang., .props.,
    .history. nor the .wiki. files)

Usage: derive-football-clubs.py CLUBS_DIR > src/resolve/football-clubs.txt
(CLUBS_DIR a checkout of that repository). Each club of a file is a line "Name, year, @
stadium, city" followed by lines "| other name | other name": kept are the name before the
first comma and the other names, as written ("Bayern München", "Bayern Munich", "Bayern"),
less a language tag but English ("Bayern Munich [en]"; not "Sparta Prag [de]"); left out,
with their other names, a club's reserve side ("ii) Bayern München II") and a club that is no
more ("FC Amsterdam (1972-1982)", whose other name is "Amsterdam").
Left out: names with digits ("Hannover 96", "1. FC Köln"), abbreviated names ("Man. City",
"Wolverhampton Wand.", but "St. Pauli"), one word in capitals of more than five letters, and
names with a word in lower case other than a small link inside ("Heart of Midlothian" and
"Brighton & Hove Albion" stay). A name with letters news writes without their marks gets that form too
("Plzeň" -> "Plzen"; German "München" -> "Muenchen" and "Munchen"), and a saint's name gets
the form of British news ("St. Pauli" -> "St Pauli", "Saint-Etienne" -> "St Etienne"). The module
(src/resolve/football-clubs.ts) drops more when it reads the list: a code of two letters, a
country (its national side is org.team's), the names of football-clubs-stops.txt.
"""
import glob, os, re, sys, unicodedata

root = sys.argv[1]
files = sorted(f for f in glob.glob(os.path.join(root, '*', '**', '*.clubs.txt'), recursive=True)
               if not re.search(r'\.(?:lang\.[a-z]+|props|history|wiki)\.', f))

LINKS = {'of', 'and', '&', 'de', 'del', 'do', 'da', 'dos', 'das', 'di', 'la', 'le', 'y', 'e', 'the', 'al', 'el', 'van', 'von', 'der', 'den', 'an', 'am', 'im', "d'", 'upon', 'on'}
WORD = re.compile(r"^(?:St\.|[^\W\d_][\w'’.&-]*)$")

def usable(name):
    if not name or len(name) > 48 or re.search(r'\d|[()/\[\]"?,;:]', name): return False
    words = name.split(' ')
    if len(words) > 6: return False
    for i, w in enumerate(words):
        if w.lower() in LINKS and 0 < i < len(words) - 1: continue
        if not WORD.match(w) or not w[0].isupper(): return False
        # an abbreviation ("Man.", "Wand.", "H."), but "St."
        if w.endswith('.') and w != 'St.': return False
    # a code in capitals alone is read by other rules, or is no club's ("AFC", "PSV" stay; "PALMEIRAS" not)
    if len(words) == 1 and name.isupper() and len(name) > 5: return False
    return True

def plain(name):
    """The name without the marks on its letters: "Plzeň" -> "Plzen"."""
    s = unicodedata.normalize('NFD', name.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd').replace('ı', 'i'))
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))

def german(name):
    """German umlauts as news writes them: "Mönchengladbach" -> "Moenchengladbach"."""
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue')):
        name = name.replace(a, b)
    return name

names = set()
def add(name, de):
    name = re.sub(r'\s+', ' ', re.sub(r'\[en\]|\([^()]*\)', ' ', name)).strip()
    if re.search(r'\[[a-z]+\]', name) or not usable(name): return
    # "St Pauli", "St Etienne", "Paris St Germain": a saint as British news writes it
    for n in {name, name.replace('St. ', 'St '), re.sub(r'(?:^|(?<= ))Saint[- ](?=\w)', 'St ', name)}:
        names.add(n)
        p = plain(n)
        if p != n: names.add(p)
        if de:
            g = german(n)
            if g != n: names.add(plain(g))

for f in files:
    de = os.path.basename(f).split('.')[0] in ('de', 'at', 'ch')
    reserve = False
    with open(f, encoding='utf-8') as fh:
        for line in fh:
            line = re.sub(r'(?:^|\s)#.*$', '', line.rstrip('\n'))
            if not line.strip() or line.lstrip().startswith('='): continue
            body = line.strip()
            if body.startswith('|'):
                if not reserve:
                    for n in body.split('|'): add(n, de)
                continue
            # an address ("Säbener Straße 51-57 // 81547 München")
            if '//' in body: continue
            # a club's reserve side, a club that is no more ("FC Amsterdam (1972-1982)"), and their other names
            reserve = bool(re.match(r'^(?:ii|iii|iv)\)', body) or re.search(r'\(\d*-\d{4}\)', body.split(',')[0]))
            if reserve or line[0].isspace(): continue
            add(body.split(',')[0], de)

print('# Football clubs, one a line, as openfootball/clubs writes them (the name of each club and')
print('# its other names), for org.club-listed in a document about sport. Derived by')
print('# tests/tools/derive-football-clubs.py from openfootball/clubs, commit ae38002 (2025-01-03),')
print('# dedicated to the public domain (CC0 1.0 Universal). Do not edit: rerun the script;')
print('# football-clubs-stops.txt drops a name by hand.')
for n in sorted(names):
    print(n)
