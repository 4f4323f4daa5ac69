#!/usr/bin/env python3
"""Derives src/recognize/org/listed-orgs.txt, the organizations named in full that
org.listed reads, from two public lists under the MIT licence:

  - JerBouma/FinanceDatabase (MIT), database/equities/*.csv: the companies of some 80
    stock exchanges; kept: those of mid, large or mega capitalization (the ones news names)
  - Hipo/university-domains-list (MIT), world_universities_and_domains.json: universities

Usage: derive-listed-orgs.py FINANCEDATABASE_DIR UNIVERSITY_DOMAINS_DIR > listed-orgs.txt
(each DIR a checkout of that repository). The names are written as the lists write them,
less a legal suffix ("Lockheed Martin Corporation" -> "Lockheed Martin"); names in capitals
only, with digits, brackets or share-class words are left out. The build
(src/recognize/org/listed-orgs.ts) filters the list again against our lexicons.
"""
import csv, glob, json, os, re, sys

csv.field_size_limit(10**9)
fdb, uni = sys.argv[1], sys.argv[2]

# legal suffixes, taken off the end of a name, repeatedly ("Co., Ltd.", "Holdings, Inc.")
SUFFIX = re.compile(r'[,\s]+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|L\.?L\.?C\.?|LLP|L\.?P\.?|plc|PLC|P\.?L\.?C\.?|AG|A\.G\.|GmbH|S\.?A\.?|S\.?p\.?A\.?|SpA|N\.?V\.?|B\.?V\.?|SE|S\.?E\.?|AB|ASA|A/S|AS|Oyj|OYJ|Oy|KK|K\.K\.|Pty|Pte|Pvt|Sdn\.? Bhd\.?|Bhd\.?|Berhad|A\.S\.|A\.Ş\.|Tbk|KGaA|S\.A\.B\. de C\.V\.|SAB de CV|S\.A\.A\.|S\.A\.C\.|SAA|NV|SA|S\.L\.|SRL|S\.r\.l\.|Public Company|Public|PJSC|OJSC|JSC|PAO|OAO|Ltda\.?|de C\.V\.|S\.C\.A\.|SCA|SGPS|ADR|\(publ\)|\(The\))$')
SHARE = re.compile(r'\b(?:ADR|ADS|Depositary|Shares?|Units?|Warrants?|Preferred|Notes?|Fund|Trust|ETF|REIT|Acquisition|SPAC|Class [A-Z])\b|[0-9()%$/@]')

def clean(name):
    name = re.sub(r'\s+', ' ', name).strip().rstrip(',')
    name = re.sub(r'^The (.*) \(The\)$', r'The \1', name)
    if name.endswith(' (The)'): name = name[:-6]
    prev = None
    while prev != name:
        prev = name
        name = SUFFIX.sub('', name).strip().rstrip(',').strip()
    return name

def usable(name):
    if not name or SHARE.search(name): return False
    letters = [c for c in name if c.isalpha()]
    if not letters: return False
    # a name in capitals only ("LOCKHEED MARTIN CO") is a quotation line, not how news writes it
    words = name.split(' ')
    if len(words) > 1 and all(w.upper() == w for w in words): return False
    if len(words) > 6: return False
    return name[0].isupper() or name[0].isdigit()

names = set()
for f in sorted(glob.glob(os.path.join(fdb, 'database', 'equities', '*.csv'))):
    with open(f, newline='', encoding='utf-8') as fh:
        for row in csv.DictReader(fh):
            if row.get('market_cap') not in ('Mid Cap', 'Large Cap', 'Mega Cap'): continue
            n = clean(row['name'])
            if usable(n): names.add(n)
companies = len(names)
with open(os.path.join(uni, 'world_universities_and_domains.json'), encoding='utf-8') as fh:
    for u in json.load(fh):
        n = re.sub(r'\s+', ' ', u['name']).strip()
        if usable(n) and len(n.split(' ')) > 1: names.add(n)

print('# Organizations named in full (companies of stock exchanges, universities), one a line,')
print('# as the lists write them, less a legal suffix. Derived by tests/tools/derive-listed-orgs.py from')
print('# JerBouma/FinanceDatabase (MIT; equities of mid, large or mega capitalization) and')
print('# Hipo/university-domains-list (MIT): Copyright (c) 2023 Jeroen Bouma; Copyright (c)')
print('# 2014-2025 Hipo; both under the MIT License, whose text is in README.md ("Data sources").')
print('# Do not edit by hand: rerun the script; the build')
print('# (listed-orgs.ts) filters it against our lexicons, listed-orgs-stops.txt drops entries.')
print(f'# {companies} company names, {len(names) - companies} more from the universities.')
for n in sorted(names): print(n)
