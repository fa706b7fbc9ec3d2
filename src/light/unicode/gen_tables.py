#!/usr/bin/env python3
"""Generates the Light tier's Unicode tables from Debian's unicode-data files.

Usage: gen_tables.py UNICODE_DIR OUTPUT_DIR [MAX_AGE]
(writes unicode_tables.h and unicode_tables.cpp)

Property definitions follow CPython 3.11 (Tools/unicode/makeunicodedata.py):
the same flags are derived from the same fields. CPython 3.11 was built from
Unicode 14.0 and Debian ships 15.0: with MAX_AGE=14.0, characters assigned
later (DerivedAge.txt) are left unassigned, so they print, name and classify
as in CPython. Properties 15.0 changed on older characters stay 15.0's.
"""
import bz2
import sys

UNI = sys.argv[1]
OUT = sys.argv[2]
MAX_AGE = tuple(int(x) for x in sys.argv[3].split(".")) if len(sys.argv) > 3 else None

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs",
              "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn", "Lm", "Lo", "Pc", "Pd",
              "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
# Index 0 is the "unassigned" record; the list keeps CPython's order after it.
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES",
        "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI",
        "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]

FLAGS = ["ALPHA", "DECIMAL", "DIGIT", "LOWER", "LINEBREAK", "SPACE", "TITLE",
         "UPPER", "XID_START", "XID_CONTINUE", "PRINTABLE", "NUMERIC",
         "CASE_IGNORABLE", "CASED", "EXTENDED_CASE", "MIRRORED"]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}

NCP = 0x110000


