import sys
import traceback


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], len(text.splitlines()))
    tb = sys.exc_info()[2]
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals is globals()))
        tb = tb.tb_next
    print(frames)
    summary = traceback.extract_tb(sys.exc_info()[2])
    print([(s.name, s.lineno, s.line) for s in summary])
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception(e)[-1], end="")
traceback.print_exc(file=sys.stdout)
print(list(divide.__code__.co_positions())[:1] != [], type(divide.__code__.co_positions()).__name__ != "")
