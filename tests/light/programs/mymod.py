print("mymod loading")
value = 42
def hello(name):
    return f"hello {name}"
