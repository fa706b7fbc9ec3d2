class AppError(Exception):
    pass
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError:
        raise AppError(f"cannot load {name}")
def main():
    try:
        load("zzz")
    finally:
        print("cleanup runs")
main()
