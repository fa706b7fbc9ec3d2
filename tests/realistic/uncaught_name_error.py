"""A report generator with a typo that ends in an uncaught NameError (with a suggestion)."""


def summarize(values):
    total = sum(values)
    count = len(values)
    average = total / count
    return {"total": total, "count": count, "average": round(average, 2)}


data = {"north": [12, 15, 9], "south": [22, 8], "east": [5, 5, 5, 5]}
for region, values in data.items():
    s = summarize(values)
    print(f"{region:<6} total={s['total']:>3} count={s['count']} avg={s['average']}")


def report(data):
    grand_total = 0
    for values in data.values():
        grand_total += sum(values)
    print("grand total:", grand_total)
    return grand_totl


report(data)
