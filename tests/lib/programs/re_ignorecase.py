# IGNORECASE between characters with special case mappings, as literal, class member and range.
import re
chars = "aAkKsSıIİiſßẞµΜμΣσςθϑΘﬁǅǄǆΩωΩå Åǈ"
for p in chars:
    row = []
    for c in chars:
        row.append("1" if re.match("(?i)" + re.escape(p), c) else "0")
        row.append("1" if re.match("(?i)[" + re.escape(p) + "x]", c) else "0")
        row.append("1" if re.match("(?i)[" + re.escape(p) + "-" + re.escape(p) + "]", c) else "0")
    print(p, "".join(row))