def lines(name, opener=open):
    with opener(f"{UNI}/{name}", "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def cp_range(text):
    if ".." in text:
        a, b = text.split("..")
        return range(int(a, 16), int(b, 16) + 1)
    return range(int(text, 16), int(text, 16) + 1)


too_new = set()
ages = set()
for f in lines("DerivedAge.txt"):
    age = tuple(int(x) for x in f[1].split("."))
    if MAX_AGE and age > MAX_AGE:
        too_new.update(cp_range(f[0]))
    else:
        ages.add(age)
version = ".".join(str(x) for x in max(ages)) + ".0"


# ---- UnicodeData.txt, with First/Last ranges expanded -----------------------
data = [None] * NCP
names = {}
ranges = []  # (first, last, range name) for algorithmically named blocks
pending_first = None
for f in lines("UnicodeData.txt"):
    cp = int(f[0], 16)
    name = f[1]
    if name.endswith(", First>"):
        pending_first = (cp, f)
        continue
    if name.endswith(", Last>"):
        first, ff = pending_first
        kept = [c for c in range(first, cp + 1) if c not in too_new]
        for c in kept:
            data[c] = ff
        if kept:
            ranges.append((kept[0], kept[-1], ff[1][1:-len(", First>")]))
        continue
    if cp in too_new:
        continue
    data[cp] = f
    if not name.startswith("<"):
        names[cp] = name

props = {}
for f in lines("DerivedCoreProperties.txt"):
    for c in cp_range(f[0]):
        props.setdefault(c, set()).add(f[1])

eaw = ["N"] * NCP
for f in lines("EastAsianWidth.txt"):
    for c in cp_range(f[0]):
        eaw[c] = f[1]

special = {}
for f in lines("SpecialCasing.txt"):
    if len(f) > 4 and f[4]:
        continue  # conditional mappings are applied by the string functions
    c = int(f[0], 16)
    if c in too_new:
        continue
    special[c] = tuple([int(x, 16) for x in f[i].split()] for i in (1, 2, 3))

folding = {}
for f in lines("CaseFolding.txt"):
    if f[1] in ("C", "F") and int(f[0], 16) not in too_new:
        folding[int(f[0], 16)] = [int(x, 16) for x in f[2].split()]

numeric_unihan = {}
with bz2.open(f"{UNI}/Unihan_NumericValues.txt.bz2", "rt", encoding="utf-8") as fh:
    for line in fh:
        if line.startswith("#") or not line.strip():
            continue
        code, tag, value = line.rstrip("\n").split("\t")
        if tag in ("kAccountingNumeric", "kOtherNumeric", "kPrimaryNumeric"):
            numeric_unihan[int(code[2:], 16)] = value.replace(",", "")


# ---- per code point records ---------------------------------------------------
ext_case = []  # flattened full mappings; a record points at its slice


def ext_slice(seq):
    start = len(ext_case)
    ext_case.extend(seq)
    return start, len(seq)


numeric_values = [""]
numeric_index = {"": 0}
records = []
record_index = {}
cp_record = [0] * NCP


def intern_record(rec):
    if rec not in record_index:
        record_index[rec] = len(records)
        records.append(rec)
    return record_index[rec]


intern_record((0, 0, 0, 0, -1, -1, 0, 0, 0, 0, 0, 0, 0))

for c in range(NCP):
    f = data[c]
    if f is None:
        continue  # unassigned: record 0, as in CPython (category Cn, width F)
    cat = f[2]
    bidi = f[4]
    p = props.get(c, set())
    flags = 0
    if cat in ("Lm", "Lt", "Lu", "Ll", "Lo"):
        flags |= BIT["ALPHA"]
    if "Lowercase" in p:
        flags |= BIT["LOWER"]
    if cat == "Zl" or bidi == "B":
        flags |= BIT["LINEBREAK"]
    if cat == "Zs" or bidi in ("WS", "B", "S"):
        flags |= BIT["SPACE"]
    if cat == "Lt":
        flags |= BIT["TITLE"]
    if "Uppercase" in p:
        flags |= BIT["UPPER"]
    if c == 0x20 or cat[0] not in ("C", "Z"):
        flags |= BIT["PRINTABLE"]
    if "XID_Start" in p:
        flags |= BIT["XID_START"]
    if "XID_Continue" in p:
        flags |= BIT["XID_CONTINUE"]
    if "Cased" in p:
        flags |= BIT["CASED"]
    if "Case_Ignorable" in p:
        flags |= BIT["CASE_IGNORABLE"]
    if f[9] == "Y":
        flags |= BIT["MIRRORED"]
    decimal = digit = -1
    if f[6]:
        flags |= BIT["DECIMAL"]
        decimal = int(f[6])
    if f[7]:
        flags |= BIT["DIGIT"]
        digit = int(f[7])
    num = f[8] or numeric_unihan.get(c, "")
    if num:
        flags |= BIT["NUMERIC"]
        if num not in numeric_index:
            numeric_index[num] = len(numeric_values)
            numeric_values.append(num)
    upper = int(f[12], 16) if f[12] else c
    lower = int(f[13], 16) if f[13] else c
    title = int(f[14], 16) if f[14] else upper
    sc = special.get(c)
    cf = folding.get(c, [c])
    if sc is None and cf != [lower]:
        sc = ([lower], [title], [upper])
    if sc is None:
        case = (upper - c, lower - c, title - c, 0)
    else:
        flags |= BIT["EXTENDED_CASE"]
        lo = ext_slice(sc[0])
        ti = ext_slice(sc[1])
        up = ext_slice(sc[2])
        fo = ext_slice(cf) if cf != sc[0] else lo
        # Each slot packs start << 8 | length, as in CPython's extended records.
        case = tuple((s << 8) | n for s, n in (up, lo, ti, fo))
    rec = (CATEGORIES.index(cat) if cat != "Cn" else 0, BIDI.index(bidi), int(f[3]),
           flags, decimal, digit, numeric_index[num]) + case + (EAW.index(eaw[c]), len(f[5]) > 0)
    cp_record[c] = intern_record(rec)


# ---- decompositions (for NFC/NFD/NFKC/NFKD and unicodedata.decomposition) ----
decomp_data = [0]  # index 0 means "none"
decomp_prefix = [""]
decomp_index = [0] * NCP
for c in range(NCP):
    f = data[c]
    if f is None or not f[5] or (0xAC00 <= c <= 0xD7A3):
        continue
    parts = f[5].split()
    prefix = ""
    if parts[0].startswith("<"):
        prefix = parts.pop(0)
    if prefix not in decomp_prefix:
        decomp_prefix.append(prefix)
    decomp_index[c] = len(decomp_data)
    decomp_data.append((decomp_prefix.index(prefix) << 8) | len(parts))
    decomp_data.extend(int(x, 16) for x in parts)

exclusions = set()
for f in lines("DerivedNormalizationProps.txt"):
    if f[1] == "Full_Composition_Exclusion":
        exclusions.update(cp_range(f[0]))
# Canonical pairs that compose: (first, second) -> composite.
compose_pairs = []
for c in range(NCP):
    f = data[c]
    if f is None or not f[5] or f[5].startswith("<") or c in exclusions:
        continue
    parts = [int(x, 16) for x in f[5].split()]
    if len(parts) == 2:
        compose_pairs.append((parts[0], parts[1], c))
compose_pairs.sort()

# ---- names --------------------------------------------------------------------
aliases = []
for f in lines("NameAliases.txt"):
    if int(f[0], 16) not in too_new:
        aliases.append((f[1], int(f[0], 16)))
aliases.sort()

named_seqs = []
for f in lines("NamedSequences.txt"):
    seq = [int(x, 16) for x in f[1].split()]
    if not too_new.intersection(seq):
        named_seqs.append((f[0], seq))
named_seqs.sort()

# Names are word-compressed: each name is a length byte and word numbers
# (one byte below 128, else two); words are a length byte and their text.
# Both are indexed only every NAME_BLOCK items, and code points by runs.
NAME_BLOCK = 32
name_cps = sorted(names)
word_count = {}
for c in name_cps:
    for w in names[c].split(" "):
        word_count[w] = word_count.get(w, 0) + 1
words = sorted(word_count, key=lambda w: (-word_count[w], w))
assert len(words) < 128 * 256
word_id = {w: i for i, w in enumerate(words)}
word_text = bytearray()
word_blocks = []
for i, w in enumerate(words):
    if i % NAME_BLOCK == 0:
        word_blocks.append(len(word_text))
    word_text.append(len(w))
    word_text += w.encode()
name_data = bytearray()
name_blocks = []
for i, c in enumerate(name_cps):
    if i % NAME_BLOCK == 0:
        name_blocks.append(len(name_data))
    encoded = bytearray()
    for w in names[c].split(" "):
        k = word_id[w]
        encoded += bytes([k]) if k < 128 else bytes([0x80 | (k >> 8), k & 0xFF])
    name_data.append(len(encoded))
    name_data += encoded
run_cps, run_entries = [], []
for i, c in enumerate(name_cps):
    if i == 0 or name_cps[i - 1] != c - 1:
        run_cps.append(c)
        run_entries.append(i)
run_cps.append(NCP)
run_entries.append(len(name_cps))
by_name = sorted(range(len(name_cps)), key=lambda i: names[name_cps[i]])

jamo_l, jamo_v, jamo_t = [], [], [""]
for f in lines("Jamo.txt"):
    c = int(f[0], 16)
    if 0x1100 <= c < 0x1113:
        jamo_l.append(f[1])
    elif 0x1161 <= c < 0x1176:
        jamo_v.append(f[1])
    elif 0x11A8 <= c < 0x11C3:
        jamo_t.append(f[1])
cjk_ranges = [(a, b) for a, b, n in ranges if n.startswith("CJK Ideograph")]


# ---- emit ---------------------------------------------------------------------
def split_bins(t):
    """Smallest two-level split of t: t[i] == t2[(t1[i >> s] << s) + (i & mask)]."""
    best = None
    for shift in range(3, 12):
        size = 1 << shift
        blocks = {}
        t1 = []
        t2 = []
        for i in range(0, len(t), size):
            block = tuple(t[i:i + size])
            if block not in blocks:
                blocks[block] = len(t2) >> shift
                t2.extend(block)
            t1.append(blocks[block])
        cost = len(t1) * width(max(t1)) + len(t2) * width(max(t2))
        if best is None or cost < best[0]:
            best = (cost, shift, t1, t2)
    return best[1], best[2], best[3]


def width(maxval):
    return 1 if maxval < 256 else 2 if maxval < 65536 else 4


def ctype(values, signed=False):
    if signed:
        return "int32_t"
    return {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}[width(max(values) if values else 0)]


decl = []  # the generated header: declarations
out = []   # the generated source: definitions


def emit(typ, name, size, init):
    decl.append(f"extern const {typ} {name}[{size}];")
    out.append(f"const {typ} {name}[{size}] = {init};")


def array(name, values, typ=None):
    typ = typ or ctype(values)
    values = values or [0]
    body = []
    for i in range(0, len(values), 24):
        body.append(",".join(str(v) for v in values[i:i + 24]))
    emit(typ, name, len(values), "{\n" + ",\n".join(body) + "}")


def strings(name, values):
    emit("char* const", name, len(values), "{" + ",".join(f'"{v}"' for v in values) + "}")


def constant(name, value):
    decl.append(f"constexpr int {name} = {value};")


def two_level(prefix, table):
    shift, t1, t2 = split_bins(table)
    constant(f"{prefix}_SHIFT", shift)
    array(f"{prefix}_INDEX1", t1)
    array(f"{prefix}_INDEX2", t2)


def cstr(b):
    return '"' + "".join(chr(x) if 32 <= x < 127 and x not in (34, 92, 63) else f"\\{x:03o}" for x in b) + '"'


for i, name in enumerate(FLAGS):
    decl.append(f"constexpr uint16_t {name}_MASK = {1 << i};")
emit("char", "UNIDATA_VERSION", len(version) + 1, f'"{version}"')
strings("CATEGORY_NAMES", CATEGORIES)
strings("BIDI_NAMES", BIDI)
strings("EAW_NAMES", EAW)
emit("Record", "RECORDS", len(records), "{\n" + ",\n".join("{" + ",".join(str(int(x)) for x in r) + "}" for r in records) + "}")
two_level("RECORD", cp_record)
array("EXT_CASE", ext_case)
strings("NUMERIC_VALUES", numeric_values)
two_level("DECOMP", decomp_index)
array("DECOMP_DATA", decomp_data)
strings("DECOMP_PREFIX", decomp_prefix)
emit("ComposePair", "COMPOSE_PAIRS", len(compose_pairs), "{" + ",".join(f"{{{a},{b},{c}}}" for a, b, c in compose_pairs) + "}")

constant("NAME_BLOCK", NAME_BLOCK)
array("NAME_RUN_CPS", run_cps)
array("NAME_RUN_ENTRIES", run_entries)
array("NAME_BLOCKS", name_blocks)
array("NAME_BY_NAME", by_name)
emit("char", "NAME_DATA", len(name_data) + 1, cstr(name_data))
array("WORD_BLOCKS", word_blocks)
emit("char", "WORD_TEXT", len(word_text) + 1, cstr(word_text))
emit("NameAlias", "ALIASES", len(aliases), "{" + ",".join(f'{{"{n}",{c}}}' for n, c in aliases) + "}")
seq_data = []
items = []
for n, cps in named_seqs:
    items.append(f'{{"{n}",{len(seq_data)},{len(cps)}}}')
    seq_data.extend(cps)
emit("NamedSequence", "NAMED_SEQUENCES", len(items), "{" + ",".join(items) + "}")
array("NAMED_SEQUENCE_DATA", seq_data)
strings("JAMO_L", jamo_l)
strings("JAMO_V", jamo_v)
strings("JAMO_T", jamo_t)
emit("CodeRange", "CJK_RANGES", len(cjk_ranges), "{" + ",".join(f"{{{a},{b}}}" for a, b in cjk_ranges) + "}")

header = ["// Generated by gen_tables.py; do not edit.", "#pragma once",
          '#include "light/unicode/table_types.h"',
          "namespace pytier::light::unicode::tables {"] + decl + ["}"]
source = ["// Generated by gen_tables.py; do not edit.", '#include "unicode_tables.h"',
          "namespace pytier::light::unicode::tables {"] + out + ["}"]
with open(OUT + "/unicode_tables.h", "w") as fh:
    fh.write("\n".join(header) + "\n")
with open(OUT + "/unicode_tables.cpp", "w") as fh:
    fh.write("\n".join(source) + "\n")
